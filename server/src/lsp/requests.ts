// The read-only requests on one document: hover, outline, highlighting, code actions, and the JSON of
// the analysis. Each answers from one snapshot (Session.withAnalysis).
import type { CodeActionParams, Connection, DocumentSymbolParams, HoverParams, SemanticTokensParams } from 'vscode-languageserver';
import { annotationHoverAt, provideAnnotationActions, provideAnnotationSymbols } from '../features/factChecks';
import { provideDocumentSymbols } from '../features/documentSymbols';
import { provideHover } from '../features/hover';
import { provideSemanticTokens } from '../features/semanticTokens';
import { applySeverities } from '../common/severities';
import { toJsonReport } from '../common/jsonReport';
import type { Session } from './session';

export function registerHover(connection: Connection, session: Session): void {
  connection.onHover(
    session.request('position', ({ textDocument, position }: HoverParams, token) =>
      session.withAnalysis(textDocument.uri, null, token, (doc, a) => {
        const offset = doc.offsetAt(position);
        const note = annotationHoverAt(session.annotations.get(doc.uri), doc.uri, offset);
        const hover = provideHover(doc, a, offset);
        if (!note) return hover;
        const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? `${note}\n\n---\n\n${hover.contents.value}` : note;
        return { contents: { kind: 'markdown' as const, value } };
      }),
    ),
  );
}

export function registerDocumentSymbols(connection: Connection, session: Session): void {
  connection.onDocumentSymbol(
    session.request('document', ({ textDocument }: DocumentSymbolParams, token) =>
      session.withAnalysis(textDocument.uri, [], token, (doc, a) => [...provideDocumentSymbols(doc, a), ...provideAnnotationSymbols(doc, session.annotations.get(doc.uri))]),
    ),
  );
}

export function registerSemanticTokens(connection: Connection, session: Session): void {
  connection.languages.semanticTokens.on(
    session.request('document', ({ textDocument }: SemanticTokensParams, token) => session.withAnalysis(textDocument.uri, { data: [] }, token, provideSemanticTokens)),
  );
}

export function registerCodeActions(connection: Connection, session: Session): void {
  connection.onCodeAction(
    session.request('range', ({ textDocument, range }: CodeActionParams, token) =>
      session.withAnalysis(textDocument.uri, [], token, (doc, a) => provideAnnotationActions(doc, a, session.annotations.get(doc.uri), range)),
    ),
  );
}

/** `newslens/analysis`: the CLI's JSON for an open article (the Show analysis command). */
export function registerAnalysisRequest(connection: Connection, session: Session): void {
  connection.onRequest(
    'newslens/analysis',
    session.request('any', (params: { uri?: unknown } | null, token) => {
      const uri = params?.uri;
      if (typeof uri !== 'string') return null;
      return session.withAnalysis(uri, null, token, (_doc, a) => toJsonReport(uri, a, session.lang(), applySeverities(a.findings, session.settings.diagnostics)));
    }),
  );
}
