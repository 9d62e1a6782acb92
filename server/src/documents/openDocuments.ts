// The open articles, one immutable snapshot each. Notifications from any client are checked here: a
// malformed one is refused with a reason (the caller logs it) and changes nothing.
import type { DidChangeTextDocumentParams, DidOpenTextDocumentParams } from 'vscode-languageserver';
import type { TextChange } from '../analysis/annotations/index';
import { DocumentSnapshot } from './snapshot';
import { isPosition } from './params';

export type Changed = { doc: DocumentSnapshot; edits: TextChange[] };

export class OpenDocuments {
  #docs = new Map<string, DocumentSnapshot>();

  get(uri: string): DocumentSnapshot | undefined {
    return this.#docs.get(uri);
  }

  all(): DocumentSnapshot[] {
    return [...this.#docs.values()];
  }

  /** didOpen: the document, or why it was refused. Opening an open document replaces it. */
  open(params: DidOpenTextDocumentParams): DocumentSnapshot | string {
    const d = params?.textDocument;
    if (!d || typeof d.uri !== 'string' || typeof d.text !== 'string') return 'didOpen without a textDocument {uri, text}';
    const doc = new DocumentSnapshot(d.uri, typeof d.languageId === 'string' ? d.languageId : 'plaintext', toVersion(d.version), d.text);
    this.#docs.set(d.uri, doc);
    return doc;
  }

  /**
   * didChange: the new snapshot and its edits, or why it was refused (a document that is not open,
   * malformed changes). A version that does not increase is taken as given: the text is what counts,
   * and every snapshot is a distinct object, so nothing is mistaken for an earlier analysis.
   */
  change(params: DidChangeTextDocumentParams): Changed | string {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return 'didChange without a textDocument uri';
    const doc = this.#docs.get(uri);
    if (!doc) return `didChange for a document that is not open: ${uri}`;
    const changes = params.contentChanges;
    if (!Array.isArray(changes)) return `didChange without contentChanges: ${uri}`;
    for (const c of changes) {
      if (!c || typeof c.text !== 'string') return `didChange with a change that has no text: ${uri}`;
      if ('range' in c && c.range !== undefined && !(isPosition(c.range?.start) && isPosition(c.range?.end))) return `didChange with a malformed range: ${uri}`;
    }
    const changed = doc.withChanges(changes, toVersion(params.textDocument.version, doc.version + 1));
    this.#docs.set(uri, changed.doc);
    return changed;
  }

  close(uri: string): boolean {
    return this.#docs.delete(uri);
  }
}

function toVersion(v: unknown, fallback = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}
