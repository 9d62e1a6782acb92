// The workspace index in the server: started once settings and lexicons are read, restarted when
// they change what an article's summary would be, fed by file events and by the open articles'
// analyses, reported to the client as `$/progress` and `newslens/indexStatus`.
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection, type FileEvent, type WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { Lexicon } from '../analysis/entities/index';
import type { ArticleAnalysis } from '../analysis/types';
import type { IndexStatusParams } from '../common/workspaceProtocol';
import type { DocumentSnapshot } from '../documents/snapshot';
import { contentHash, indexFile, type AnalysisTools } from '../node/indexWorker';
import { globList, isIndexed, type FileSelection } from '../node/workspaceFiles';
import { WorkspaceIndexer, type IndexStatus } from '../node/workspaceIndexer';
import { summarize } from '../workspace/summary';
import type { Session } from './session';
import { uriToPath } from './workspaceSettings';

export interface WorkspaceChannel {
  /** Settings or lexicons were (re)read: start, restart or stop the index accordingly. */
  configure(lexicon: Lexicon): Promise<void>;
  watched(changes: FileEvent[]): void;
  analyzed(doc: DocumentSnapshot, a: ArticleAnalysis): void;
  closed(uri: string): void;
  indexer(): WorkspaceIndexer | undefined;
  /** The URI to answer with for an indexed file: the open document's own URI when it is open. */
  uriOf(file: string): string;
  close(): Promise<void>;
}

export interface WorkspaceDeps {
  /** What else makes summaries differ (the model's version), part of the persisted index's key. */
  engine: string;
  /** The worker thread's script: this bundle. */
  script: string;
  /** The server's own segmenter and model, to index a single changed file at once (see IndexerOptions.runLocal). */
  tools: AnalysisTools;
}

const STATUS_EVERY_MS = 500;
const EDITOR_DEBOUNCE_MS = 400;

export function registerWorkspaceIndex(connection: Connection, session: Session, deps: WorkspaceDeps): WorkspaceChannel {
  let indexer: WorkspaceIndexer | undefined;
  let key = '';
  let selection: FileSelection | undefined;
  const openUris = new Map<string, string>();
  const pendingEditor = new Map<string, NodeJS.Timeout>();
  const status = statusReporter(connection, session, () => indexer);
  const channel: WorkspaceChannel = {
    async configure(lexicon) {
      const s = session.settings.workspace;
      selection = await selectionOf(connection, session);
      const lexiconKey = hashOf(JSON.stringify([...lexicon].sort()));
      const next = s.index && session.folders.length ? JSON.stringify([deps.engine, lexiconKey, session.folders, selection]) : '';
      if (next === key) return;
      key = next;
      await indexer?.close();
      indexer = undefined;
      if (next) indexer = startIndexer(session, deps, lexicon, selection, lexiconKey, status.update);
      status.update(indexer?.status());
    },
    watched(changes) {
      if (indexer && selection) followFiles(indexer, selection, session.folders, openUris, changes);
    },
    analyzed(doc, a) {
      const file = uriToPath(doc.uri);
      // an article opened from outside the workspace folders is not the workspace's
      if (!file || !indexer || !selection || !isIndexed(file, session.folders, selection)) return;
      openUris.set(file, doc.uri);
      clearTimeout(pendingEditor.get(file));
      pendingEditor.set(file, setTimeout(() => {
        pendingEditor.delete(file);
        if (session.documents.get(doc.uri) !== doc) return;
        const text = doc.getText();
        indexer?.fromEditor(file, contentHash(text), summarize(text, a));
      }, EDITOR_DEBOUNCE_MS));
    },
    closed(uri) {
      const file = uriToPath(uri);
      if (!file || !openUris.delete(file)) return;
      clearTimeout(pendingEditor.get(file));
      pendingEditor.delete(file);
      // the editor's unsaved text is gone: the file on disk is the article again
      if (indexer && selection && isIndexed(file, session.folders, selection)) indexer.queue(file);
    },
    indexer: () => indexer,
    uriOf: (file) => openUris.get(file) ?? pathToFileURL(file).href,
    async close() {
      await indexer?.close();
      indexer = undefined;
    },
  };
  return channel;
}

/** File events: articles queued or removed; a sidecar's article queued for its verdicts. Open articles follow the editor instead. */
function followFiles(indexer: WorkspaceIndexer, selection: FileSelection, folders: string[], open: Map<string, string>, changes: FileEvent[]): void {
  for (const c of changes) {
    const changed = uriToPath(c?.uri);
    const article = changed && articleOfSidecar(changed, folders[0]);
    if (article && indexer.index.hashOf(article)) indexer.queue(article);
    const file = article ? undefined : changed;
    if (!file || !isIndexed(file, folders, selection)) continue;
    if (c.type === FileChangeType.Deleted) indexer.remove(file);
    else if (!open.has(file)) indexer.queue(file);
  }
}

