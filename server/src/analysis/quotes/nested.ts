/**
 * Speakers of quotes inside quotes (`“我说过，‘每个人都得出钱’。”`): someone the outer speaker quotes. A
 * pass over the finished quotes, like `documents.ts`. The words right before the inner quote, inside the
 * outer one, say whose they are:
 * - `我说`, `我说过，`, `我回答`: the outer quote's own speaker (its `我`), via `nested`;
 * - a name mentioned right before the verb (`普拉博沃阁下说‘恭喜发财！’`), or a pronoun with the name in
 *   brackets (`他（柯文哲）大笑说‘……’`): that name, via `nested`;
 * - anything else: no one (a quote the outer speaker reports from someone unnamed).
 * Pure; a quote it changes is a new object, and an unchanged list is returned as it is.
 */
import type { EntityMention, Quote } from '../types';
import { firstAtOrAfter } from '../entities/shared';

/** A verb of saying closing the words before the inner quote: `说`, `说过，`, `回答：` (also what makes it speech: `speakers.ts`). */
export const SAID = /(?:说|说过|说道|回答|答道|问|问道)[：:，,]?$/;
/** The outer speaker's `我` opening the clause of the verb, maybe with an adverb and whom it was said to (`我当时就对他说`), not `我妈妈说`. */
const I_SAID = /^我(?:[也就还又便曾只都]|当时|当即|曾经|总是|一直)*(?:[对跟向](?:他|她|他们|她们|对方))?(?:说|说过|说道|回答|答道|问|问道)[：:，,]?$/;
/** A pronoun glossed with the name it stands for: `他（柯文哲）`. */
const GLOSSED = /[他她]（([\u4e00-\u9fa5·]{2,8})）[\u4e00-\u9fa5]{0,4}?(?:说|说过|说道|回答|答道|问|问道)[：:，,]?$/;
/** What may stand between a name and the verb: a title of address, an adverb or two (`阁下`, `也`, `笑着`). */
const BETWEEN = /^[\u4e00-\u9fa5]{0,4}$/;
/** How far back the words before the inner quote are read, inside the outer quote. */
const REACH = 24;

export function resolveNestedSpeakers(text: string, quotes: Quote[], named: readonly EntityMention[]): Quote[] {
  let out: Quote[] | null = null;
  // the quotes still open at each start, in document order: the innermost encloses the next one it holds
  const open: Quote[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    while (open.length && open[open.length - 1].end <= q.start) open.pop();
    const outer = open.length && open[open.length - 1].end >= q.end ? open[open.length - 1] : null;
    open.push(q);
    if (!outer || q.kind !== 'speech' || q.speaker) continue;
    const from = Math.max(outer.inner.start, q.start - REACH);
    const before = text.slice(from, q.start);
    if (!SAID.test(before)) continue;
    const who = speakerBefore(before, from, outer, named);
    if (!who) continue;
    out ??= quotes.slice();
    out[i] = { ...q, speaker: who.name, speakerSpan: who.span, speakerVia: 'nested' };
  }
  return out ?? quotes;
}

function speakerBefore(before: string, from: number, outer: Quote, named: readonly EntityMention[]): { name: string; span: Quote['speakerSpan'] } | null {
  // the clause holding the verb: after the last punctuation of the words before it
  const clauseAt = Math.max(...['，', '。', '；', '！', '？', '：', '“', '‘', '”', '’'].map((p) => before.lastIndexOf(p, before.length - 2))) + 1;
  const clause = before.slice(clauseAt);
  if (I_SAID.test(clause)) return outer.speaker ? { name: outer.speaker, span: outer.speakerSpan } : null;
  const glossed = GLOSSED.exec(clause);
  if (glossed) {
    const at = from + clauseAt + glossed.index + 2;
    return { name: glossed[1], span: { start: at, end: at + glossed[1].length } };
  }
  // a person named opening the clause, then at most a few characters before the verb
  const start = from + clauseAt;
  const m = named[firstAtOrAfter(named, start)];
  if (!m || m.start !== start || m.type !== 'person') return null;
  const rest = before.slice(m.end - from).replace(SAID, '');
  return BETWEEN.test(rest) ? { name: m.text, span: { start: m.start, end: m.end } } : null;
}
