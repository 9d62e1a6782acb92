import type { Block, Claim, EntityMention, Finding, NumberMention } from '../types';
import { findAgeMismatches, findBirthMismatches, hasAge } from './ages';
import { mismatch, span, type Message } from './mismatch';
import { findTrendMismatches } from './trends';
import { firstFrom, occurrences, type FindIn } from './occurrences';

/**
 * Internal consistency (`consistency.number-mismatch`): the same quantity stated two ways in one
 * article. Each rule is conservative (a wrong warning costs more than a missed one; see
 * test/fixtures/claims/CONSISTENCY.md for how they fared over the corpus and on injected mismatches):
 * here the title's casualty count against the body's and a total marked `共` against the parts listed
 * after `其中`; the title's change against the body's in `trends.ts`; one person's age, and an age
 * against the year of birth, in `ages.ts`.
 */

/** Casualty counts: the number's unit or the word after it says what was counted. */
const MEASURES: { key: string; zh: string; en: string; unit: string; after: RegExp; before: RegExp }[] = [
  { key: 'dead', zh: '死亡人数', en: 'death toll', unit: '死', after: /^(?:不幸|已经|已)?(?:死亡|遇难|罹难|丧生|身亡|殒命)/, before: /(?:死亡|遇难|罹难)(?:人数)?(?:已经|已)?(?:上升|升|增|增加|攀升|达到|达|为)?(?:至|到)?(?:超过|超|约|近)?$/ },
  { key: 'injured', zh: '受伤人数', en: 'number injured', unit: '伤', after: /^(?:受伤|受轻伤|受重伤|轻伤|重伤)/, before: /受伤(?:人数)?(?:已经|已)?(?:上升|升|增|增加|达到|达|为)?(?:至|到)?(?:超过|超|约|近)?$/ },
  { key: 'missing', zh: '失踪人数', en: 'number missing', unit: '失踪', after: /^(?:下落不明|失踪|失联)/, before: /(?:失踪|失联)(?:人数)?(?:已经|已)?(?:上升|升|达到|达|为)?(?:至|到)?(?:超过|超|约|近)?$/ },
];
const PEOPLE = new Set(['人', '名', '位']);

/** What a casualty figure counts (`51死` dead, `44人受伤` injured), or null: not every `人` is a casualty. */
function measureOf(text: string, n: NumberMention): (typeof MEASURES)[number] | null {
  for (const m of MEASURES) {
    if (n.unit === m.unit) return m;
    if (n.unit === null || !PEOPLE.has(n.unit)) continue;
    if (m.after.test(text.slice(n.end, n.end + 6)) || m.before.test(text.slice(Math.max(0, n.start - 12), n.start))) return m;
  }
  return null;
}

/**
 * The values a stated figure allows: `51死` exactly 51, `超50人` 50 and up, `近50人` a little under,
 * `约50人` ±20 %, `50余人` from 50 to the next ten.
 */
function rangeOf(n: NumberMention): [number, number] {
  const v = n.value;
  if (n.qualifier === 'over') return [v, /[余多几]/.test(n.text) ? v * 2 : Infinity];
  if (n.qualifier === 'under') return [v * 0.8, v];
  if (n.qualifier === 'about') return [v * 0.8, v * 1.2];
  return [v, v];
}

const compatible = (a: NumberMention, b: NumberMention): boolean => {
  const [a0, a1] = rangeOf(a);
  const [b0, b1] = rangeOf(b);
  return a0 <= b1 && b0 <= a1;
};

/** Parts of an earlier figure, updates and other times: a body figure there is no rival of the title's. */
const NOT_THE_TOTAL = /其中|包括|另有|另外|此外|还有|又有|再有|其余|此前|之前|先前|当场|送医|后经|经抢救|最初|起初|截至|增至|升至|已从/;

interface Figure {
  n: NumberMention;
  /** What it counts: a casualty measure, or an age with the noun after it (`岁|老人`). */
  key: string;
  /** The text from the clause start to the figure. */
  clause: string;
  /** Whether parts follow it in its sentence (`共造成3人受伤，其中1人…死亡`): a total of another breakdown. */
  listed: boolean;
}

