// The only file that touches the LSP connection: wires documents, settings, lexicons and annotations to the features.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Segment } from './analysis/types';
import type { TextChange } from './analysis/annotations/index';
import { AnalysisStore, StaleAnalysisError } from './analysisStore';
import { AnnotationStore, type ChangeResult } from './annotationStore';
import * as commands from './commands';
import { annotationHoverAt, provideAnnotationActions, provideAnnotationDiagnostics, provideAnnotationSymbols } from './features/annotations';
import { matchDiagnostics, provideDiagnostics } from './features/diagnostics';
import { DiagnosticReports, type SentDiagnostics } from './features/diagnosticReports';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideHover } from './features/hover';
import { provideSemanticTokens, SEMANTIC_LEGEND } from './features/semanticTokens';
import { applySeverities, DEFAULT_SETTINGS, messageLanguage, toSettings, type Settings } from './features/settings';
import { readLexicons, WORKSPACE_LEXICON } from './node/lexiconFiles';
import { createMemoryGuard } from './node/memoryGuard';
import { toJsonReport } from './cli/report';
import { largeDocumentProgress } from './progress';

export interface ServerDeps {
  segment: Segment;
}

/** Starts NewsLens on `connection` (stdio, IPC or in-memory streams) and listens. */
export function startServer(connection: Connection, deps: ServerDeps): void {
  const annotations = new AnnotationStore({ layout: 'beside', creator: '' });
  // Annotations follow every content change, in order, with offsets of the text before each change.
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update(doc, changes, version) {
      const edits: TextChange[] = [];
      for (const c of changes) {
        if ('range' in c) edits.push({ start: doc.offsetAt(c.range.start), end: doc.offsetAt(c.range.end), text: c.text });
        else edits.push({ start: 0, end: doc.getText().length, text: c.text });
        doc = TextDocument.update(doc, [c], version);
      }
      annotations.update(doc.uri, edits, doc.getText());
      return doc;
    },
  });
  const onProgress = largeDocumentProgress(
    () => connection.window.createWorkDoneProgress(),
    (uri) => void connection.window.showInformationMessage(`NewsLens: ${uri.split('/').pop()} is larger than newslens.maxDocumentSize; it is analyzed in parts.`),
  );
  const reports = new DiagnosticReports();
  const store = new AnalysisStore({ segment: deps.segment, lexicon: new Map(), publicationDate: '', maxDocumentSize: DEFAULT_SETTINGS.maxDocumentSize, onProgress, memoryGuard: createMemoryGuard() });
  let settings: Settings = DEFAULT_SETTINGS;
  let locale: string | undefined;
  let folders: string[] = [];
  let canPullConfig = false;

  const lang = () => messageLanguage(settings, locale);
  const reload = async () => {
    if (canPullConfig) settings = toSettings(await connection.workspace.getConfiguration('newslens'));
    annotations.configure({ layout: settings.annotations.location, workspaceRoot: folders[0], creator: settings.annotations.creator });
    const files = [...folders.map((f) => path.join(f, WORKSPACE_LEXICON)), ...settings.lexiconFiles.map((f) => path.resolve(folders[0] ?? '.', f))];
    const { lexicon, problems } = readLexicons(files);
    const real = problems.filter((p) => !(p.line === 0 && folders.some((f) => p.file === path.join(f, WORKSPACE_LEXICON))));
    for (const p of real) connection.console.warn(`newslens: ${p.file}:${p.line}: ${p.message} (skipped)`);
    if (real.length) void connection.window.showWarningMessage(`NewsLens: ${real.length} problem(s) in lexicon files, lines skipped; see the NewsLens output. First: ${real[0].file}:${real[0].line}: ${real[0].message}`);
    store.reconfigure({ lexicon, publicationDate: settings.publicationDate, maxDocumentSize: settings.maxDocumentSize });
    connection.languages.diagnostics.refresh();
  };

  connection.onInitialize((params): InitializeResult => {
    locale = params.locale;
    canPullConfig = !!params.capabilities.workspace?.configuration;
    folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) folders = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
    settings = toSettings(params.initializationOptions?.settings ?? {});
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        documentSymbolProvider: { label: 'NewsLens' },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        diagnosticProvider: { identifier: 'newslens', interFileDependencies: false, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: ['refactor.newslens'] },
        executeCommandProvider: { commands: ['newslens.annotate', 'newslens.editAnnotation', 'newslens.removeAnnotation', 'newslens.setLexiconEntry'] },
      },
      serverInfo: { name: 'newslens', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => {
    if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' });
    void reload();
  });
  connection.onDidChangeConfiguration(() => void reload());
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const sidecarDocs = changes.map((c) => annotations.uriOfSidecar(uriToPath(c.uri) ?? '')).filter((u): u is string => !!u);
    for (const uri of sidecarDocs) annotations.open(uri, documents.get(uri)?.getText() ?? '');
    if (sidecarDocs.length < changes.length) void reload();
    else connection.languages.diagnostics.refresh();
  });

  // Runs `f` on the current analysis of `uri`; retries when an edit supersedes the analysis it waited
  // for, and answers a cancelled request with RequestCancelled.
  const withAnalysis = async <T>(uri: string, empty: T, token: CancellationToken | undefined, f: (doc: TextDocument, a: ArticleAnalysis) => T): Promise<T | ResponseError> => {
    for (;;) {
      const doc = documents.get(uri);
      if (!doc) return empty;
      try {
        const a = await store.get(doc);
        if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
        return f(doc, a);
      } catch (e) {
        if (!(e instanceof StaleAnalysisError)) throw e;
      }
    }
  };
  connection.onHover(({ textDocument, position }, token) =>
    withAnalysis(textDocument.uri, null, token, (doc, a) => {
      const offset = doc.offsetAt(position);
      const note = annotationHoverAt(annotations.get(doc.uri), doc.uri, offset);
      const hover = provideHover(doc, a, offset);
      if (!note) return hover;
      const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? `${note}\n\n---\n\n${hover.contents.value}` : note;
      return { contents: { kind: 'markdown' as const, value } };
    }),
  );
  connection.onDocumentSymbol(({ textDocument }, token) =>
    withAnalysis(textDocument.uri, [], token, (doc, a) => [...provideDocumentSymbols(doc, a), ...provideAnnotationSymbols(doc, annotations.get(doc.uri))]),
  );
  connection.languages.semanticTokens.on(({ textDocument }, token) => withAnalysis(textDocument.uri, { data: [] }, token, provideSemanticTokens));
  connection.languages.diagnostics.on(async ({ textDocument, previousResultId }, token) => {
    const report = await withAnalysis(textDocument.uri, null, token, (doc, a) => {
      const language = lang();
      const notes = provideAnnotationDiagnostics(doc, annotations.get(doc.uri), settings, language);
      const same = (last: SentDiagnostics) => {
        const n = matchDiagnostics(doc, a.findings, settings, language, last);
        return n >= 0 && last.sameFrom(n, notes);
      };
      return reports.report(doc.uri, previousResultId, same, () => [...provideDiagnostics(doc, a.findings, settings, language), ...notes]);
    });
    // A cancelled pull: vscode-languageclient re-pulls by itself when the cancellation carries no data.
    if (report instanceof ResponseError) return new ResponseError(report.code, report.message);
    return report ?? { kind: DocumentDiagnosticReportKind.Full, items: [] };
  });
  connection.onCodeAction(({ textDocument, range }, token) =>
    withAnalysis(textDocument.uri, [], token, (doc, a) => provideAnnotationActions(doc, a, annotations.get(doc.uri), range)),
  );

  const ctx: commands.CommandContext = { document: (uri) => documents.get(uri), analysis: (doc) => store.get(doc), annotations, workspaceFolder: () => folders[0] };
  const report = (r: ChangeResult, refresh: () => void) => {
    if (!r.ok) void connection.window.showWarningMessage(`NewsLens: ${r.message}`);
    else refresh();
    return r;
  };
  // Annotations changed without an edit: diagnostics are re-pulled; the outline has no refresh request
  // in LSP, so the client is told and makes VS Code ask for symbols again.
  const refreshDiagnostics = () => {
    connection.languages.diagnostics.refresh();
    void connection.sendNotification('newslens/annotationsChanged');
  };
  connection.onExecuteCommand(({ command, arguments: [arg] = [] }) => {
    if (command === 'newslens.annotate') return report(commands.annotate(ctx, arg), refreshDiagnostics);
    if (command === 'newslens.editAnnotation') return report(commands.editAnnotation(ctx, arg), refreshDiagnostics);
    if (command === 'newslens.removeAnnotation') return report(commands.removeAnnotation(ctx, arg), refreshDiagnostics);
    if (command === 'newslens.setLexiconEntry') return report(commands.setLexicon(ctx, arg), () => void reload());
    return undefined;
  });
  connection.onRequest('newslens/annotation', (arg) => commands.getAnnotation(ctx, arg));
  connection.onRequest('newslens/export', (arg) => commands.exportDocument(ctx, arg));
  connection.onRequest('newslens/import', (arg: { uri: string; content: string }) => report(commands.importAnnotations(ctx, arg), refreshDiagnostics) as { ok: boolean; message?: string });
  connection.onRequest('newslens/analysis', ({ uri }: { uri: string }, token) =>
    withAnalysis(uri, null, token, (_doc, a) => toJsonReport(uri, a, lang(), applySeverities(a.findings, settings.diagnostics))),
  );
  documents.onDidOpen(({ document }) => annotations.open(document.uri, document.getText()));
  documents.onDidSave(({ document }) => void annotations.save(document.uri, document.getText()));
  documents.onDidClose(({ document }) => {
    store.forget(document.uri);
    reports.forget(document.uri);
    annotations.close(document.uri);
  });
  documents.listen(connection);
  connection.listen();
}

function uriToPath(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
