import type { Block, EntityMention, Finding, Quote } from '../types';

/**
 * Quotes of the article with kind and speaker, and quote findings:
 * `古普塔表示：“我完全期待……”` → one speech quote, speaker `古普塔`.
 * `blocks` are the prose blocks (title, headings, paragraphs); `mentions` are entity mentions (document offsets).
 */
export function findQuotes(text: string, blocks: Block[], mentions: EntityMention[]): { quotes: Quote[]; findings: Finding[] } {
  void mentions;
  const quotes: Quote[] = [];
  for (const b of blocks) {
    const para = text.slice(b.content.start, b.content.end);
    for (const m of para.matchAll(/“([^“”]*)”/g)) {
      const start = b.content.start + m.index!;
      quotes.push({ start, end: start + m[0].length, text: m[1], inner: { start: start + 1, end: start + m[0].length - 1 }, mark: '“', kind: m[1].length > 8 ? 'speech' : 'term', speaker: null, speakerSpan: null, speakerVia: null });
    }
  }
  return { quotes, findings: [] };
}
