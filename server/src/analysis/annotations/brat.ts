/**
 * brat standoff export (`.ann` beside the article as `.txt`): T lines with CODE-POINT offsets for
 * entities and annotated spans, A lines for verdicts, AnnotatorNotes for notes and sources.
 * brat rules followed: the text field equals the text at the offsets; a span never contains a line
 * break, so a span across lines becomes fragments `0 5;6 10` whose texts are joined by one space.
 */
import type { ArticleAnalysis, EntityType, Span } from '../types';
import { createCodePointIndex, type CodePointIndex } from './codePoints';
import { anchorAll } from './incremental';
import { readBody, type Annotation } from './webAnnotation';

const ENTITY_TYPES: Record<EntityType, string> = { person: 'Person', place: 'Place', organization: 'Organization' };

/** The brat `annotation.conf` these files use (entities, the Claim span, the Verdict attribute). */
export const BRAT_CONFIG = [
  '[entities]', 'Person', 'Place', 'Organization', 'Claim', 'Note', '[relations]', '[events]',
  '[attributes]', 'Verdict Arg:Claim, Value:true|mostly-true|misleading|false|unverifiable',
].join('\n');

/**
 * The `.ann` text for an article: `中国国防部长董军…` with a `false` verdict on `董军16日晚` →
 * `T1\tPerson 6 8\t董军` … `T5\tClaim 6 12\t董军16日晚`, `A1\tVerdict T5 false`, `#1\tAnnotatorNotes T5\t…`.
 * Orphaned annotations (not found in `text`) are left out.
 */
export function toBrat(text: string, analysis: Pick<ArticleAnalysis, 'mentions'>, annotations: Annotation[]): string {
  const index = createCodePointIndex(text);
  const lines: string[] = [];
  const seen = new Map<string, string>();
  let t = 0;
  let a = 0;
  let n = 0;
  const addSpan = (type: string, span: Span): string => {
    const key = `${type} ${span.start} ${span.end}`;
    const known = seen.get(key);
    if (known) return known;
    const id = `T${++t}`;
    const line = toTextBound(text, index, span);
    if (!line) return '';
    lines.push(`${id}\t${type} ${line}`);
    seen.set(key, id);
    return id;
  };
  for (const m of analysis.mentions.slice().sort((x, y) => x.start - y.start || x.end - y.end)) addSpan(ENTITY_TYPES[m.type], m);
  for (const { annotation, anchor } of anchorAll(text, annotations)) {
    if (!anchor.span) continue;
    const body = readBody(annotation);
    const id = addSpan(bratType(body.verdict ? 'Claim' : body.tag ?? 'Note'), anchor.span);
    if (!id) continue;
    if (body.verdict) lines.push(`A${++a}\tVerdict ${id} ${body.verdict}`);
    const note = [body.note ?? '', ...(body.sources ?? [])].filter(Boolean).join(' ').replace(/[\t\r\n]+/g, ' ');
    if (note) lines.push(`#${++n}\tAnnotatorNotes ${id}\t${note}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * `Type`-less middle and text fields of a T line for a UTF-16 span, split at line breaks and in code
 * points: `toTextBound('甲\n乙', index, {start: 0, end: 3})` → `0 1;2 3\t甲 乙`; '' when only line breaks.
 */
export function toTextBound(text: string, index: CodePointIndex, span: Span): string {
  const fragments: Span[] = [];
  let start = -1;
  for (let i = span.start; i <= span.end; i++) {
    const c = i < span.end ? text.charCodeAt(i) : 10;
    const isBreak = c === 10 || c === 13;
    if (!isBreak && start < 0) start = i;
    if (isBreak && start >= 0) {
      fragments.push({ start, end: i });
      start = -1;
    }
  }
  if (fragments.length === 0) return '';
  const offsets = fragments.map((f) => `${index.toCodePoint(f.start)} ${index.toCodePoint(f.end)}`).join(';');
  return `${offsets}\t${fragments.map((f) => text.slice(f.start, f.end)).join(' ')}`;
}

/** A brat type name from a tag: `person` → `Person`, `not-entity` → `Not_entity` (brat types have no spaces or hyphens). */
function bratType(tag: string): string {
  const known = ENTITY_TYPES[tag as EntityType];
  if (known) return known;
  const clean = tag.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'Tag';
  return clean[0].toUpperCase() + clean.slice(1);
}
