import type { Block, Claim, Finding, NumberMention } from '../types';
import { mismatch, span, type Message } from './mismatch';

/**
 * The title's change against the body's, for one named subject (`consistency.number-mismatch`):
 * `创业板指涨逾1%` in the title, `创业板指跌1.25%` in the body. Only the direction is compared: a
 * figure that moved during the day (`开盘` / `收盘`) differs in size far more often than it turns.
 */

const UP = '上涨|大涨|暴涨|飙涨|收涨|高开|走高|拉升|增长|上升|反弹|涨|升|增';
const DOWN = '下跌|大跌|暴跌|收跌|低开|走低|下挫|下降|下滑|回落|减少|跌|降|减';
/** A clause that ends in a subject and its change: `创业板指涨逾`, `净利润同比增长`. */
const CHANGE = new RegExp(`^(.{2,12}?)(${UP}|${DOWN})幅?(?:超过|超|逾|近|约|达|了|已|仅|高达|为)*$`);
const IS_UP = new RegExp(`^(?:${UP})$`);
/** Where a clause starts: the subject is what follows. */
const CLAUSE_START = /[，。、：；！？\s“”"《》（）(),:;!?|｜]/;
/** A subject that names a time or a comparison base, not a thing: its change belongs to that time. */
const NOT_A_SUBJECT = /同比|环比|较|比|累计|年|月|周|季|日|时|盘|一度|此前|此后|随后|目前|最高|最低|个股|只/;
const UNITS = new Set(['%', '点', '百分点']);

interface Change {
  n: NumberMention;
  subject: string;
  up: boolean;
  /** How far before the figure the subject starts. */
  clause: number;
}

/** The change a number states, if its clause is `subject + 涨/跌 + number`. */
function changeOf(text: string, from: number, n: NumberMention): Change | null {
  if (!n.unit || !UNITS.has(n.unit)) return null;
  const before = text.slice(Math.max(from, n.start - 16), n.start);
  let at = before.length;
  while (at > 0 && !CLAUSE_START.test(before[at - 1])) at--;
  const m = CHANGE.exec(before.slice(at));
  if (!m || NOT_A_SUBJECT.test(m[1])) return null;
  return { n, subject: m[1], up: IS_UP.test(m[2]), clause: before.length - at };
}

/** One subject named alike, or the longer name ending in the shorter (`港股恒生指数` / `恒生指数`), four characters at least. */
const sameSubject = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && (a.endsWith(b) || b.endsWith(a)));

const changes = (text: string, claims: readonly Claim[]): Change[] =>
  claims.flatMap((c) => c.numbers.map((n) => changeOf(text, c.start, n)).filter((x): x is Change => x !== null));

/** Whether the body says the subject moved the title's way anywhere, with or without a figure (`创业板指翻红`). */
function saysSameWay(text: string, from: number, subject: string, up: boolean): boolean {
  const way = new RegExp(`^[^，。；]{0,3}?(?:${up ? `${UP}|翻红|转涨|收红` : `${DOWN}|翻绿|转跌|收绿`})`);
  for (let i = text.indexOf(subject, from); i >= 0; i = text.indexOf(subject, i + subject.length)) {
    if (way.test(text.slice(i + subject.length, i + subject.length + 8))) return true;
  }
  return false;
}

/**
 * `# A股三大指数转涨，创业板指涨逾1%` over a body saying `创业板指跌1.25%` → a warning at `1%`,
 * related to `1.25%`: the title states the subject's change once, the body states it only the other
 * way and never says it moved the title's way.
 */
export function findTrendMismatches(text: string, title: Block | null, claims: readonly Claim[]): Finding[] {
  if (!title) return [];
  const head = changes(text, claims.filter((c) => c.start >= title.content.start && c.end <= title.content.end));
  if (!head.length) return [];
  const body = changes(text, claims.filter((c) => c.start >= title.end));
  const out: Finding[] = [];
  for (const t of head) {
    if (head.some((o) => o !== t && sameSubject(o.subject, t.subject))) continue;
    const theirs = body.filter((b) => sameSubject(b.subject, t.subject) && b.n.unit === t.n.unit);
    if (!theirs.length || theirs.some((b) => b.up === t.up) || saysSameWay(text, title.end, t.subject, t.up)) continue;
    const [mine, other] = [said(text, t), said(text, theirs[0])];
    const message: Message = {
      zh: `${t.subject}的涨跌前后不一：标题说“${mine}”，正文说“${other}”`,
      en: `${t.subject} moves the other way: the title says “${mine}”, the body “${other}”`,
    };
    out.push(mismatch(t.n, message, [{ ...span(theirs[0].n), message: { zh: `正文：${other}`, en: `The body: ${other}` } }]));
  }
  return out;
}

/** The subject, its change and the figure as written: `创业板指跌1.25%`. */
const said = (text: string, c: Change): string => text.slice(c.n.start - c.clause, c.n.end);
