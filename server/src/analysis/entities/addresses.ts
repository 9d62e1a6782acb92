import type { EntityMention, Span } from '../types';
import type { ModelMention } from './model';

/**
 * A division's name ending in its level (`无锡市`, `西城区`, `马坊镇`, `桥南街道`), not a road's or an
 * estate's (`黎平大道堡野小区`, `喀纳斯景区`).
 */
const DIVISION = /^[^0-9０-９A-Za-zＡ-Ｚ路街道巷弄号楼]{1,8}?(?:省|市|县|(?<![小景园校厂矿])区|州|镇|乡|村|街道|社区|特区|自治区)/;
/** The rules' places from the lexicons (countries, cities, divisions): an address may open with one (`香港湾仔…`). */
const LISTED = /^(?:lexicon|lexicon-short|lexicon-county-in-parent|division-chain)$/;

/**
 * Street addresses the model reads as places (CLUENER, one of its training sets, tags addresses): a place
 * holds no number, so a model place span with a digit in it (`无锡市新光路555号`, `芳甸路599弄`, an age
 * glued on, `竹山21岁`) keeps only the divisions it opens with (`无锡市`; the rules' places there count
 * as such, `香港`), and the rest of it is an address no name is read in: the rules' mentions there go
 * (`马甸/东路` of `马甸东路9号`). Returns the model spans so cut (none left where no division opens the
 * address) and the rules outside the addresses.
 */
export function cutAddresses(text: string, read: ModelMention[], rules: EntityMention[]): { read: ModelMention[]; rules: EntityMention[] } {
  let tails: Span[] | null = null;
  const out: ModelMention[] = [];
  for (const m of read) {
    if (m.type !== 'place' || !/[0-9０-９]/.test(m.text)) { out.push(m); continue; }
    let at = m.start;
    for (;;) {
      const r = rules.find((x) => x.start === at && x.end <= m.end && x.type === 'place' && LISTED.test(x.rule));
      // a village's numbered group is part of it (`马坊集村4组`)
      const d = r ? null : DIVISION.exec(text.slice(at, m.end)) ?? (text.charAt(at - 1) === '村' ? /^[0-9０-９]{1,2}组/.exec(text.slice(at, m.end)) : null);
      const next = r ? r.end : d ? at + d[0].length : at;
      if (next === at) break;
      at = next;
    }
    (tails ??= []).push({ start: at, end: m.end });
    if (at - m.start >= 2) out.push({ ...m, end: at, text: text.slice(m.start, at) });
  }
  if (!tails) return { read, rules };
  const inTail = (r: EntityMention) => r.rule !== 'user-lexicon' && tails!.some((t) => r.start >= t.start && r.end <= t.end);
  return { read: out, rules: rules.filter((r) => !inTail(r)) };
}