/** The title quantities compared with the body: casualty counts, and an age said of the same noun phrase (`62岁男子张某` / `61岁男子张某`). */
const QUANTITIES: { zh: string; en: string; keyOf: (text: string, n: NumberMention) => string | null }[] = [
  ...MEASURES.map((m) => ({ zh: m.zh, en: m.en, keyOf: (text: string, n: NumberMention) => (measureOf(text, n) === m ? m.key : null) })),
  { zh: '年龄', en: 'age', keyOf: ageKey },
];

/** An age and the four characters of the noun phrase after it (`78岁娃哈哈退休职工` is not `79岁的娃哈哈集团创始人`). */
function ageKey(text: string, n: NumberMention): string | null {
  if (n.unit !== '岁') return null;
  const word = /^的?([\u4e00-\u9fff]{4})/.exec(text.slice(n.end, n.end + 5));
  return word ? `岁|${word[1]}` : null;
}

/** The claim numbers that `keyOf` says are a quantity, each with its clause so far. */
function figures(text: string, claims: readonly Claim[], keyOf: (text: string, n: NumberMention) => string | null): Figure[] {
  const out: Figure[] = [];
  for (const c of claims) {
    for (const n of c.numbers) {
      const key = keyOf(text, n);
      if (key === null) continue;
      const before = text.slice(c.start, n.start);
      const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1);
      out.push({ n, key, clause, listed: text.slice(n.end, c.end).includes('其中') });
    }
  }
  return out;
}

/**
 * `51死` in the title against `46人死亡` in the body: a warning when the title states the quantity
 * once, and no body figure of it agrees, nor do the body's figures of one sentence add up to it. The
 * body figure shown is the first that is not a part, an update or an earlier count.
 */
export function findTitleMismatches(text: string, title: Block | null, claims: readonly Claim[]): Finding[] {
  if (!title) return [];
  const head = claims.filter((c) => c.start >= title.content.start && c.end <= title.content.end);
  // a title that states nothing is compared with nothing (the body is most of a long article's claims)
  if (!head.length) return [];
  const body = claims.filter((c) => c.start >= title.end);
  const out: Finding[] = [];
  for (const q of QUANTITIES) {
    const mine = figures(text, head, q.keyOf);
    for (const t of mine) {
      if (mine.some((o) => o !== t && o.key === t.key)) continue;
      const theirs = figures(text, body, q.keyOf).filter((b) => b.key === t.key);
      if (!theirs.length || theirs.some((b) => compatible(t.n, b.n)) || sumsTo(body, theirs, t.n)) continue;
      const rival = theirs.find((b) => !NOT_THE_TOTAL.test(b.clause) && !b.listed);
      if (!rival) continue;
      const [inTitle, inBody] = [said(text, t.n), said(text, rival.n)];
      const message: Message = { zh: `${q.zh}前后不一：标题说“${inTitle}”，正文说“${inBody}”`, en: `The ${q.en} differs: the title says “${inTitle}”, the body “${inBody}”` };
      out.push(mismatch(t.n, message, [{ ...span(rival.n), message: { zh: `正文：${inBody}`, en: `The body: ${inBody}` } }]));
    }
  }
  return out;
}

/** A figure with the casualty word after it, as the message quotes it: `46人死亡`, `51死`. */
function said(text: string, n: NumberMention): string {
  const word = /^(?:死亡|遇难|罹难|丧生|身亡|殒命|受伤|受轻伤|受重伤|轻伤|重伤|失踪|失联)/.exec(text.slice(n.end, n.end + 3));
  return word ? n.text + word[0] : n.text;
}

/** Whether the figures of one body sentence add up to the title's (`3人当场死亡，1人送医后死亡` → `4死`). */
function sumsTo(body: readonly Claim[], theirs: readonly Figure[], total: NumberMention): boolean {
  for (const c of body) {
    const inside = theirs.filter((f) => f.n.start >= c.start && f.n.end <= c.end);
    if (inside.length > 1 && inside.reduce((s, f) => s + f.n.value, 0) === total.value) return true;
  }
  return false;
}

/** A total marked as one, the number right after `共有`, `共造成`, `合计`…, in its own clause. */
const TOTAL_CUE = /(?:共|共计|总计|合计|一共)[^，,；、0-9０-９]{0,8}$/;
/** A part that is a change or a share, not a piece of the total. */
const NOT_A_PART = /同比|环比|增长|增加|减少|下降|上涨|下跌|较|比|占|超|约|近|至少|以上/;
/** Where the listing of parts stops: a nested listing or another total. */
const PARTS_END = /包括|含|其中|共|合计|总计/;

