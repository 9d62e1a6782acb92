// What every handler shares: the open documents, their analyses and annotations, the settings, what
// the client said it can do, and the one way to ask the client for anything (guarded and logged).
import {
  ErrorCodes,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
} from 'vscode-languageserver';
import type { ArticleAnalysis } from '../analysis/types';
import { AnalysisStore, StaleAnalysisError } from '../analysisStore';
import { AnnotationStore } from '../annotationStore';
import { OpenDocuments } from '../documents/openDocuments';
import type { DocumentSnapshot } from '../documents/snapshot';
import { paramsProblem } from '../documents/params';
import { DEFAULT_SETTINGS, messageLanguage, type Settings } from '../features/settings';

/** What the client declared it supports; every server→client request checks one of these first. */
export interface ClientAbilities {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  semanticTokensRefresh: boolean;
  configuration: boolean;
  configurationRegistration: boolean;
  workDoneProgress: boolean;
  /** `client/registerCapability` of `workspace/didChangeWatchedFiles` (the index follows files on disk). */
  watchedFilesRegistration: boolean;
  /** Workspace edits with `documentChanges` and change annotations that need confirmation (rename across articles). */
  documentChanges: boolean;
  changeAnnotations: boolean;
}

export function toAbilities(c: ClientCapabilities | undefined): ClientAbilities {
  return {
    pullDiagnostics: !!c?.textDocument?.diagnostic,
    diagnosticRefresh: !!c?.workspace?.diagnostics?.refreshSupport,
    semanticTokensRefresh: !!c?.workspace?.semanticTokens?.refreshSupport,
    configuration: !!c?.workspace?.configuration,
    configurationRegistration: !!c?.workspace?.didChangeConfiguration?.dynamicRegistration,
    workDoneProgress: !!c?.window?.workDoneProgress,
    watchedFilesRegistration: !!c?.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    documentChanges: !!c?.workspace?.workspaceEdit?.documentChanges,
    changeAnnotations: !!c?.workspace?.workspaceEdit?.changeAnnotationSupport,
  };
}

export type Lifecycle = 'starting' | 'running' | 'shut down';
type Needs = 'document' | 'position' | 'range' | 'any';

/** A stale answer: the document changed while the request waited for its analysis. */
export class ContentModified extends Error {}

export class Session {
  readonly documents = new OpenDocuments();
  readonly annotations = new AnnotationStore({ layout: 'beside', creator: '' });
  readonly store: AnalysisStore;
  settings: Settings = DEFAULT_SETTINGS;
  locale: string | undefined;
  folders: string[] = [];
  /** Where the server may keep files between sessions (the extension's workspace storage), if the client gave one. */
  storagePath: string | undefined;
  abilities: ClientAbilities = toAbilities(undefined);
  lifecycle: Lifecycle = 'starting';
  readonly #connection: Connection;
  readonly #logged = new Set<string>();

  constructor(connection: Connection, store: (session: Session) => AnalysisStore) {
    this.#connection = connection;
    this.store = store(this);
  }

  lang(): 'zh' | 'en' {
    return messageLanguage(this.settings, this.locale);
  }

  /** Logs to the client's output (the NewsLens channel in VS Code), each distinct message once. */
  logOnce(message: string): void {
    if (this.#logged.has(message)) return;
    if (this.#logged.size > 1000) this.#logged.clear();
    this.#logged.add(message);
    this.#connection.console.error(message);
  }

  /** A message to the user: a notification, which every client accepts (showMessageRequest is a request some lack). */
  tell(type: 'warning' | 'info', message: string): void {
    void this.#connection.sendNotification(ShowMessageNotification.type, { type: type === 'warning' ? MessageType.Warning : MessageType.Info, message });
  }

  /** Sends a server→client request only if `able`; a rejection is logged, never left unhandled. */
  ask<T>(able: boolean, what: string, send: () => Promise<T>): Promise<T | undefined> {
    if (!able) return Promise.resolve(undefined);
    try {
      return send().catch((e: unknown) => {
        this.logOnce(`newslens: the client refused ${what}: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      });
    } catch (e) {
      this.logOnce(`newslens: could not send ${what}: ${(e as Error).message}`);
      return Promise.resolve(undefined);
    }
  }

  /**
   * A request handler with the lifecycle and parameter checks every request gets: ServerNotInitialized
   * before `initialize`, InvalidRequest after `shutdown`, InvalidParams for malformed parameters, and
   * a thrown error answered as InternalError (logged with its stack) without affecting anything else.
   */
  request<P, R>(needs: Needs, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return async (params: P, token: CancellationToken): Promise<R | ResponseError<any>> => {
      if (this.lifecycle === 'starting') return new ResponseError(ErrorCodes.ServerNotInitialized, 'the server has not been initialized');
      if (this.lifecycle === 'shut down') return new ResponseError(ErrorCodes.InvalidRequest, 'the server is shut down');
      const problem = needs === 'any' ? undefined : paramsProblem(params, needs);
      if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
      try {
        return await handler(params, token);
      } catch (e) {
        if (e instanceof ContentModified) return new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
        if (e instanceof ResponseError) return e;
        this.logOnce(`newslens: a request failed: ${(e as Error)?.stack ?? String(e)}`);
        return new ResponseError(ErrorCodes.InternalError, `NewsLens could not answer: ${(e as Error)?.message ?? String(e)}`);
      }
    };
  }

  /**
   * Runs `f` on one snapshot of `uri` and its analysis. An edit that arrives meanwhile never changes
   * what `f` reads: the answer is for the version the request was sent against, and if the document
   * moved on before it is ready, the request is answered ContentModified instead.
   */
  async withAnalysis<T>(uri: string, empty: T, token: CancellationToken | undefined, f: (doc: DocumentSnapshot, a: ArticleAnalysis) => T): Promise<T> {
    const doc = this.documents.get(uri);
    if (!doc) return empty;
    let a: ArticleAnalysis;
    try {
      a = await this.store.get(doc);
    } catch (e) {
      if (e instanceof StaleAnalysisError) throw new ContentModified();
      throw e;
    }
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (this.documents.get(uri) !== doc) throw new ContentModified();
    return f(doc, a);
  }
}
