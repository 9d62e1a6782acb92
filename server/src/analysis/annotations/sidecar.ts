/**
 * The sidecar file and the W3C export are one format: an `AnnotationCollection` (JSON-LD, context
 * http://www.w3.org/ns/anno.jsonld) with every annotation in an embedded first page.
 */
import { ANNO_CONTEXT, type Annotation } from './webAnnotation';
import { isObject, hasType, toAnnotation } from './validate';

/** A parsed sidecar: the annotations, the article it names, or the reason it could not be read. */
export interface SidecarContents {
  annotations: Annotation[];
  /** The collection's article (`target.source` of the first annotation), if any. */
  source?: string;
  /** Set when the text is not a valid sidecar; then `annotations` is empty and the file must be left alone. */
  error?: string;
}

export interface SerializeOptions {
  /** The article; fills every empty `target.source` and names the collection. */
  source?: string;
  /** The collection IRI; default `urn:newslens:annotations:<source>`. */
  id?: string;
}

/**
 * Reads a sidecar or an imported W3C JSON-LD file (a collection, a page, a list or one annotation);
 * never throws: `parseSidecar('{')` → `{annotations: [], error: 'not JSON: …'}`;
 * `parseSidecar('{"type":"AnnotationCollection","first":{"items":[{…董军…}]}}')` → `{annotations: [a]}`.
 */
export function parseSidecar(json: string): SidecarContents {
  // Windows editors (Notepad, PowerShell's UTF8 encoding) start UTF-8 files with a byte order mark.
  if (json.charCodeAt(0) === 0xfeff) json = json.slice(1);
  if (!json.trim()) return { annotations: [], error: 'the file is empty' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { annotations: [], error: `not JSON: ${(e as Error).message}` };
  }
  const items = itemsOf(data);
  if ('error' in items) return { annotations: [], error: items.error };
  const annotations: Annotation[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < items.list.length; i++) {
    const r = toAnnotation(items.list[i], `${items.where}[${i}]`);
    if ('error' in r) return { annotations: [], error: r.error };
    if (ids.has(r.value.id)) return { annotations: [], error: `${items.where}[${i}]: duplicate id ${r.value.id}` };
    ids.add(r.value.id);
    annotations.push(r.value);
  }
  const source = annotations.find((a) => a.target.source)?.target.source;
  return source === undefined ? { annotations } : { annotations, source };
}

function itemsOf(data: unknown): { list: unknown[]; where: string } | { error: string } {
  if (Array.isArray(data)) return { list: data, where: 'annotations' };
  if (!isObject(data)) return { error: 'expected an AnnotationCollection object' };
  if (hasType(data, 'Annotation')) return { list: [data], where: 'annotation' };
  if (hasType(data, 'AnnotationPage')) return Array.isArray(data.items) ? { list: data.items, where: 'items' } : { error: 'AnnotationPage has no "items" list' };
  if (!hasType(data, 'AnnotationCollection')) return { error: `"type" must be AnnotationCollection, not ${JSON.stringify(data.type)}` };
  if (data.first === undefined) return { list: [], where: 'first.items' };
  if (!isObject(data.first)) return { error: '"first" must be an embedded AnnotationPage (a link to another page is not supported)' };
  if (!Array.isArray(data.first.items)) return { error: '"first.items" is not a list' };
  return { list: data.first.items, where: 'first.items' };
}

/**
 * Writes annotations as a W3C `AnnotationCollection` (the sidecar and the `w3c` export):
 * `serializeSidecar([a], {source: 'seeds/董军.txt'})` → `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", …}`.
 */
export function serializeSidecar(annotations: Annotation[], options: SerializeOptions = {}): string {
  return `${JSON.stringify(toAnnotationCollection(annotations, options), null, 2)}\n`;
}

