// Wires the connection: one register… call per LSP feature. Every handler lives in `lsp/`, every
// answer is built by `features/` from the analysis of one document snapshot.
import { TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import type { Segment } from './analysis/types';
import type { EntityModel } from './analysis/entities/model';
import type { ScriptConverter } from './analysis/script/convert';
import { AnalysisStore, type StoreOptions } from './analysisStore';
import { SEMANTIC_LEGEND } from './features/semanticTokens';
import { DEFAULT_SETTINGS, toSettings } from './features/settings';
import { createMemoryGuard } from './node/memoryGuard';
import { largeDocumentProgress } from './progress';
import { COMMAND_IDS, registerCommands } from './lsp/commandTable';
import { registerDiagnostics } from './lsp/diagnosticChannel';
import { registerDocumentSync } from './lsp/documentSync';
import { registerAnalysisRequest, registerCodeActions, registerDocumentSymbols, registerHover, registerSemanticTokens } from './lsp/requests';
import { Session, toAbilities } from './lsp/session';
import { DocumentSnapshot } from './documents/snapshot';
import { registerWorkspaceSettings, workspaceFolders } from './lsp/workspaceSettings';
import { registerWorkspaceIndex, watchArticles, type WorkspaceChannel, type WorkspaceDeps } from './lsp/workspaceIndex';
import { registerWorkspaceRequests } from './lsp/workspaceRequests';

export interface ServerDeps {
  segment: Segment;
  /** The entity model (loaded once per process); entities from the rules alone without it. */
  model?: EntityModel;
  /** Traditional → Simplified (`node/scriptConverter.ts`); without it Traditional text is read as it is. */
  convert?: ScriptConverter;
  /** The workspace index's worker script and what makes its saved summaries valid; without it there is no workspace index. */
  workspace?: WorkspaceDeps;
}

/** Starts NewsLens on `connection` (stdio, IPC or in-memory streams) and listens. */
export function startServer(connection: Connection, deps: ServerDeps): Session {
  let workspace: WorkspaceChannel | undefined;
  const session = new Session(connection, (s) => newStore(connection, s, deps, (doc, a) => workspace?.analyzed(doc as DocumentSnapshot, a)));
  connection.onInitialize((params) => initialize(session, params, !!deps.workspace));
  connection.onShutdown(async () => {
    session.lifecycle = 'shut down';
    await workspace?.close();
  });
  const diagnostics = registerDiagnostics(connection, session);
  if (deps.workspace) workspace = registerWorkspaceIndex(connection, session, deps.workspace);
  registerDocumentSync(connection, session, diagnostics, (uri) => workspace?.closed(uri));
  const followers = workspace && { initialized: () => watchArticles(connection, session), reloaded: workspace.configure, watched: workspace.watched };
  const reload = registerWorkspaceSettings(connection, session, diagnostics, followers);
  registerHover(connection, session);
  registerDocumentSymbols(connection, session);
  registerSemanticTokens(connection, session);
  registerCodeActions(connection, session);
  registerAnalysisRequest(connection, session);
  if (workspace) registerWorkspaceRequests(connection, session, workspace);
  registerCommands(connection, session, diagnostics, reload);
  connection.listen();
  return session;
}

function initialize(session: Session, params: InitializeParams, indexing: boolean): InitializeResult {
  session.locale = typeof params?.locale === 'string' ? params.locale : undefined;
  session.abilities = toAbilities(params?.capabilities);
  session.folders = workspaceFolders(params ?? {});
  const options = (params?.initializationOptions ?? {}) as { settings?: unknown; storagePath?: unknown };
  session.settings = toSettings(options.settings ?? {});
  session.storagePath = typeof options.storagePath === 'string' && options.storagePath ? options.storagePath : undefined;
  // the client sends nothing else until it has this answer
  session.lifecycle = 'running';
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      documentSymbolProvider: { label: 'NewsLens' },
      semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
      diagnosticProvider: { identifier: 'newslens', interFileDependencies: false, workspaceDiagnostics: false },
      codeActionProvider: { codeActionKinds: ['refactor.newslens'] },
      executeCommandProvider: { commands: COMMAND_IDS },
      ...(indexing ? { workspaceSymbolProvider: true, referencesProvider: true, renameProvider: { prepareProvider: true } } : {}),
    },
    serverInfo: { name: 'newslens', version: '0.1.0' },
  };
}

function newStore(connection: Connection, session: Session, deps: ServerDeps, onAnalyzed: StoreOptions['onAnalyzed']): AnalysisStore {
  const onProgress = largeDocumentProgress(
    () => session.ask(session.abilities.workDoneProgress, 'window/workDoneProgress/create', () => connection.window.createWorkDoneProgress()),
    (uri) => session.tell('info', `NewsLens: ${uri.split('/').pop()} is larger than newslens.maxDocumentSize; it is analyzed in parts.`),
  );
  return new AnalysisStore({ segment: deps.segment, model: deps.model, convert: deps.convert, mayHaveTraditional: (doc) => !(doc instanceof DocumentSnapshot) || doc.mayHaveTraditional(), lexicon: new Map(), publicationDate: '', maxDocumentSize: DEFAULT_SETTINGS.maxDocumentSize, onProgress, memoryGuard: createMemoryGuard(), onAnalyzed });
}
