// The custom messages between the NewsLens client and server about the workspace index (the sidebar
// and the status bar). Types only: the client imports them as types, so nothing of the server is bundled into it.
import type { Range } from 'vscode-languageserver-types';

export type EntityKind = 'person' | 'place' | 'organization';

/** Notification `newslens/indexStatus`, sent while indexing and when the index changes. */
export interface IndexStatusParams {
  articles: number;
  /** Distinct entities; absent while indexing (counted once the round is done). */
  entities?: number;
  /** Files still to analyse in this round, out of `round`. */
  pending: number;
  round: number;
  /** Files beyond `newslens.workspace.maxFiles`, not indexed. */
  over: number;
  /** False when indexing is off (`newslens.workspace.index`) or there is no folder. */
  enabled: boolean;
}

/** Request `newslens/workspaceEntities`: entity rows of the index, most articles first. */
export interface WorkspaceEntitiesParams {
  type?: EntityKind;
  /** At most this many rows per type (default 500). */
  limit?: number;
}
export interface EntityRowView {
  key: string;
  name: string;
  type: EntityKind;
  aliases: string[];
  articles: number;
  mentions: number;
}
export interface WorkspaceEntitiesResult {
  types: { type: EntityKind; total: number; rows: EntityRowView[] }[];
}

/** Request `newslens/entityArticles`: where an entity row (by `key`) is mentioned, article by article. */
export interface EntityArticlesParams {
  key: string;
}
export interface EntityArticlesResult {
  articles: { uri: string; title: string; places: { range: Range; line: string }[] }[];
}

/** Request `newslens/factCheckQueue`: every verdict in the workspace, by verdict, then article. */
export interface FactCheckQueueResult {
  verdicts: { verdict: string; items: { uri: string; title: string; range: Range; text: string; note?: string }[] }[];
  /** Check-worthy claims no verdict covers yet, highest score first (at most 200; `note` holds the claim's kinds). */
  unreviewed?: { uri: string; title: string; range: Range; text: string; note?: string }[];
}
