// Settings and lexicons: read at start and whenever the client says they changed, then every open
// document is analysed again and its diagnostics and highlighting refreshed.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DidChangeConfigurationNotification, type Connection, type FileEvent, type InitializeParams } from 'vscode-languageserver';
import type { Lexicon } from '../analysis/entities/index';
import { toSettings } from '../features/settings';
import { readLexicons, WORKSPACE_LEXICON } from '../node/lexiconFiles';
import type { DiagnosticsChannel } from './diagnosticChannel';
import type { Session } from './session';

/** Workspace folders as paths (non-file URIs dropped), from the folders or the older rootUri. */
export function workspaceFolders(params: InitializeParams): string[] {
  const folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f?.uri)).filter((p): p is string => !!p);
  if (folders.length === 0 && params.rootUri) return [uriToPath(params.rootUri)].filter((p): p is string => !!p);
  return folders;
}

export function uriToPath(uri: unknown): string | undefined {
  try {
    return typeof uri === 'string' ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** What else follows settings and files: the workspace index (lsp/workspaceIndex.ts). */
export interface SettingsFollowers {
  initialized(): void;
  reloaded(lexicon: Lexicon): Promise<void>;
  watched(changes: FileEvent[]): void;
}

/** Registers configuration and watched-file handling; returns `reload` for commands that change the lexicon. */
export function registerWorkspaceSettings(connection: Connection, session: Session, diagnostics: DiagnosticsChannel, followers?: SettingsFollowers): () => Promise<void> {
  const reload = async () => {
    const pulled = await session.ask(session.abilities.configuration, 'workspace/configuration', () => connection.workspace.getConfiguration('newslens'));
    if (pulled !== undefined) session.settings = toSettings(pulled);
    const { settings, folders } = session;
    session.annotations.configure({ layout: settings.annotations.location, workspaceRoot: folders[0], creator: settings.annotations.creator });
    const files = lexiconPaths(session);
    const { lexicon, problems } = readLexicons(files);
    // a workspace without .newslens/lexicon.txt is the usual case, not a problem
    const real = problems.filter((p) => !(p.line === 0 && folders.some((f) => p.file === path.join(f, WORKSPACE_LEXICON))));
    for (const p of real) connection.console.warn(`newslens: ${p.file}:${p.line}: ${p.message} (skipped)`);
    if (real.length) session.tell('warning', `NewsLens: ${real.length} problem(s) in lexicon files, lines skipped; see the NewsLens output. First: ${real[0].file}:${real[0].line}: ${real[0].message}`);
    session.store.reconfigure({ lexicon, publicationDate: settings.publicationDate, maxDocumentSize: settings.maxDocumentSize });
    diagnostics.refresh();
    await followers?.reloaded(lexicon);
    void session.ask(session.abilities.semanticTokensRefresh, 'workspace/semanticTokens/refresh', () => connection.languages.semanticTokens.refresh());
  };
  const reloadLogged = () => reload().catch((e: unknown) => session.logOnce(`newslens: reloading settings failed: ${(e as Error)?.stack ?? e}`));
  connection.onInitialized(() => {
    void session.ask(session.abilities.configurationRegistration, 'client/registerCapability', () => connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' }));
    void reloadLogged().then(() => followers?.initialized());
  });
  connection.onDidChangeConfiguration((params) => {
    if (session.lifecycle !== 'running') return;
    // a client without workspace/configuration sends the settings here
    const sent = (params?.settings as { newslens?: unknown } | null | undefined)?.newslens;
    if (!session.abilities.configuration && sent !== undefined) session.settings = toSettings(sent);
    void reloadLogged();
  });
  connection.onDidChangeWatchedFiles((params) => {
    if (session.lifecycle !== 'running' || !Array.isArray(params?.changes)) return;
    const changes = params.changes;
    followers?.watched(changes);
    const sidecarDocs = changes.map((c) => session.annotations.uriOfSidecar(uriToPath(c?.uri) ?? '')).filter((u): u is string => !!u);
    for (const uri of sidecarDocs) session.annotations.open(uri, session.documents.get(uri)?.getText() ?? '');
    const lexiconFiles = new Set(lexiconPaths(session));
    if (changes.some((c) => lexiconFiles.has(uriToPath(c?.uri) ?? ''))) void reloadLogged();
    else if (sidecarDocs.length) diagnostics.refresh();
  });
  return reload;
}

/** The lexicon files read: each folder's `.newslens/lexicon.txt`, then `newslens.lexiconFiles`. */
function lexiconPaths({ folders, settings }: Session): string[] {
  return [...folders.map((f) => path.join(f, WORKSPACE_LEXICON)), ...settings.lexiconFiles.map((f) => path.resolve(folders[0] ?? '.', f))];
}
