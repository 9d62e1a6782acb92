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
    // a name or date a line break cuts (`Keith\nRabois`, `2023\n年`): one token per line (tokens stay on one line)
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : lineLength(doc, line);
      if (to > from) builder.push(line, from, to - from, it.type, it.modifiers);
    }
    lastEnd = it.end;
  }
  return builder.build();
}

/** Characters of `line` before its line break. */
function lineLength(doc: TextDocument, line: number): number {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/(?:\r\n|\r|\n)$/, '').length;
}
