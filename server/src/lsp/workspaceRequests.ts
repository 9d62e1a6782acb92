// Requests answered from the workspace index: Go to Symbol in Workspace, Find All References and
// Rename of an entity, and the sidebar's entity and fact-check views.
import * as fs from 'node:fs';
import { ErrorCodes, ResponseError, type Connection, type ReferenceParams, type PrepareRenameParams, type RenameParams, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { EntityType } from '../analysis/types';
import type { EntityArticlesParams, EntityArticlesResult, FactCheckQueueResult, WorkspaceEntitiesParams } from '../common/workspaceProtocol';
import { entityAt, entityRows, livePlaces, provideWorkspaceSymbols, referenceLocations, renameEdit, type RenameTarget } from '../features/workspace';
import { lineStarts } from '../workspace/summary';
import type { Session } from './session';
import type { WorkspaceChannel } from './workspaceIndex';
import { uriToPath } from './workspaceSettings';

const TYPES: EntityType[] = ['person', 'organization', 'place'];
/** Unreviewed claims listed in the queue, best first. */
const UNREVIEWED_SHOWN = 200;

export function registerWorkspaceRequests(connection: Connection, session: Session, workspace: WorkspaceChannel): void {
  const index = () => workspace.indexer()?.index;
  connection.onWorkspaceSymbol(
    session.request('any', (params: WorkspaceSymbolParams) => {
      const ix = index();
      return ix ? provideWorkspaceSymbols(ix, typeof params?.query === 'string' ? params.query : '', session.lang(), workspace.uriOf) : [];
    }),
  );
  connection.onReferences(
    session.request('position', ({ textDocument, position }: ReferenceParams, token) =>
      session.withAnalysis(textDocument.uri, [], token, (doc, a) => {
        const at = entityAt(a, doc.offsetAt(position));
        if (!at) return [];
        const current = { uri: doc.uri, file: uriToPath(doc.uri) ?? null, places: livePlaces(doc, a, at.names) };
        const ix = index();
        return ix ? referenceLocations(current, ix, at.names, workspace.uriOf) : current.places.map((p) => ({ uri: doc.uri, range: { start: { line: p.line, character: p.character }, end: { line: p.line, character: p.character + p.length } } }));
      }),
    ),
  );
  connection.onPrepareRename(
    session.request('position', ({ textDocument, position }: PrepareRenameParams, token) =>
      session.withAnalysis(textDocument.uri, null, token, (doc, a) => {
        const at = entityAt(a, doc.offsetAt(position));
        if (!at) throw new ResponseError(ErrorCodes.InvalidRequest, session.lang() === 'zh' ? 'NewsLens 只能重命名人名、地名和机构名：光标不在实体上。' : 'NewsLens renames people, places and organizations: there is no entity here.');
        return { range: { start: doc.positionAt(at.mention.start), end: doc.positionAt(at.mention.end) }, placeholder: at.mention.text };
      }),
    ),
  );
  connection.onRenameRequest(session.request('position', (params: RenameParams, token) => rename(session, workspace, params, token)));
  connection.onRequest(
    'newslens/workspaceEntities',
    session.request('any', (params: WorkspaceEntitiesParams | null) => {
      const ix = index();
      const types = params?.type && TYPES.includes(params.type) ? [params.type] : TYPES;
      const limit = typeof params?.limit === 'number' && params.limit > 0 ? params.limit : 500;
      return ix ? entityRows(ix, types, limit) : { types: [] };
    }),
  );
  connection.onRequest('newslens/entityArticles', session.request('any', (params: EntityArticlesParams | null) => entityArticles(session, workspace, params?.key)));
  connection.onRequest('newslens/factCheckQueue', session.request('any', () => factCheckQueue(workspace)));
}

async function rename(session: Session, workspace: WorkspaceChannel, { textDocument, position, newName }: RenameParams, token: Parameters<Session['withAnalysis']>[2]) {
  const zh = session.lang() === 'zh';
  if (typeof newName !== 'string' || !newName.trim() || /[\r\n]/.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, zh ? '新名称不能为空，也不能换行。' : 'The new name must not be empty or span lines.');
  return session.withAnalysis(textDocument.uri, null, token, (doc, a) => {
    const at = entityAt(a, doc.offsetAt(position));
    if (!at) throw new ResponseError(ErrorCodes.InvalidRequest, zh ? '光标不在实体上。' : 'There is no entity here.');
    const file = uriToPath(doc.uri) ?? null;
    const targets: RenameTarget[] = [{ uri: doc.uri, version: doc.version, text: doc.getText(), places: livePlaces(doc, a, at.names), current: true }];
    // other articles only where the client can ask the user to confirm them first
    const ix = session.abilities.changeAnnotations && session.abilities.documentChanges ? workspace.indexer()?.index : undefined;
    for (const [other, places] of ix?.references(at.names) ?? []) {
      if (other === file) continue;
      const uri = workspace.uriOf(other);
      const open = session.documents.get(uri);
      const text = open ? open.getText() : readText(other);
      if (text !== null) targets.push({ uri, version: open ? open.version : null, text, places, current: false });
    }
    const edit = renameEdit(targets, at.mention.text, newName, session.lang(), !!ix);
    if (!session.abilities.documentChanges) return { changes: Object.fromEntries((edit.documentChanges ?? []).map((c) => ('edits' in c ? [c.textDocument.uri, c.edits] : []))) };
    return edit;
  });
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** The lines of `text` at `lines`, clipped for a tree item. */
function linesOf(text: string | null, lines: number[]): string[] {
  if (text === null) return lines.map(() => '');
  const starts = lineStarts(text);
  return lines.map((l) => text.slice(starts[l] ?? text.length, (starts[l + 1] ?? text.length + 1) - 1).replace(/\r$/, '').trim().slice(0, 200));
}

function entityArticles(session: Session, workspace: WorkspaceChannel, key: unknown): EntityArticlesResult {
  const ix = workspace.indexer()?.index;
  const row = typeof key === 'string' ? ix?.rows().find((r) => r.key === key) : undefined;
  if (!ix || !row) return { articles: [] };
  const byFile = ix.references([row.name, ...row.aliases]);
  return {
    articles: row.articles
      .filter((f) => byFile.has(f))
      .slice(0, 200)
      .map((file) => {
        const places = byFile.get(file)!;
        const uri = workspace.uriOf(file);
        const lines = linesOf(session.documents.get(uri)?.getText() ?? readText(file), places.map((p) => p.line));
        return { uri, title: ix.summaryOf(file)?.title ?? '', places: places.map((p, i) => ({ range: { start: { line: p.line, character: p.character }, end: { line: p.line, character: p.character + p.length } }, line: lines[i] })) };
      }),
  };
}

function factCheckQueue(workspace: WorkspaceChannel): FactCheckQueueResult {
  const groups = new Map<string, FactCheckQueueResult['verdicts'][number]['items']>();
  for (const [file, title, v] of workspace.indexer()?.index.verdicts() ?? []) {
    const items = groups.get(v.verdict) ?? [];
    groups.set(v.verdict, items);
    items.push({ uri: workspace.uriOf(file), title, range: { start: { line: v.line, character: v.character }, end: { line: v.endLine, character: v.endCharacter } }, text: v.text, ...(v.note ? { note: v.note } : {}) });
  }
  const claims = workspace.indexer()?.index.unreviewedClaims(UNREVIEWED_SHOWN) ?? [];
  const unreviewed = claims.map(([file, title, c]) => ({ uri: workspace.uriOf(file), title, range: { start: { line: c.line, character: c.character }, end: { line: c.endLine, character: c.endCharacter } }, text: c.text, note: c.kinds.join(', ') }));
  return { verdicts: [...groups].map(([verdict, items]) => ({ verdict, items })), unreviewed };
}
