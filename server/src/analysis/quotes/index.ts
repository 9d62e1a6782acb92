import type { Block, EntityMention, Finding, Quote } from '../types';
import { unattributedMessage } from './messages';
import { findNameVariants } from './nameVariants';
import { findSourcing } from './sourcing';
import { attributeQuotes, type Attributed } from './speakers';
import { findQuoteSpans } from './spans';
import { buildViews } from './view';

/**
 * Quotes of the article with kind and speaker, and the sourcing findings:
 * `古普塔表示：“我完全期待……”` → one speech quote, speaker `古普塔`, via `verb-before`;
 * `有舆论认为，……` → `source.vague`. `blocks` are the prose blocks (title, headings, paragraphs);
 * `mentions` are entity mentions in document offsets, grouped by `entityId`.
 */
export function findQuotes(text: string, blocks: Block[], mentions: EntityMention[]): { quotes: Quote[]; findings: Finding[] } {
  const { spans, findings } = findQuoteSpans(text, blocks);
  const views = buildViews(text, blocks, spans);
  const attributed = attributeQuotes(text, views, spans, mentions);
  const quotes = attributed.map((a) => toQuote(text, a));
  for (const a of attributed) {
    if (a.kind === 'speech' && !a.speaker && a.span.depth === 0) {
      findings.push({ code: 'quote.unattributed', severity: 'warning', start: a.span.start, end: a.span.end, message: unattributedMessage() });
    }
  }
  findings.push(...findSourcing(views), ...findNameVariants(mentions));
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes, findings };
}

function toQuote(text: string, a: Attributed): Quote {
  const q = a.span;
  return {
    start: q.start,
    end: q.end,
    text: text.slice(q.inner.start, q.inner.end),
    inner: q.inner,
    mark: q.mark,
    kind: a.kind,
    speaker: a.speaker,
    speakerSpan: a.speakerSpan,
    speakerVia: a.via,
  };
}
