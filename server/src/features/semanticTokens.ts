import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Span } from '../analysis/types';

/**
 * Standard token types, so every theme colours them, chosen for four distinct colours in the default
 * themes: people as functions, places as enum members, organizations as classes, dates as numbers.
 */
export const SEMANTIC_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['function', 'enumMember', 'class', 'number'],
  tokenModifiers: ['declaration'],
};
const TYPE_INDEX = { person: 0, place: 1, organization: 2, date: 3 } as const;

/** Highlights entity mentions (first mention of each entity marked `declaration`) and dates. */
export function provideSemanticTokens(doc: TextDocument, a: ArticleAnalysis): SemanticTokens {
  const items: (Span & { type: number; modifiers: number })[] = [];
  const firsts = new Set(a.entities.map((e) => e.mentions[0]?.start));
  for (const m of a.mentions) items.push({ start: m.start, end: m.end, type: TYPE_INDEX[m.type], modifiers: firsts.has(m.start) ? 1 : 0 });
  for (const d of a.dates) items.push({ start: d.start, end: d.end, type: TYPE_INDEX.date, modifiers: 0 });
  items.sort((x, y) => x.start - y.start);
  const builder = new SemanticTokensBuilder();
  let lastEnd = 0;
  for (const it of items) {
    if (it.start < lastEnd) continue; // tokens may not overlap
    const start = doc.positionAt(it.start);
    const end = doc.positionAt(it.end);
    if (start.line !== end.line) continue;
    builder.push(start.line, start.character, end.character - start.character, it.type, it.modifiers);
    lastEnd = it.end;
  }
  return builder.build();
}