/** The settings' file selection, with VS Code's `files.exclude` when the client answers for it. */
async function selectionOf(connection: Connection, session: Session): Promise<FileSelection> {
  const s = session.settings.workspace;
  const filesExclude = await session.ask(session.abilities.configuration, 'workspace/configuration', () => connection.workspace.getConfiguration('files.exclude'));
  return { include: s.include, exclude: [...globList(filesExclude), ...s.exclude], maxFiles: s.maxFiles };
}

function startIndexer(session: Session, deps: WorkspaceDeps, lexicon: Lexicon, selection: FileSelection, lexiconKey: string, onStatus: (s: IndexStatus) => void): WorkspaceIndexer {
  const sidecar = { layout: session.settings.annotations.location, workspaceRoot: session.folders[0] };
  const storageFile = path.join(session.storagePath ?? defaultStorage(session.folders), `index-${hashOf(JSON.stringify(session.folders)).slice(0, 12)}.json`);
  const indexer = new WorkspaceIndexer({
    roots: session.folders,
    selection,
    storageFile,
    engine: `${deps.engine}|${lexiconKey}`,
    // the main thread stays free for the open article; the workers run at the lowest priority
    workers: Math.max(1, os.availableParallelism() - 1),
    script: deps.script,
    worker: { lexicon: [...lexicon], sidecar, background: true },
    onStatus,
    log: (m) => session.logOnce(m),
    runLocal: (job, known) => indexFile(job, lexicon, sidecar, () => deps.tools, known),
  });
  indexer.start();
  return indexer;
}

/** Watches the articles through the client (`workspace/didChangeWatchedFiles`) when it can register watchers. */
export function watchArticles(connection: Connection, session: Session): void {
  const include = session.settings.workspace.include;
  void session.ask(session.abilities.watchedFilesRegistration, 'client/registerCapability', () =>
    connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: include }] }),
  );
}

/** `$/progress` while a round of indexing runs, and `newslens/indexStatus` (at most every 500 ms while indexing). */
function statusReporter(connection: Connection, session: Session, indexer: () => WorkspaceIndexer | undefined) {
  let progress: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
  let last = 0;
  let timer: NodeJS.Timeout | undefined;
  const send = () => {
    timer = undefined;
    last = Date.now();
    const ix = indexer();
    const s = ix?.status();
    const params: IndexStatusParams = { articles: s?.articles ?? 0, pending: s?.pending ?? 0, round: s?.round ?? 0, over: s?.over ?? 0, enabled: !!ix };
    if (ix && s && s.pending === 0) params.entities = ix.index.entityCount;
    void connection.sendNotification('newslens/indexStatus', params);
    reportProgress(params);
  };
  const reportProgress = (p: IndexStatusParams) => {
    if (p.pending > 0 && !progress) {
      progress = session.ask(session.abilities.workDoneProgress, 'window/workDoneProgress/create', () => connection.window.createWorkDoneProgress());
      void progress.then((r) => r?.begin('NewsLens', 0, indexingMessage(p, session.lang()), false));
    } else if (p.pending > 0) {
      void progress?.then((r) => r?.report(Math.round((100 * (p.round - p.pending)) / Math.max(1, p.round)), indexingMessage(p, session.lang())));
    } else if (progress) {
      void progress.then((r) => r?.done());
      progress = undefined;
    }
  };
  return {
    update(s: IndexStatus | undefined) {
      if (session.lifecycle !== 'running') return;
      const idle = !s || s.pending === 0;
      if (idle || Date.now() - last >= STATUS_EVERY_MS) {
        clearTimeout(timer);
        send();
      } else timer ??= setTimeout(send, STATUS_EVERY_MS);
    },
  };
}

function indexingMessage(p: IndexStatusParams, lang: 'zh' | 'en'): string {
  const done = p.round - p.pending;
  return lang === 'zh' ? `正在索引文章 ${done}/${p.round}` : `Indexing articles ${done}/${p.round}`;
}

function hashOf(s: string): string {
  return createHash('sha1').update(s).digest('hex');
}

/** Where the index is kept for clients that give no storage folder: the user's cache folder. */
function defaultStorage(folders: string[]): string {
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cache, 'newslens', hashOf(JSON.stringify(folders)).slice(0, 12));
}

/** The article a sidecar file belongs to (`a.md.annotations.json` → `a.md`; `.newslens/annotations/x/a.md.json` → `x/a.md`), or null. */
export function articleOfSidecar(file: string, root: string | undefined): string | null {
  if (file.endsWith('.annotations.json')) return file.slice(0, -'.annotations.json'.length);
  const base = root && path.join(root, '.newslens', 'annotations') + path.sep;
  if (base && file.startsWith(base) && file.endsWith('.json')) return path.join(root, file.slice(base.length, -'.json'.length));
  return null;
}
