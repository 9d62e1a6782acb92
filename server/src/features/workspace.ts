// The workspace index as LSP answers: Go to Symbol in Workspace, Find All References and Rename of an
// entity, and the sidebar's rows. Pure: the index, the open article's analysis and the texts of the
// files to edit come in; the LSP shapes go out.
import { SymbolKind, type Location, type Range, type SymbolInformation, type WorkspaceEdit, type TextEdit, type AnnotatedTextEdit } from 'vscode-languageserver';
import type { ArticleAnalysis, EntityMention, EntityType } from '../analysis/types';
import type { DocumentSnapshot } from '../documents/snapshot';
import type { Place, WorkspaceIndex } from '../workspace/workspaceIndex';
import type { WorkspaceEntitiesResult } from '../common/workspaceProtocol';
import { lineStarts } from '../workspace/summary';

const TYPE_LABEL: Record<EntityType, { zh: string; en: string }> = {
  person: { zh: '人物', en: 'person' },
  place: { zh: '地点', en: 'place' },
  organization: { zh: '机构', en: 'organization' },
};

/** `人物 · 3 篇` / `person · 3 articles`: what Ctrl+T shows beside an entity. */
export function entityDetail(type: EntityType, articles: number, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${TYPE_LABEL[type].zh} · ${articles} 篇` : `${TYPE_LABEL[type].en} · ${articles} article${articles === 1 ? '' : 's'}`;
}

const placeRange = (p: { line: number; character: number; length: number }): Range => ({ start: { line: p.line, character: p.character }, end: { line: p.line, character: p.character + p.length } });

/** Entities, then article titles, matching `query`; `uriOf` turns an index key (a path) into the URI the client knows. */
export function provideWorkspaceSymbols(index: WorkspaceIndex, query: string, lang: 'zh' | 'en', uriOf: (file: string) => string, limit = 200): SymbolInformation[] {
  const entities = index.search(query, limit).map((row): SymbolInformation => {
    const [file, line, character, length] = row.first;
    return { name: row.name, kind: SymbolKind.Object, location: { uri: uriOf(file), range: placeRange({ line, character, length }) }, containerName: entityDetail(row.type, row.articles.length, lang) };
  });
  const titles = index.searchTitles(query, Math.max(0, limit - entities.length)).map(([file, title, line]): SymbolInformation => ({
    name: title,
    kind: SymbolKind.File,
    location: { uri: uriOf(file), range: { start: { line: Math.max(0, line), character: 0 }, end: { line: Math.max(0, line), character: 0 } } },
    containerName: lang === 'zh' ? '文章标题' : 'article title',
  }));
  return [...entities, ...titles];
}

/** The entity mention at `offset` and every name its group goes by (`古普塔` → `苏拉布·古普塔`, `古普塔`). */
export function entityAt(a: Pick<ArticleAnalysis, 'mentions' | 'entities'>, offset: number): { mention: EntityMention; names: string[] } | null {
  const mention = a.mentions.find((m) => m.start <= offset && offset <= m.end);
  if (!mention) return null;
  const group = a.entities.find((e) => e.id === mention.entityId);
  return { mention, names: group ? [group.name, ...group.aliases] : [mention.text] };
}

/** One article's places of an entity in an open document, from its live analysis. */
export function livePlaces(doc: DocumentSnapshot, a: Pick<ArticleAnalysis, 'mentions' | 'entities'>, names: string[]): Place[] {
  const wanted = new Set(names);
  const ids = new Set(a.entities.filter((e) => [e.name, ...e.aliases].some((n) => wanted.has(n))).map((e) => e.id));
  return a.mentions
    .filter((m) => m.entityId !== undefined && ids.has(m.entityId))
    .map((m) => {
      const p = doc.positionAt(m.start);
      return { line: p.line, character: p.character, length: m.end - m.start, text: m.text };
    });
}

/** Find All References: the current article's places (from its live analysis) first, then every other article's from the index. */
export function referenceLocations(current: { uri: string; file: string | null; places: Place[] }, index: WorkspaceIndex, names: string[], uriOf: (file: string) => string): Location[] {
  const out: Location[] = current.places.map((p) => ({ uri: current.uri, range: placeRange(p) }));
  for (const [file, places] of index.references(names)) if (file !== current.file) for (const p of places) out.push({ uri: uriOf(file), range: placeRange(p) });
  return out;
}

export const RENAME_HERE = 'newslens.rename.here';
export const RENAME_ELSEWHERE = 'newslens.rename.elsewhere';

export interface RenameTarget {
  uri: string;
  /** The open document's version, or null for a file on disk. */
  version: number | null;
  /** The file's current text, to check each place still says what the index recorded. */
  text: string;
  places: Place[];
  current: boolean;
}

/**
 * Rename `oldName` to `newName` wherever a mention contains it (`古普塔` → `古帕塔` also makes
 * `苏拉布·古帕塔`). Edits in the current article need no confirmation; edits in other articles carry a
 * change annotation that needs confirmation, so VS Code shows them in the refactor preview first. A
 * place whose text no longer matches (the file changed since it was indexed) is skipped.
 */
export function renameEdit(targets: RenameTarget[], oldName: string, newName: string, lang: 'zh' | 'en', annotations: boolean): WorkspaceEdit {
  const documentChanges = [];
  let others = 0;
  for (const t of targets) {
    const starts = lineStarts(t.text);
    const edits: (TextEdit | AnnotatedTextEdit)[] = [];
    for (const p of t.places) {
      const at = (starts[p.line] ?? -1) + p.character;
      const inside = t.text.slice(at, at + p.length).indexOf(oldName);
      if (at < 0 || t.text.slice(at, at + p.length) !== p.text || inside < 0) continue;
      const range = placeRange({ line: p.line, character: p.character + inside, length: oldName.length });
      edits.push(annotations ? { range, newText: newName, annotationId: t.current ? RENAME_HERE : RENAME_ELSEWHERE } : { range, newText: newName });
    }
    if (!edits.length) continue;
    if (!t.current) others++;
    documentChanges.push({ textDocument: { uri: t.uri, version: t.version }, edits: dedupe(edits) });
  }
  if (!annotations) return { documentChanges };
  const here = lang === 'zh' ? '本文中的提及' : 'Mentions in this article';
  const elsewhere = lang === 'zh' ? `其他 ${others} 篇文章中的提及` : `Mentions in ${others} other article${others === 1 ? '' : 's'}`;
  return {
    documentChanges,
    changeAnnotations: {
      [RENAME_HERE]: { label: here, needsConfirmation: false },
      [RENAME_ELSEWHERE]: { label: elsewhere, needsConfirmation: true, description: lang === 'zh' ? '请确认后再改动其他文章' : 'Confirm before changing other articles' },
    },
  };
}

function dedupe<T extends TextEdit>(edits: T[]): T[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const k = `${e.range.start.line}:${e.range.start.character}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The sidebar's entity rows of each type (most articles first), at most `limit` per type. */
export function entityRows(index: WorkspaceIndex, types: EntityType[], limit: number): WorkspaceEntitiesResult {
  return {
    types: types.map((type) => {
      const all = index.rows().filter((r) => r.type === type);
      return { type, total: all.length, rows: all.slice(0, limit).map((r) => ({ key: r.key, name: r.name, type: r.type, aliases: r.aliases, mentions: r.mentions, articles: r.articles.length })) };
    }),
  };
}
