// The workspace's articles as one knowledge base: which entities appear in which article and where,
// and every fact-check verdict. Pure data: the files, the workers and the persistence live in
// node/workspaceIndexer.ts; this is what they fill and what workspace/symbol, references, rename, the
// sidebar and `newslens index` read.
import { EntityTable, type EntityRow } from './entityTable';
import { fold, rankFolded } from './fuzzy';
import type { ArticleSummary, ClaimSummary, EntitySummary, VerdictSummary } from './summary';

export { keyOf, type EntityRow } from './entityTable';

/** A place in an article: a line, a character and a length (UTF-16). */
export interface Place {
  line: number;
  character: number;
  length: number;
  /** The name as written there (`古普塔`). */
  text: string;
}

interface FileEntry {
  hash: string;
  verdicts: VerdictSummary[];
}

/** The persisted form: see {@link WorkspaceIndex.toJSON}. */
export interface IndexData {
  files: [string, string, VerdictSummary[]][];
  summaries: [string, ArticleSummary][];
}

export class WorkspaceIndex {
  readonly #files = new Map<string, FileEntry>();
  readonly #summaries = new Map<string, { summary: ArticleSummary; users: number }>();
  /** Every name and alias → the articles that have it. */
  readonly #byName = new Map<string, string | Set<string>>();
  readonly #table = new EntityTable();
  #rows: EntityRow[] | null = null;
  /** Per row, its names folded for matching (built with the rows); per article, its folded title. */
  #folded: string[][] | null = null;
  #titles: [string, string, string, number][] | null = null;
  get articleCount(): number {
    return this.#files.size;
  }
  get entityCount(): number {
    return this.#rows ? this.#rows.length : this.#table.count();
  }
  uris(): IterableIterator<string> {
    return this.#files.keys();
  }
  hashOf(uri: string): string | undefined {
    return this.#files.get(uri)?.hash;
  }
  summaryOf(uri: string): ArticleSummary | undefined {
    const f = this.#files.get(uri);
    return f && this.#summaries.get(f.hash)?.summary;
  }
  /** The summary of any file with this content, so identical content is analysed once. */
  summaryByHash(hash: string): ArticleSummary | undefined {
    return this.#summaries.get(hash)?.summary;
  }

  set(uri: string, hash: string, summary: ArticleSummary, verdicts: VerdictSummary[] = this.#files.get(uri)?.verdicts ?? []): void {
    this.delete(uri);
    const held = this.#summaries.get(hash);
    if (held) held.users++;
    else this.#summaries.set(hash, { summary, users: 1 });
    this.#files.set(uri, { hash, verdicts });
    const entities = this.summaryOf(uri)!.entities;
    for (const e of entities) {
      this.#nameAdd(e.name, uri);
      for (const alias of e.aliases) this.#nameAdd(alias, uri);
    }
    this.#table.add(uri, entities);
    this.#changed();
  }

  setVerdicts(uri: string, verdicts: VerdictSummary[]): void {
    const f = this.#files.get(uri);
    if (!f) return;
    f.verdicts = verdicts;
  }

  delete(uri: string): boolean {
    const f = this.#files.get(uri);
    if (!f) return false;
    const held = this.#summaries.get(f.hash)!;
    for (const e of held.summary.entities) {
      this.#nameDelete(e.name, uri);
      for (const alias of e.aliases) this.#nameDelete(alias, uri);
    }
    this.#table.remove(uri, held.summary.entities);
    if (--held.users === 0) this.#summaries.delete(f.hash);
    this.#files.delete(uri);
    this.#changed();
    return true;
  }

  /** The entities of the workspace, most articles first; an article's short name joins the one long name it stands for. */
  rows(): EntityRow[] {
    this.#rows ??= this.#table.rows();
    return this.#rows;
  }

  /** Entities matching `query` (fuzzy, see workspace/fuzzy.ts), best match first, then most articles. */
  search(query: string, limit: number): EntityRow[] {
    const rows = this.rows();
    this.#folded ??= rows.map((r) => [r.name, ...r.aliases].map(fold));
    const q = fold(query);
    // rows are in order of article count already: a bucket per rank keeps that order within each rank
    const buckets: EntityRow[][] = [[], [], [], []];
    for (let i = 0; i < rows.length; i++) {
      let best: number | null = null;
      for (const n of this.#folded[i]) {
        const r = rankFolded(q, n);
        if (r !== null && (best === null || r < best)) best = r;
        if (best === 0) break;
      }
      if (best !== null && buckets[best].length < limit) buckets[best].push(rows[i]);
    }
    return buckets.flat().slice(0, limit);
  }

