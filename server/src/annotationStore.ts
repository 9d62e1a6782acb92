// Fact-check annotations of open documents: loaded from sidecars on open, kept anchored through edits,
// saved atomically after each change, merged with what another window wrote meanwhile. No connection
// here: server.ts turns results into messages.
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
import { mergeSidecar } from './analysis/annotations/sidecar';
import { readSidecar, saveAnnotations, sidecarPath, sidecarPathForUri, type SidecarFs, type SidecarLayout } from './node/sidecarFiles';

export interface DocAnnotations {
  /** The sidecar file; null for untitled or non-file documents (nothing is ever written for them). */
  sidecar: string | null;
  anchored: AnchoredAnnotation[];
  /** Why the sidecar could not be read; it is left untouched until fixed. */
  error?: string;
  /** Why the last change could not be written (read-only folder, full disk): `anchored` holds it, the next successful save writes it. */
  unsaved?: string;
}

export interface AnnotationSettings {
  layout: SidecarLayout;
  workspaceRoot?: string;
  creator: string;
}

/**
 * Outcome of a change: saved (with a `message` when another window's changes were merged in), or why
 * not (shown to the user). `kept`: the write failed but the change is held in memory (see `unsaved`).
 */
export type ChangeResult = { ok: true; message?: string } | { ok: false; message: string; kept?: boolean };

export class AnnotationStore {
  #docs = new Map<string, DocAnnotations>();
  /** Per document, the sidecar's annotations as last read or written: the base of the three-way merge. */
  #base = new Map<string, { sidecar: string; annotations: Annotation[] }>();
  /** Closed documents whose last change could not be written, kept until they are opened again. */
  #closedUnsaved = new Map<string, DocAnnotations>();
  #settings: AnnotationSettings;
  #fs: SidecarFs;

  constructor(settings: AnnotationSettings, options: { fs?: SidecarFs } = {}) {
    this.#settings = settings;
    this.#fs = options.fs ?? fs;
  }

  configure(settings: AnnotationSettings): void {
    this.#settings = settings;
  }

  /** Loads (or reloads, when the sidecar changed on disk) the annotations of a document. */
  open(uri: string, text: string): DocAnnotations {
    const sidecar = sidecarPathForUri(uri, this.#settings);
    const read = sidecar ? readSidecar(sidecar, this.#fs) : { annotations: [], exists: false };
    const open = this.#docs.get(uri);
    const prior = open ?? this.#closedUnsaved.get(uri);
    this.#closedUnsaved.delete(uri);
    let doc: DocAnnotations = { sidecar, anchored: anchorAll(text, read.annotations), error: read.error };
    if (prior?.unsaved && prior.sidecar === sidecar) {
      // Changes that could not be written survive a reload: merged with the file, or kept as they are
      // while the file cannot be read.
      const base = this.#base.get(uri)?.annotations ?? [];
      const mine = prior.anchored.map((a) => a.annotation);
      const annotations = read.error ? mine : mergeSidecar(base, mine, read.annotations).annotations;
      doc = { ...doc, anchored: reanchor(text, open ? prior.anchored : [], annotations), unsaved: prior.unsaved };
    }
    if (!read.error && sidecar) this.#base.set(uri, { sidecar, annotations: read.annotations });
    this.#docs.set(uri, doc);
    return doc;
  }

  get(uri: string): DocAnnotations | undefined {
    return this.#docs.get(uri);
  }

  close(uri: string): void {
    const doc = this.#docs.get(uri);
    if (doc?.unsaved) this.#closedUnsaved.set(uri, doc);
    else this.#base.delete(uri);
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
    const article = fileURLToPath(uri);
    // Orphans keep their old selectors: they are never moved, never dropped.
    const mine = anchored.map((a) => (a.anchor.span ? { ...a, annotation: retarget(a.annotation, text, a.anchor.span) } : a));
    const base = this.#base.get(uri);
    // A base of another file (the layout setting changed) is no base: the merge becomes a union.
    const baseAnnotations = base && base.sidecar === sidecarPath(article, this.#settings) ? base.annotations : [];
    const options = { ...this.#settings, readOnly: isReadOnly(article, this.#fs), fs: this.#fs, base: baseAnnotations };
    const result = saveAnnotations(article, mine.map((a) => a.annotation), options);
    if (result.written) {
      const merged = result.merged ?? { annotations: mine.map((a) => a.annotation), theirs: 0, removed: 0 };
      doc.anchored = reanchor(text, mine, merged.annotations);
      this.#base.set(uri, { sidecar: result.path, annotations: merged.annotations });
      delete doc.unsaved;
      if (!merged.theirs && !merged.removed) return { ok: true };
      return { ok: true, message: `merged with another window's changes to ${result.path}: ${merged.theirs} added or edited there, ${merged.removed} removed there` };
    }
    if (result.failed) {
      doc.anchored = mine;
      doc.unsaved = result.reason;
      return { ok: false, kept: true, message: `annotations not saved: ${result.reason}; the change is kept and will be written at the next successful save` };
    }
    if (result.reason !== 'nothing to save') return { ok: false, message: `annotations not saved: ${result.reason}` };
    doc.anchored = mine;
    delete doc.unsaved;
    return { ok: true };
  }
}

/** Anchors `annotations` in `text`, reusing the anchor of every annotation that is one of `prior`'s (same object). */
function reanchor(text: string, prior: AnchoredAnnotation[], annotations: Annotation[]): AnchoredAnnotation[] {
  const known = new Map(prior.map((a) => [a.annotation, a]));
  const fresh = new Map(anchorAll(text, annotations.filter((a) => !known.has(a))).map((a) => [a.annotation, a]));
  return annotations.map((a) => known.get(a) ?? fresh.get(a)!);
}

function isReadOnly(file: string, files: SidecarFs): boolean {
  try {
    files.accessSync(file, fs.constants.W_OK);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
