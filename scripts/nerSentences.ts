// Training sentences for the entity model (scripts/trainEntities.ts): BIOES tag ids, and the
// sentences of an article annotated by the project's guideline (test/fixtures/entities/gold).
export interface Sentence { text: string; gold: Uint8Array }
export type Type = 'PER' | 'LOC' | 'ORG';
const TYPE_ID: Record<Type, number> = { PER: 0, LOC: 1, ORG: 2 };

/** BIOES tag ids from per-unit entity types and starts (`type` null = outside). */
export function toBioes(types: (Type | null)[], begins: boolean[]): Uint8Array {
  const n = types.length, out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = types[i];
    if (!t) continue;
    const first = begins[i] || i === 0 || types[i - 1] !== t;
    const last = i + 1 === n || types[i + 1] !== t || begins[i + 1];
    const role = first && last ? 3 : first ? 0 : last ? 2 : 1;
    out[i] = 1 + TYPE_ID[t] * 4 + role;
  }
  return out;
}

const GOLD_TYPE: Record<string, Type> = { person: 'PER', place: 'LOC', organization: 'ORG' };
export interface GoldEntity { text: string; type: string; optional?: boolean }

/**
 * Sentences of one hand-annotated article: every occurrence of an entry's text is tagged, required
 * entries first and longer before shorter, an optional entry only over characters still free (so a
 * joined `湖南永州` gives way to its required `永州`, as the guideline scores it). An optional entry,
 * debatable by the guideline, is tagged (`tag`), left outside but still holding its characters
 * (`outside`: `湖南永州` keeps `湖南` from being tagged inside it), or keeps its sentence out of the data
 * (`skip`). Image lines are left out; paragraphs are cut after 。！？ so that sentences are as long as
 * the other data's.
 */
export function annotatedSentences(text: string, entities: GoldEntity[], optional: 'tag' | 'outside' | 'skip' = 'outside'): Sentence[] {
  const order = [...entities].filter((e) => GOLD_TYPE[e.type] && e.text.length > 0)
    .sort((a, b) => Number(!!a.optional) - Number(!!b.optional) || b.text.length - a.text.length);
  const out: Sentence[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('![') || !line.trim()) continue;
    for (const piece of line.match(/[^。！？]+[。！？]*/g) ?? []) {
      const types: (Type | null)[] = new Array(piece.length).fill(null), begins: boolean[] = new Array(piece.length).fill(false);
      const held: boolean[] = new Array(piece.length).fill(false);
      let debatable = false;
      for (const e of order) {
        for (let at = piece.indexOf(e.text); at >= 0; at = piece.indexOf(e.text, at + 1)) {
          const end = at + e.text.length;
          if (held.slice(at, end).some((h) => h)) continue;
          if (e.optional) debatable = true;
          for (let i = at; i < end; i++) { types[i] = GOLD_TYPE[e.type]; held[i] = true; }
          begins[at] = true;
          if (e.optional && optional !== 'tag') for (let i = at; i < end; i++) types[i] = null;
        }
      }
      if (!(debatable && optional === 'skip')) out.push({ text: piece, gold: toBioes(types, begins) });
    }
  }
  return out;
}

