import type { Block, Entity, EntityMention, Finding, Quote } from '../types';
import type { Memo } from '../reuse/memoTable';
import { findNameVariants, type NameVariantMemo } from './nameVariants';
import { findOpenMarks, unitEnd } from './spans';
import { findUnitQuotes, type Carry, type QuoteUnit, type UnitInput, type UnitRecord } from './units';
import { BEFORE, type BlockMap } from '../reuse/blockMap';

export type { QuoteUnit, UnitRecord } from './units';
export type { NameVariantMemo } from './nameVariants';

/** Reuse across analyses of one document (see `units.ts`). */
export interface QuoteOptions {
  /** Unit results from earlier analyses. */
  memo?: Memo<QuoteUnit>;
  /** `findOpenMarks` of each block's content, if already known (cached with the paragraph). */
  openMarks?: readonly string[];
  /** Short stand-ins for the blocks' content texts in memo keys (`CachedParagraph.key`). */
  keys?: readonly string[];
  /** The last analysis's number and units (by first block), and how its blocks line up with these. */
  reuse?: { map: BlockMap; previous: readonly (UnitRecord | null)[]; run: number };
  /** This analysis's number within the document's cache: results placed by earlier ones are moved in place. */
  run?: number;
  /** The last name-variant findings, and this analysis's entities (see `NameVariantMemo`). */
  variants?: { memo: NameVariantMemo; entities: readonly Entity[] };
}

/**
 * Quotes of the article with kind and speaker, and the sourcing findings:
 * `古普塔表示：“我完全期待……”` → one speech quote, speaker `古普塔`, via `verb-before`;
 * `有舆论认为，……` → `source.vague`. `blocks` are the prose blocks (title, headings, paragraphs);
 * `mentions` are entity mentions in document offsets, grouped by `entityId`.
 */
export function findQuotes(text: string, blocks: Block[], mentions: EntityMention[], options: QuoteOptions = {}): { quotes: Quote[]; findings: Finding[]; records: (UnitRecord | null)[] } {
  const persons = mentions.filter((m) => m.type === 'person');
  // mentions come in document order: sorted already, unless a caller passes them otherwise
  if (!inOrder(persons)) persons.sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  const findings: Finding[] = [];
  let carry: Carry = { last: null, lastPerson: null, inBlock: null };
  // records are kept only for a next analysis, which needs the memo
  const records: (UnitRecord | null)[] = options.memo ? new Array(blocks.length).fill(null) : [];
  const reuse = options.reuse;
  let p = 0;
  // one input object for every unit, refilled (a keystroke in a large article goes through thousands)
  const input: UnitInput = { text, blocks, first: 0, last: 0, keys: options.keys ?? null, persons, from: 0, to: 0, before: null, carry };
  for (let b = 0; b < blocks.length; ) {
    const c = blocks[b].content;
    const open = options.openMarks ? options.openMarks[b] : findOpenMarks(text.slice(c.start, c.end));
    const e = open ? unitEnd(text, blocks, b) : b;
    while (p < persons.length && persons[p].start < c.start) p++;
    let q = p;
    while (q < persons.length && persons[q].start < blocks[e].content.end) q++;
    input.first = b;
    input.last = e;
    input.from = p;
    input.to = q;
    input.before = p > 0 ? persons[p - 1] : null;
    input.carry = carry;
    const old = reuse ? oldUnit(reuse.map, reuse.previous, b, e) : null;
    const u = findUnitQuotes(input, options.memo, old, options.run, old && reuse!.map.region[b] === BEFORE ? reuse!.run : -1, options.memo ? records : undefined);
    for (const x of u.quotes) quotes.push(x);
    for (const x of u.findings) findings.push(x);
    carry = u.carry;
    p = q;
    b = e + 1;
  }
  for (const f of findNameVariants(mentions, options.variants)) findings.push(f);
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes, findings, records };
}

function inOrder(spans: readonly { start: number }[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1].start > spans[i].start) return false;
  return true;
}

/** The last analysis's unit over the same lines as blocks `b`–`e`, all on one side of the edit. */
function oldUnit(map: BlockMap, previous: readonly (UnitRecord | null)[], b: number, e: number): UnitRecord | null {
  const region = map.region[b];
  const j = map.old[b];
  if (!region || j < 0) return null;
  for (let k = b + 1; k <= e; k++) if (map.region[k] !== region || map.old[k] !== j + (k - b)) return null;
  const r = previous[j];
  return r && r.blocks === e - b + 1 ? r : null;
}
