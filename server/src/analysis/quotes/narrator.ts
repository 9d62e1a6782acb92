/**
 * A first-person account the article declares (`以下为唐腊梅口述（有删减）：`, `以下是史帆自述`, `口述：张博`):
 * after the declaration its `我` is that person, so a quote they introduce (`我回答说：“没有门店。”`,
 * `“太多了。”我说。`) is theirs (via `narrator`), where the rules found no one. A pass over the finished
 * quotes, like `documents.ts`: pure, a quote it changes is a new object; no declaration, the same array.
 */
import type { EntityMention, Quote } from '../types';
import { firstAtOrAfter } from '../entities/shared';

/** The declaration: who is telling (group 1 or 2). */
const DECLARED = /以下(?:为|是|来自)([\u4e00-\u9fa5·]{2,6}?)的?(?:口述|自述)|(?:口述|讲述|口述者|讲述者)[：:｜|]\s*([\u4e00-\u9fa5·]{2,6})(?=[\s，,。）)*_]|$)/m;
/** Words between `我` and the verb: adverbs, and whom it was said to (`我跟她说`, `我笑着对他们说`). */
const MIDDLE = '(?:也|就|还|又|便|都|只是?|笑着|连忙|赶紧|马上|立刻|当时|后来|总是?)*(?:[跟对向给和][\\u4e00-\\u9fa5]{1,4}?)?';
/** `我` opening the clause right before the quote, its speech verb and colon or comma. */
const I_SAID_BEFORE = new RegExp(`[。！？!?\\n，,；;][\\s*_]*我${MIDDLE}(?:说|回答|回复|答|问|道|表示|解释)(?:说|道)?[：:，,]?[\\s*_]*$`);
/** How far before a quote its clause is read. */
const LOOK_BACK = 40;
/** … or right after it (`“太多了。”我说。`). */
const I_SAID_AFTER = /^[，,]?[ \u3000]*我(?:也|就|还|又)?(?:说|回答|答|问|道)/;

/**
 * The quotes with no speaker that the declared narrator introduces with `我` (via `narrator`); `mentions` in
 * document order, the narrator's span being the mention at the declaration if there is one.
 */
export function resolveNarrator(text: string, quotes: Quote[], mentions: readonly EntityMention[]): Quote[] {
  const d = DECLARED.exec(text);
  if (!d) return quotes;
  const name = d[1] ?? d[2];
  const at = d.index + d[0].indexOf(name);
  const m = mentions[firstAtOrAfter(mentions, at)];
  const span = m && m.start === at ? { start: m.start, end: m.end } : { start: at, end: at + name.length };
  const speaker = text.slice(span.start, span.end);
  let out: Quote[] | null = null;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.kind !== 'speech' || q.speaker || q.start < d.index) continue;
    // (the start of the text is a clause boundary too: a newline stands for it)
    const before = q.start < LOOK_BACK ? `\n${text.slice(0, q.start)}` : text.slice(q.start - LOOK_BACK, q.start);
    if (!I_SAID_BEFORE.test(before) && !I_SAID_AFTER.test(text.slice(q.end, q.end + 6))) continue;
    out ??= quotes.slice();
    out[i] = { ...q, speaker, speakerSpan: span, speakerVia: 'narrator' };
  }
  return out ?? quotes;
}
