import type { Block, EntityMention } from '../types';
import { firstAtOrAfter, wrapBetween } from './shared';

/**
 * Names a soft wrap cut after their hyphen. Crawled articles break long lines after a hyphen as well as
 * at spaces, so `保罗-佩蒂特`, `亚马尔-涅涅茨自治区`, `一汽-大众` and the stock name `美团-W` reach the
 * analysis as two line blocks, each read alone: the first half ends in the hyphen (`西蒙-`), the second
 * starts the next line. Where a mention ends at the line's hyphen (or just before it) and the next line
 * starts right after the line break with a mention or a share-class code (`W`, `SW`, `A`), the two are one
 * name of their type, written as the text has it (`西蒙-\n高茨`, the guideline's rule for names a line break
 * cuts); halves of two types, two places (a route) or two outlets stay two. A mention left with a hyphen
 * and nothing to join loses the hyphen (`山姆-` → `山姆`), or goes when one character is left. Returns
 * `mentions` itself when nothing changes.
 */
export function joinHyphenWraps(text: string, prose: readonly Block[], mentions: EntityMention[]): EntityMention[] {
  let out = mentions;
  for (let i = 0; i < prose.length; i++) {
    const a = prose[i].content;
    if (!HYPHEN.test(text.charAt(a.end - 1))) continue;
    const k = firstAtOrAfter(out, a.end) - 1;
    const left = k >= 0 ? out[k] : undefined;
    // the mention that ends at the hyphen or takes it in (`美团`, `西蒙-`)
    if (!left || left.end < a.end - 1 || left.start >= a.end - 1) continue;
    const b = i + 1 < prose.length ? prose[i + 1].content : null;
    const wrapped = !!b && wrapBetween(text, a.end, b.start);
    const right = wrapped ? out[k + 1] : undefined;
    let joined: EntityMention | null = null;
    // halves of one type, not two places (`重庆-北海`: a route) nor two outlets (`环球时报-环球网`)
    // (and a brand's first half the model read as a person before a company's listed or registered name: `梅赛德斯-\n奔驰（中国）……有限公司`;
    // not one the model read, `保罗-\n泰基特`)
    const brand = !!right && left.type === 'person' && left.rule === 'model' && right.type === 'organization' && LISTED.has(right.rule);
    if (right && right.start === b!.start && (right.type === left.type || brand) && !pair(left, right)) {
      joined = { start: left.start, end: right.end, text: text.slice(left.start, right.end), type: right.type, rule: brand ? right.rule : left.rule };
      (out === mentions ? (out = mentions.slice()) : out).splice(k, 2, joined);
      continue;
    }
    // (not where a mention starts inside the code: `腾讯-\nK歌`)
    const code = wrapped && left.type === 'organization' && !(right && right.start < b!.start + 2) ? SHARE_CLASS.exec(text.slice(b!.start, b!.start + 4)) : null;
    if (code) joined = { ...left, end: b!.start + code[1].length, text: text.slice(left.start, b!.start + code[1].length) };
    else if (left.end === a.end) joined = left.end - 1 - left.start >= 2 ? { ...left, end: left.end - 1, text: left.text.slice(0, -1) } : null;
    else continue;
    // one copy of the list for the whole pass, changed in place (a large article's list is long)
    if (out === mentions) out = mentions.slice();
    if (joined) out[k] = joined;
    else out.splice(k, 1);
  }
  return out;
}

const HYPHEN = /[-－‐]/;
/** Rules naming a company by its list entry or its registered name, the second half a brand's first may join. */
const LISTED: ReadonlySet<string> = new Set(['registered-name', 'lexicon-company']);
/** Two names a hyphen pairs rather than one name: two places (`重庆-北海`), two outlets (`环球时报-环球网`). */
const pair = (l: EntityMention, r: EntityMention): boolean => (l.type === 'place' && r.type === 'place') || (OUTLET.test(l.rule) && OUTLET.test(r.rule));
const OUTLET = /outlet|media/;
/** A Hong Kong share-class code after a company's hyphen (`美团-W`, `阿里巴巴-SW`, `谷歌-A`), not the start of a Latin word. */
const SHARE_CLASS = /^(SW|[A-Z])(?![A-Za-z])/;
