// The only file that touches the LSP connection: wires documents, settings and lexicons to the features.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type DiagnosticServerCancellationData,
  type WorkDoneProgressServerReporter,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Segment } from './analysis/types';
import { AnalysisStore, StaleAnalysisError } from './analysisStore';
import type { ArticleAnalysis } from './analysis/types';
import { provideDiagnostics } from './features/diagnostics';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideHover } from './features/hover';
import { provideSemanticTokens, SEMANTIC_LEGEND } from './features/semanticTokens';
import { DEFAULT_SETTINGS, messageLanguage, toSettings, type Settings } from './features/settings';
import { readLexicons, WORKSPACE_LEXICON } from './node/lexiconFiles';
import { applySeverities, toJsonReport } from './cli/report';

export interface ServerDeps {
  segment: Segment;
}

/** Starts NewsLens on `connection` (stdio, IPC or in-memory streams) and listens. */
export function startServer(connection: Connection, deps: ServerDeps): void {
  const documents = new TextDocuments(TextDocument);
  const progress = new Map<string, Promise<WorkDoneProgressServerReporter>>();
  const onProgress = (uri: string, fraction: number | null) => {
    let reporter = progress.get(uri);
    if (fraction === null) {
      progress.delete(uri);
      return void reporter?.then((r) => r.done());
    }
    if (!reporter) {
      reporter = connection.window.createWorkDoneProgress();
      progress.set(uri, reporter);
      void reporter.then((r) => r.begin('NewsLens', 0, 'Analyzing a large article in parts…'));
      void connection.window.showInformationMessage(`NewsLens: ${uri.split('/').pop()} is larger than newslens.maxDocumentSize; it is analyzed in parts.`);
    }
    void reporter.then((r) => r.report(Math.round(fraction * 100)));
  };
  const store = new AnalysisStore({ segment: deps.segment, lexicon: new Map(), publicationDate: '', maxDocumentSize: DEFAULT_SETTINGS.maxDocumentSize, onProgress });
  let settings: Settings = DEFAULT_SETTINGS;
  let locale: string | undefined;
  let folders: string[] = [];
  let canPullConfig = false;

  const lang = () => messageLanguage(settings, locale);
  const reload = async () => {
    if (canPullConfig) settings = toSettings(await connection.workspace.getConfiguration('newslens'));
    const files = [...folders.map((f) => path.join(f, WORKSPACE_LEXICON)), ...settings.lexiconFiles.map((f) => path.resolve(folders[0] ?? '.', f))];
    const { lexicon, problems } = readLexicons(files);
    const missingDefault = (p: { file: string; line: number }) => p.line === 0 && folders.some((f) => p.file === path.join(f, WORKSPACE_LEXICON));
    for (const p of problems.filter((q) => !missingDefault(q))) connection.console.warn(`newslens: ${p.file}:${p.line}: ${p.message} (skipped)`);
    const real = problems.filter((q) => !missingDefault(q));
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
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        documentSymbolProvider: { label: 'NewsLens' },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        diagnosticProvider: { identifier: 'newslens', interFileDependencies: false, workspaceDiagnostics: false },
      },
      serverInfo: { name: 'newslens', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => {
    if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' });
    void reload();
  });
  connection.onDidChangeConfiguration(() => void reload());
  connection.onDidChangeWatchedFiles(() => void reload());

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
    withAnalysis(textDocument.uri, null, token, (doc, a) => provideHover(doc, a, doc.offsetAt(position))),
  );
  connection.onDocumentSymbol(({ textDocument }, token) => withAnalysis(textDocument.uri, [], token, provideDocumentSymbols));
  connection.languages.semanticTokens.on(({ textDocument }, token) => withAnalysis(textDocument.uri, { data: [] }, token, provideSemanticTokens));
  connection.languages.diagnostics.on(async ({ textDocument }, token) => {
    const items = await withAnalysis(textDocument.uri, [], token, (doc, a) => provideDiagnostics(doc, a.findings, settings, lang()));
    if (items instanceof ResponseError) return new ResponseError<DiagnosticServerCancellationData>(items.code, items.message, { retriggerRequest: false });
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });
  connection.onRequest('newslens/analysis', ({ uri }: { uri: string }, token) =>
    withAnalysis(uri, null, token, (_doc, a) => toJsonReport(uri, a, lang(), applySeverities(a.findings, settings.diagnostics))),
  );
  documents.onDidClose(({ document }) => store.forget(document.uri));
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