  /** Article titles matching `query`: `[uri, title, line]`. */
  searchTitles(query: string, limit: number): [string, string, number][] {
    this.#titles ??= [...this.#files.keys()].map((uri) => {
      const s = this.summaryOf(uri)!;
      return [uri, s.title, fold(s.title), s.titleLine] as [string, string, string, number];
    });
    const q = fold(query);
    const buckets: [string, string, number][][] = [[], [], [], []];
    for (const [uri, title, folded, line] of this.#titles) {
      const r = title ? rankFolded(q, folded) : null;
      if (r !== null && buckets[r].length < limit) buckets[r].push([uri, title, line]);
    }
    return buckets.flat().slice(0, limit);
  }

  /** Every mention, in every article, of an entity known by any of `names` (aliases included), grouped by article. */
  references(names: Iterable<string>): Map<string, Place[]> {
    const wanted = new Set(names);
    const out = new Map<string, Place[]>();
    const uris = new Set<string>();
    for (const n of wanted) {
      const held = this.#byName.get(n);
      if (typeof held === 'string') uris.add(held);
      else for (const uri of held ?? []) uris.add(uri);
    }
    for (const uri of [...uris].sort()) {
      const places: Place[] = [];
      for (const e of this.summaryOf(uri)!.entities) if ([e.name, ...e.aliases].some((n) => wanted.has(n))) places.push(...placesOf(e));
      places.sort((a, b) => a.line - b.line || a.character - b.character);
      if (places.length) out.set(uri, places);
    }
    return out;
  }

  /** Every verdict: `[uri, title, verdict]`, articles in path order. */
  verdicts(): [string, string, VerdictSummary][] {
    const out: [string, string, VerdictSummary][] = [];
    for (const uri of [...this.#files.keys()].sort()) for (const v of this.#files.get(uri)!.verdicts) out.push([uri, this.summaryOf(uri)!.title, v]);
    return out;
  }

  /**
   * The claims no verdict covers yet, best first across the workspace: `[uri, title, claim]`. A verdict
   * on any part of a claim's sentence counts as reviewing it.
   */
  unreviewedClaims(limit: number): [string, string, ClaimSummary][] {
    const out: [string, string, ClaimSummary][] = [];
    for (const [uri, f] of this.#files) {
      const s = this.#summaries.get(f.hash)!.summary;
      for (const c of s.claims ?? []) if (!f.verdicts.some((v) => overlaps(v, c))) out.push([uri, s.title, c]);
    }
    return out.sort((a, b) => b[2].score - a[2].score || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2].line - b[2].line)).slice(0, limit);
  }

  /** The persisted form: files with their content hash and verdicts, and each distinct summary once. */
  toJSON(): IndexData {
    return {
      files: [...this.#files].map(([uri, f]) => [uri, f.hash, f.verdicts]),
      summaries: [...this.#summaries].map(([hash, s]) => [hash, s.summary]),
    };
  }

  static fromJSON(data: IndexData): WorkspaceIndex {
    const index = new WorkspaceIndex();
    const summaries = new Map(data.summaries);
    for (const [uri, hash, verdicts] of data.files) {
      const s = summaries.get(hash);
      if (s) index.set(uri, hash, s, verdicts);
    }
    return index;
  }

  /** Most names are in one article: they hold its key alone, a Set only from the second (a third of the memory and time). */
  #nameAdd(name: string, uri: string): void {
    const held = this.#byName.get(name);
    if (held === undefined) this.#byName.set(name, uri);
    else if (typeof held === 'string') {
      if (held !== uri) this.#byName.set(name, new Set([held, uri]));
    } else held.add(uri);
  }

  #nameDelete(name: string, uri: string): void {
    const held = this.#byName.get(name);
    if (held === uri) this.#byName.delete(name);
    else if (typeof held === 'object') {
      held.delete(uri);
      if (held.size === 0) this.#byName.delete(name);
    }
  }

  #changed(): void {
    this.#rows = null;
    this.#folded = null;
    this.#titles = null;
  }
}

export function placesOf(e: EntitySummary): Place[] {
  const names = [e.name, ...e.aliases];
  const out: Place[] = [];
  for (let i = 0; i + 3 < e.mentions.length; i += 4) out.push({ line: e.mentions[i], character: e.mentions[i + 1], length: e.mentions[i + 2], text: names[e.mentions[i + 3]] ?? e.name });
  return out;
}

type Stretch = { line: number; character: number; endLine: number; endCharacter: number };

/** Whether two line/character stretches share at least one character. */
function overlaps(a: Stretch, b: Stretch): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  return !before(a.endLine, a.endCharacter, b.line, b.character) && !before(b.endLine, b.endCharacter, a.line, a.character);
}
