import { CodeActionKind, SymbolKind, type CodeAction, type Diagnostic, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readBody, quoteSelector, type AnchoredAnnotation, type Verdict } from '../analysis/annotations/index';
import { sentenceAt } from '../analysis/sentences';
import type { ArticleAnalysis, EntityType, Span } from '../analysis/types';
import { claimAt } from './claims';
import { clip } from '../common/clip';
import { severityOf } from '../common/severities';
import { toSeverity } from './diagnostics';
import type { Settings } from './settings';
import { enclosing, itemAt, toRange } from './ranges';

export const VERDICT_LABEL: Record<Verdict, { zh: string; en: string }> = {
  true: { zh: '属实', en: 'True' },
  'mostly-true': { zh: '基本属实', en: 'Mostly true' },
  misleading: { zh: '误导', en: 'Misleading' },
  false: { zh: '不实', en: 'False' },
  unverifiable: { zh: '无法核实', en: 'Unverifiable' },
};
const DEFAULT_SEVERITY: Record<string, 'warning' | 'information' | 'error'> = { 'factcheck.false': 'warning', 'annotation.orphaned': 'warning', 'annotation.sidecar-invalid': 'error' };

/** What the fact-check features read of a document's annotations (the server's store keeps more). */
export interface FactCheckView {
  anchored: AnchoredAnnotation[];
  /** Why the sidecar could not be read. */
  error?: string;
}

/** Verdicts as diagnostics (`factcheck.false` …), orphaned annotations and an unreadable sidecar at the top. */
export function provideAnnotationDiagnostics(doc: TextDocument, ann: FactCheckView | undefined, settings: Settings, lang: 'zh' | 'en'): Diagnostic[] {
  if (!ann) return [];
  const top: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const make = (code: string, range: Range, zh: string, en: string): Diagnostic | null => {
    const s = severityOf(code, DEFAULT_SEVERITY[code] ?? 'information', settings.diagnostics);
    return s === 'off' ? null : { range, code, source: 'newslens', severity: toSeverity(s), message: lang === 'zh' ? zh : en };
  };
  const out: (Diagnostic | null)[] = [];
  if (ann.error) out.push(make('annotation.sidecar-invalid', top, `批注文件无法读取，已保持原样：${ann.error}`, `The annotations file cannot be read and was left untouched: ${ann.error}`));
  for (const { annotation, anchor } of ann.anchored) {
    const body = readBody(annotation);
    const exact = quoteSelector(annotation).exact;
    if (!anchor.span) {
      out.push(make('annotation.orphaned', top, `批注失去锚点：“${clip(exact, 24)}”在文中已找不到，请重新核对后编辑或删除。`, `Orphaned annotation: “${clip(exact, 24)}” can no longer be found in the text; check it, then re-anchor or remove it.`));
      continue;
    }
    const code = body.verdict ? `factcheck.${body.verdict}` : 'factcheck.note';
    const label = body.verdict ? VERDICT_LABEL[body.verdict] : { zh: '批注', en: 'Note' };
    const note = body.note ? ` — ${body.note}` : '';
    out.push(make(code, toRange(doc, anchor.span), `核查：${label.zh}${note}`, `Fact check: ${label.en}${note}`));
  }
  return out.filter((d): d is Diagnostic => d !== null);
}

/** Hover lines for the annotation at `offset`, with links to edit or remove it. */
export function annotationHoverAt(ann: FactCheckView | undefined, uri: string, offset: number): string | null {
  const found = ann && itemAt(ann.anchored.filter((a) => a.anchor.span).map((a) => ({ ...a.anchor.span!, a })).sort((x, y) => x.start - y.start), offset);
  if (!found) return null;
  const { annotation } = found.a;
  const body = readBody(annotation);
  const args = encodeURIComponent(JSON.stringify([{ uri, id: annotation.id }]));
  return [
    `**核查 Fact check** · ${body.verdict ? `${VERDICT_LABEL[body.verdict].zh} ${VERDICT_LABEL[body.verdict].en}` : 'note'}`,
    ...(body.note ? ['', body.note] : []),
    ...(body.sources?.length ? ['', ...body.sources.map((s) => `- <${s}>`)] : []),
    '',
    `_${annotation.creator.name}, ${annotation.modified.slice(0, 16).replace('T', ' ')}_ · [Edit](command:newslens.editAnnotationUI?${args}) · [Remove](command:newslens.removeAnnotation?${args})`,
  ].join('\n');
}

