// Fact-check annotations of open documents: loaded from sidecars on open, kept anchored through edits,
// saved atomically after each change. No connection here: server.ts turns results into messages.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  anchorAll,
  createAnnotation,
  editAnnotation,
  mergeAnnotations,
  parseSidecar,
  retarget,
  updateAnchors,
  type AnchoredAnnotation,
  type Annotation,
  type AnnotationBody,
  type TextChange,
} from './analysis/annotations/index';
import type { Span } from './analysis/types';
import { readSidecar, saveAnnotations, sidecarPathForUri, type SidecarLayout } from './node/sidecar';

export interface DocAnnotations {
  /** The sidecar file; null for untitled or non-file documents (nothing is ever written for them). */
  sidecar: string | null;
  anchored: AnchoredAnnotation[];
  /** Why the sidecar could not be read; it is left untouched until fixed. */
  error?: string;
}

export interface AnnotationSettings {
  layout: SidecarLayout;
  workspaceRoot?: string;
  creator: string;
}

/** Outcome of a change: saved, or why not (shown to the user). */
export type ChangeResult = { ok: true; message?: string } | { ok: false; message: string };

export class AnnotationStore {
  #docs = new Map<string, DocAnnotations>();
  #settings: AnnotationSettings;

  constructor(settings: AnnotationSettings) {
    this.#settings = settings;
  }

  configure(settings: AnnotationSettings): void {
    this.#settings = settings;
  }

  /** Loads (or reloads, when the sidecar changed on disk) the annotations of a document. */
  open(uri: string, text: string): DocAnnotations {
    const sidecar = sidecarPathForUri(uri, this.#settings);
    const read = sidecar ? readSidecar(sidecar) : { annotations: [], exists: false };
    const doc: DocAnnotations = { sidecar, anchored: anchorAll(text, read.annotations), error: read.error };
    this.#docs.set(uri, doc);
    return doc;
  }

  get(uri: string): DocAnnotations | undefined {
    return this.#docs.get(uri);
  }

  close(uri: string): void {
    this.#docs.delete(uri);
  }

  /** The document's sidecar paths, to reload a document when its sidecar changes on disk. */
  uriOfSidecar(file: string): string | undefined {
    for (const [uri, d] of this.#docs) if (d.sidecar === file) return uri;
    return undefined;
  }

  /** Keeps anchors current through one didChange (changes in order, offsets before each change). */
  update(uri: string, changes: TextChange[], newText: string): void {
    const doc = this.#docs.get(uri);
    if (doc && doc.anchored.length) doc.anchored = updateAnchors(doc.anchored, changes, newText);
  }

  add(uri: string, text: string, span: Span, body: AnnotationBody): ChangeResult {
    const doc = this.#docs.get(uri);
    if (!doc) return { ok: false, message: 'the document is not open' };
    if (span.end <= span.start) return { ok: false, message: 'select the text to annotate first' };
    const annotation = createAnnotation(text, span, body, this.#settings.creator || 'NewsLens user', new Date());
    return this.#commit(uri, text, [...doc.anchored, { annotation, anchor: { span, status: 'exact', confidence: 1 } }]);
  }

  edit(uri: string, text: string, id: string, body: AnnotationBody): ChangeResult {
    const doc = this.#docs.get(uri);
    const found = doc?.anchored.find((a) => a.annotation.id === id);
    if (!doc || !found) return { ok: false, message: `no annotation ${id}` };
    const annotation = editAnnotation(found.annotation, body, new Date());
    return this.#commit(uri, text, doc.anchored.map((a) => (a === found ? { ...a, annotation } : a)));
  }

  remove(uri: string, text: string, id: string): ChangeResult {
    const doc = this.#docs.get(uri);
    if (!doc || !doc.anchored.some((a) => a.annotation.id === id)) return { ok: false, message: `no annotation ${id}` };
    return this.#commit(uri, text, doc.anchored.filter((a) => a.annotation.id !== id));
  }

  /** Merges a W3C JSON-LD export (an AnnotationCollection or one annotation) into the document's annotations. */
  import(uri: string, text: string, json: string): ChangeResult {
    const parsed = parseSidecar(json);
    if (parsed.error) return { ok: false, message: `cannot import: ${parsed.error}` };
    const doc = this.#docs.get(uri);
    if (!doc) return { ok: false, message: 'the document is not open' };
    const merged = mergeAnnotations(doc.anchored.map((a) => a.annotation), parsed.annotations);
    const r = this.#commit(uri, text, anchorAll(text, merged.annotations));
    return r.ok ? { ok: true, message: `imported: ${merged.added} added, ${merged.updated} updated, ${merged.unchanged} unchanged` } : r;
  }

  /** Saves the anchored annotations with selectors of the current text (on document save too). */
  save(uri: string, text: string): ChangeResult {
    const doc = this.#docs.get(uri);
    return doc ? this.#commit(uri, text, doc.anchored) : { ok: false, message: 'the document is not open' };
  }

  #commit(uri: string, text: string, anchored: AnchoredAnnotation[]): ChangeResult {
    const doc = this.#docs.get(uri)!;
    if (doc.error) return { ok: false, message: `the sidecar cannot be read, so nothing was changed: ${doc.error}` };
    if (!doc.sidecar) return { ok: false, message: 'annotations are kept only for files saved on disk (this document is untitled or not a file)' };
    // Orphans keep their old selectors: they are never moved, never dropped.
    const annotations: Annotation[] = anchored.map((a) => (a.anchor.span ? retarget(a.annotation, text, a.anchor.span) : a.annotation));
    const result = saveAnnotations(fileURLToPath(uri), annotations, { ...this.#settings, readOnly: isReadOnly(fileURLToPath(uri)) });
    if (!result.written && result.reason !== 'nothing to save') return { ok: false, message: `annotations not saved: ${result.reason}` };
    doc.anchored = anchored.map((a, i) => ({ ...a, annotation: annotations[i] }));
    return { ok: true };
  }
}

function isReadOnly(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch {
    return false === fs.existsSync(file) ? false : true;
  }
}