/** The collection object behind {@link serializeSidecar}: `toAnnotationCollection([a]).total` → 1. */
export function toAnnotationCollection(annotations: Annotation[], options: SerializeOptions = {}): Record<string, unknown> {
  const source = options.source ?? annotations.find((a) => a.target.source)?.target.source ?? '';
  const items = annotations.map((a) => (a.target.source || !source ? a : { ...a, target: { ...a.target, source } }));
  return {
    '@context': ANNO_CONTEXT,
    id: options.id ?? `urn:newslens:annotations:${encodeURIComponent(source)}`,
    type: 'AnnotationCollection',
    label: source ? `NewsLens annotations of ${source}` : 'NewsLens annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** What {@link mergeAnnotations} did: how many were added, replaced by a newer version, or already present. */
export interface MergeResult {
  annotations: Annotation[];
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merges imported annotations into existing ones by `id`; the later `modified` wins, order is kept:
 * `mergeAnnotations([a], [a2 (same id, newer), b])` → `{annotations: [a2, b], added: 1, updated: 1, unchanged: 0}`.
 */
export function mergeAnnotations(existing: Annotation[], imported: Annotation[]): MergeResult {
  const out = existing.slice();
  const at = new Map(out.map((a, i) => [a.id, i]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const a of imported) {
    const i = at.get(a.id);
    if (i === undefined) {
      at.set(a.id, out.push(a) - 1);
      added++;
    } else if (JSON.stringify(out[i]) === JSON.stringify(a) || Date.parse(out[i].modified) > Date.parse(a.modified)) {
      unchanged++;
    } else {
      out[i] = a;
      updated++;
    }
  }
  return { annotations: out, added, updated, unchanged };
}

/** What {@link mergeSidecar} did: the annotations to write, and how many of them came from the other writer. */
export interface SidecarMerge {
  annotations: Annotation[];
  /** Added or edited by the other writer and taken over. */
  theirs: number;
  /** Removed by the other writer and left out here too. */
  removed: number;
}

/**
 * Three-way merge by `id` of a sidecar that another writer (a second window) changed since we read it.
 * `base` is what we last read or wrote, `mine` what we are about to write, `theirs` what is on disk now.
 * A change is a change of anything but the target (re-anchoring is not an edit). Per id: a change on
 * one side only wins; changes on both sides: the later `modified` wins, ours on a tie; ours when neither
 * changed (our selectors fit our text). A removal wins over an unchanged copy and loses to an edit, on
 * either side; an annotation added on either side is kept. Ours keep their order, theirs follow:
 * `mergeSidecar([a, b], [a, b, c], [a2 (edited), d])` → `{annotations: [a2, c, d], theirs: 2, removed: 1}` (b removed there).
 */
export function mergeSidecar(base: Annotation[], mine: Annotation[], theirs: Annotation[]): SidecarMerge {
  const baseOf = new Map(base.map((a) => [a.id, a]));
  const theirsOf = new Map(theirs.map((a) => [a.id, a]));
  const mineIds = new Set(mine.map((a) => a.id));
  const changed = (a: Annotation, was: Annotation | undefined) => !was || contentOf(a) !== contentOf(was);
  const out: Annotation[] = [];
  let taken = 0;
  let removed = 0;
  for (const m of mine) {
    const b = baseOf.get(m.id);
    const t = theirsOf.get(m.id);
    if (!t) {
      if (b && !changed(m, b)) removed++;
      else out.push(m);
    } else if (changed(t, b) && (!changed(m, b) || Date.parse(t.modified) > Date.parse(m.modified))) {
      out.push(t);
      taken++;
    } else out.push(m);
  }
  for (const t of theirs) {
    if (mineIds.has(t.id)) continue;
    const b = baseOf.get(t.id);
    if (b && !changed(t, b)) continue; // removed here, untouched there
    out.push(t);
    taken++;
  }
  return { annotations: out, theirs: taken, removed };
}

function contentOf(a: Annotation): string {
  return JSON.stringify({ ...a, target: undefined });
}