/** The 核查 Fact checks outline group: anchored annotations by position, orphans flagged. */
export function provideAnnotationSymbols(doc: TextDocument, ann: FactCheckView | undefined): DocumentSymbol[] {
  if (!ann?.anchored.length) return [];
  const children = ann.anchored.map(({ annotation, anchor }): DocumentSymbol => {
    const body = readBody(annotation);
    const range = toRange(doc, anchor.span ?? { start: 0, end: 0 });
    const name = `${anchor.span ? '' : '⚠ orphaned: '}“${clip(quoteSelector(annotation).exact, 24)}”`;
    return { name, kind: SymbolKind.Boolean, detail: body.verdict ? VERDICT_LABEL[body.verdict].en : body.note ?? '', range, selectionRange: range };
  });
  children.sort((a, b) => doc.offsetAt(a.range.start) - doc.offsetAt(b.range.start));
  return [{ name: '核查 Fact checks', kind: SymbolKind.Namespace, detail: String(children.length), range: enclosing(children), selectionRange: children[0].selectionRange, children }];
}

/**
 * Code actions at a selection: verdicts on the selection (else on the claim sentence there, and on a
 * quote or the sentence), lexicon corrections, removal.
 */
export function provideAnnotationActions(doc: TextDocument, a: ArticleAnalysis, ann: FactCheckView | undefined, range: Range): CodeAction[] {
  const text = doc.getText();
  const start = doc.offsetAt(range.start);
  const end = doc.offsetAt(range.end);
  const actions: CodeAction[] = [];
  const refactor = `${CodeActionKind.Refactor}.newslens`;
  for (const target of verdictTargets(text, a, start, end)) {
    const what = clip(text.slice(target.start, target.end), 12);
    for (const [verdict, label] of Object.entries(VERDICT_LABEL)) {
      const args = [{ uri: doc.uri, range: toRange(doc, target), verdict }];
      actions.push({ title: `Fact-check “${what}”: ${label.en} ${label.zh}`, kind: `${refactor}.factcheck`, command: { title: label.en, command: 'newslens.annotate', arguments: args } });
    }
  }
  const mention = itemAt(a.mentions, start);
  const word = end > start && end - start <= 30 && !/\s/.test(text.slice(start, end)) ? text.slice(start, end) : mention?.text;
  if (word) {
    const types: (EntityType | 'none')[] = ['person', 'place', 'organization', 'none'];
    for (const type of types.filter((t) => !(mention && mention.text === word && mention.type === t))) {
      const title = type === 'none' ? `“${word}” is not an entity 非实体` : `Mark “${word}” as ${type}`;
      actions.push({ title, kind: `${refactor}.lexicon`, command: { title, command: 'newslens.setLexiconEntry', arguments: [{ word, type }] } });
    }
  }
  const here = ann?.anchored.find((x) => x.anchor.span && x.anchor.span.start <= start && start < x.anchor.span.end);
  if (here) {
    const args = [{ uri: doc.uri, id: here.annotation.id }];
    actions.push({ title: 'Edit fact-check note…', kind: `${refactor}.factcheck`, command: { title: 'Edit', command: 'newslens.editAnnotationUI', arguments: args } });
    actions.push({ title: 'Remove fact-check annotation', kind: `${refactor}.factcheck`, command: { title: 'Remove', command: 'newslens.removeAnnotation', arguments: args } });
  }
  return actions;
}

/** What a verdict can be recorded on: the selection; else the claim sentence at the cursor, then a quote there (or the plain sentence). */
function verdictTargets(text: string, a: ArticleAnalysis, start: number, end: number): Span[] {
  if (end > start) return [{ start, end }];
  const claim = claimAt(a, start);
  const other = itemAt(a.quotes, start) ?? (claim ? undefined : sentenceAt(text, a.blocks, start));
  const out: Span[] = claim ? [{ start: claim.start, end: claim.end }] : [];
  if (other && !(claim && other.start === claim.start && other.end === claim.end)) out.push({ start: other.start, end: other.end });
  return out;
}
