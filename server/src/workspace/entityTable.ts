// The workspace's entities, kept up to date article by article: adding or removing an article costs
// its own entities, not a pass over the workspace, and the rows (grouped across articles, a short name
// folded into the one long name it stands for) are built from these counts.
import type { EntityType } from '../analysis/types';
import type { EntitySummary } from './summary';

/** An entity across the workspace: `苏拉布·古普塔` (alias `古普塔`), person, in 3 articles, 11 mentions. */
export interface EntityRow {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** The articles it appears in, most mentions first. */
  articles: string[];
  mentions: number;
  /** Its first mention in the article with most mentions: `[uri, line, character, length]`. */
  first: [string, number, number, number];
}

export const keyOf = (type: EntityType, name: string): string => `${type}\t${name}`;

/** Per article: `[mentions, line, character, length]` of its first mention (a flat array: tens of thousands of these). */
type PerArticle = [number, number, number, number];

interface Acc {
  name: string;
  type: EntityType;
  /** Alias → how many article groups give it; made on the first alias (most names have none). */
  aliases?: Map<string, number>;
  perArticle: Map<string, PerArticle>;
}

export class EntityTable {
  readonly #acc = new Map<string, Acc>();
  /** `type\talias` → the keys of the names it is an alias of, with how many article groups say so. */
  readonly #owners = new Map<string, Map<string, number>>();

  add(uri: string, entities: EntitySummary[]): void {
    for (const e of entities) {
      const key = keyOf(e.type, e.name);
      let a = this.#acc.get(key);
      if (!a) this.#acc.set(key, (a = { name: e.name, type: e.type, perArticle: new Map() }));
      for (const alias of e.aliases) {
        bump((a.aliases ??= new Map()), alias, 1);
        const k = keyOf(e.type, alias);
        let owners = this.#owners.get(k);
        if (!owners) this.#owners.set(k, (owners = new Map()));
        bump(owners, key, 1);
      }
      if (e.mentions.length >= 4) addTo(a.perArticle, uri, [e.mentions.length / 4, e.mentions[0], e.mentions[1], e.mentions[2]]);
    }
  }

  remove(uri: string, entities: EntitySummary[]): void {
    for (const e of entities) {
      const key = keyOf(e.type, e.name);
      const a = this.#acc.get(key);
      if (!a) continue;
      for (const alias of e.aliases) {
        if (a.aliases) bump(a.aliases, alias, -1);
        const k = keyOf(e.type, alias);
        const owners = this.#owners.get(k);
        if (owners && bump(owners, key, -1) && owners.size === 0) this.#owners.delete(k);
      }
      a.perArticle.delete(uri);
      if (a.perArticle.size === 0 && !a.aliases?.size) this.#acc.delete(key);
    }
  }

  /** Rows, most articles first; a name that is the alias of exactly one other name is folded into it. */
  rows(): EntityRow[] {
    const into = this.#foldTargets();
    const parts = new Map<string, string[]>();
    for (const [key, owner] of into) parts.set(owner, [...(parts.get(owner) ?? []), key]);
    const rows: EntityRow[] = [];
    for (const [key, a] of this.#acc) {
      if (into.has(key) || a.perArticle.size === 0) continue;
      const folded = parts.get(key);
      const per = folded ? new Map(a.perArticle) : a.perArticle;
      const aliases = new Set(a.aliases?.keys());
      for (const k of folded ?? []) {
        const b = this.#acc.get(k)!;
        aliases.add(b.name);
        for (const alias of b.aliases?.keys() ?? []) aliases.add(alias);
        for (const [uri, p] of b.perArticle) addTo(per, uri, p);
      }
      aliases.delete(a.name);
      rows.push(toRow(key, a, aliases, per));
    }
    return rows.sort((x, y) => y.articles.length - x.articles.length || y.mentions - x.mentions || (x.name < y.name ? -1 : 1));
  }

  /** How many rows there are, without building them (the status bar's count, after every change). */
  count(): number {
    const into = this.#foldTargets();
    let n = 0;
    for (const [key, a] of this.#acc) if (a.perArticle.size > 0 && !into.has(key)) n++;
    return n;
  }

  /** Each key that folds into another: its only owner, followed to the end of a chain (no cycles). */
  #foldTargets(): Map<string, string> {
    const direct = new Map<string, string>();
    for (const key of this.#acc.keys()) {
      const owners = this.#owners.get(key);
      if (!owners || owners.size !== 1) continue;
      const owner = owners.keys().next().value as string;
      if (owner !== key && this.#acc.get(owner)?.perArticle.size) direct.set(key, owner);
    }
    const into = new Map<string, string>();
    for (const key of direct.keys()) {
      let target = direct.get(key)!;
      for (let hops = 0; direct.has(target) && hops < 8; hops++) target = direct.get(target)!;
      if (target !== key && !direct.has(target)) into.set(key, target);
    }
    return into;
  }
}

/** Adds `n` to a count, deleting it at zero; true if the key was there. */
function bump<K>(map: Map<K, number>, key: K, n: number): boolean {
  const had = map.get(key);
  const next = (had ?? 0) + n;
  if (next > 0) map.set(key, next);
  else map.delete(key);
  return had !== undefined;
}

function addTo(per: Map<string, PerArticle>, uri: string, p: PerArticle): void {
  const q = per.get(uri);
  if (!q) per.set(uri, p);
  else {
    const earlier = p[1] < q[1] || (p[1] === q[1] && p[2] < q[2]) ? p : q;
    per.set(uri, [q[0] + p[0], earlier[1], earlier[2], earlier[3]]);
  }
}

function toRow(key: string, a: Acc, aliases: Set<string>, per: Map<string, PerArticle>): EntityRow {
  const articles = [...per].sort((x, y) => y[1][0] - x[1][0] || (x[0] < y[0] ? -1 : 1));
  const [uri, top] = articles[0];
  let mentions = 0;
  for (const [, p] of articles) mentions += p[0];
  return { key, name: a.name, type: a.type, aliases: [...aliases], articles: articles.map((x) => x[0]), mentions, first: [uri, top[1], top[2], top[3]] };
}
