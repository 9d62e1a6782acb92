import type { Finding, Quote } from '../types';

/** Punctuation and spaces at the edges of a quotation, no part of its words (`“……。”`, `“……”，`). */
const EDGES = /^[\s，。！？、；：,.!?;:…]+|[\s，。！？、；：,.!?;:…]+$/g;
/** Fewer characters than this are a phrase anyone may repeat (`“不可思议”`), no one's words. */
const MIN_WORDS = 6;

/**
 * Words quoted twice in one article are one speaker's: a section head quoting someone (`**“二维码对外国人来说是一个
 * 挑战”**`), a title's quote, the same words quoted again below with their speaker. A speech quote of six characters
 * or more with no speaker takes the speaker of the same words quoted elsewhere in the article, when every quote of
 * them that has a speaker has that one (`speakerVia` `repeated`; the span is where that quote's speaker is named),
 * and loses its `quote.unattributed` finding; a pull quote broken over two heads, of the one quote below that holds its words
 * ({@link excerptOf}). A pass over the finished quotes: the same arrays when nothing changes.
 */
export function resolveRepeated(quotes: Quote[], findings: Finding[]): { quotes: Quote[]; findings: Finding[] } {
  if (!quotes.some((q) => q.kind === 'speech' && !q.speaker)) return { quotes, findings };
  const spoken = new Map<string, Quote | null>();
  for (const q of quotes) {
    if (q.kind !== 'speech' || !q.speaker || !q.speakerSpan) continue;
    const words = wordsOf(q);
    if (words.length < MIN_WORDS) continue;
    const seen = spoken.get(words);
    // two speakers for the same words: neither is sure
    spoken.set(words, seen === undefined || seen?.speaker === q.speaker ? seen ?? q : null);
  }
  if (spoken.size === 0) return { quotes, findings };
  let out: Quote[] | null = null;
  const filled = new Set<number>();
  quotes.forEach((q, i) => {
    if (q.kind !== 'speech' || q.speaker) return;
    const from = spoken.get(wordsOf(q)) ?? (q.text.includes('\n\n') ? excerptOf(q, spoken) : null);
    if (!from) return;
    (out ??= quotes.slice())[i] = { ...q, speaker: from.speaker, speakerSpan: from.speakerSpan, speakerVia: 'repeated' };
    filled.add(q.start);
  });
  if (!out) return { quotes, findings };
  return { quotes: out, findings: findings.filter((f) => f.code !== 'quote.unattributed' || !filled.has(f.start)) };
}

const wordsOf = (q: Quote): string => q.text.replace(EDGES, '');

/** Markup and line breaks inside a quotation broken over two bold heads (`乌克兰要解决腐败问题，**\n\n**需要……`). */
const MARKUP = /[\s*_]+/g;

/**
 * A pull quote broken over two heads (`**“乌克兰要解决腐败问题，**` / `**需要整个系统的改变。”**`) excerpts words the article
 * quotes whole below with their speaker: the one quote with a speaker that holds its words, when no other does with
 * another speaker. Tried only for quotes holding a paragraph break, which are few.
 */
function excerptOf(q: Quote, spoken: ReadonlyMap<string, Quote | null>): Quote | null {
  const words = q.text.replace(MARKUP, '').replace(EDGES, '');
  if (words.length < MIN_WORDS) return null;
  let found: Quote | null = null;
  for (const [whole, from] of spoken) {
    if (!from || !whole.replace(MARKUP, '').includes(words)) continue;
    if (found && found.speaker !== from.speaker) return null;
    found = from;
  }
  return found;
}