const sameUnit = (a: string | null, b: string | null): boolean => a !== null && (a === b || (PEOPLE.has(a) && b !== null && PEOPLE.has(b)));

/**
 * `共造成3人受伤，其中2人重伤、2人轻伤` (the parts outnumber the total): a warning at the total, the
 * parts related. Only parts greater than the total are flagged: a `其中` list may name only some.
 */
export function findTotalMismatches(text: string, claims: readonly Claim[], find: FindIn = occurrences): Finding[] {
  const out: Finding[] = [];
  // each claim's first 其中 (its text is the document's between its start and end), from one search of the text
  const lists = find(text, '其中');
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    const at = firstFrom(lists, c.start);
    if (at < 0 || at + 2 > c.end) continue;
    const prev = i > 0 && at === c.start && /^\s*$/.test(text.slice(claims[i - 1].end, c.start)) ? claims[i - 1] : null;
    const total = totalBefore(text, prev ? [...prev.numbers, ...c.numbers] : c.numbers, prev ? prev.start : c.start, at);
    if (!total) continue;
    const parts = partsAfter(text, c, at + 2, total);
    const sum = parts.reduce((s, p) => s + p.value, 0);
    if (!parts.length || sum <= total.value) continue;
    const message: Message = {
      zh: `分项之和（${sum}）超过总数“${total.text}”`,
      en: `The parts add up to ${sum}, more than the total “${total.text}”`,
    };
    out.push(mismatch(total, message, parts.map((p) => ({ ...span(p), message: { zh: `分项：${p.text}`, en: `A part: ${p.text}` } }))));
  }
  return out;
}

function totalBefore(text: string, numbers: readonly NumberMention[], from: number, at: number): NumberMention | null {
  const before = numbers.filter((n) => n.end <= at);
  const last = before[before.length - 1];
  if (!last || last.qualifier || last.unit === null || last.unit === '%') return null;
  return TOTAL_CUE.test(text.slice(Math.max(from, last.start - 10), last.start)) ? last : null;
}

function partsAfter(text: string, c: Claim, from: number, total: NumberMention): NumberMention[] {
  const stop = text.slice(from, c.end).search(PARTS_END);
  const end = stop < 0 ? c.end : from + stop;
  const out: NumberMention[] = [];
  for (const n of c.numbers) {
    if (n.start < from || n.end > end) continue;
    const before = text.slice(from, n.start);
    const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('、'), before.lastIndexOf('；'), before.lastIndexOf(',')) + 1);
    if (n.qualifier || !sameUnit(total.unit, n.unit) || NOT_A_PART.test(clause)) return [];
    out.push(n);
  }
  return out;
}

/** What the rules read besides the claims: the names (a person's year of birth) and the publication date (their age now). */
export interface ConsistencyContext {
  mentions?: readonly EntityMention[];
  /** The publication date, `2024-02-07`. */
  published?: string | null;
  /** Where a string occurs in the text (a search of it unless given). */
  find?: FindIn;
}

/**
 * Every `consistency.number-mismatch` of an article, by position: `# 智利山火已致51死` over a body
 * saying `已造成46人死亡` → one warning at `51死`, related to `46人`.
 */
export function findNumberMismatches(text: string, title: Block | null, claims: readonly Claim[], context: ConsistencyContext = {}): Finding[] {
  const find = context.find ?? occurrences;
  // the age rules read only the claims stating an age, found once for both: those with a 岁 of their own
  // (an age's number holds it: `46岁`, `46周岁`), looked up among the text's
  const ages = find(text, '岁');
  const aged = claims.filter((c) => {
    const at = firstFrom(ages, c.start);
    return at >= 0 && at < c.end && hasAge(c);
  });
  const out = [
    ...findTitleMismatches(text, title, claims),
    ...findTrendMismatches(text, title, claims),
    ...findTotalMismatches(text, claims, find),
    ...findAgeMismatches(text, aged),
    ...findBirthMismatches(text, aged, context.mentions ?? [], context.published ?? null, find),
  ];
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
