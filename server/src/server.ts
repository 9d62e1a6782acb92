// The only file that touches the LSP connection: wires documents, settings and lexicons to the features.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Segment } from './analysis/types';
import { AnalysisStore } from './analysisStore';
import { provideDiagnostics } from './features/diagnostics';
import { provideDocumentSymbols } from './features/documentSymbols';
import { provideHover } from './features/hover';
import { DEFAULT_SETTINGS, messageLanguage, toSettings, type Settings } from './features/settings';
import { readLexicons, WORKSPACE_LEXICON } from './node/lexiconFiles';
import { applySeverities, toJsonReport } from './cli/report';

export interface ServerDeps {
  segment: Segment;
}

/** Starts NewsLens on `connection` (stdio, IPC or in-memory streams) and listens. */
export function startServer(connection: Connection, deps: ServerDeps): void {
  const documents = new TextDocuments(TextDocument);
  const store = new AnalysisStore({ segment: deps.segment, lexicon: new Map(), publicationDate: '' });
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
    store.reconfigure({ lexicon, publicationDate: settings.publicationDate });
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

  const withDoc = <T>(uri: string, empty: T, f: (doc: TextDocument) => T): T => {
    const doc = documents.get(uri);
    return doc ? f(doc) : empty;
  };
  connection.onHover(({ textDocument, position }) =>
    withDoc(textDocument.uri, null, (doc) => provideHover(doc, store.get(doc), doc.offsetAt(position))),
  );
  connection.onDocumentSymbol(({ textDocument }) => withDoc(textDocument.uri, [], (doc) => provideDocumentSymbols(doc, store.get(doc))));
  connection.languages.diagnostics.on(({ textDocument }) => ({
    kind: DocumentDiagnosticReportKind.Full,
    items: withDoc(textDocument.uri, [], (doc) => provideDiagnostics(doc, store.get(doc).findings, settings, lang())),
  }));
  connection.onRequest('newslens/analysis', ({ uri }: { uri: string }) =>
    withDoc(uri, null, (doc) => {
      const a = store.get(doc);
      return toJsonReport(uri, a, lang(), applySeverities(a.findings, settings.diagnostics));
    }),
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
