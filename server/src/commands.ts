// What the server's commands and custom requests do, apart from the connection: server.ts registers
// them and turns their results into messages and diagnostic refreshes.
import * as path from 'node:path';
import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isVerdict, readBody, renderExport, retarget, EXPORT_FORMATS, type AnnotationBody, type ExportFormat } from './analysis/annotations/index';
import type { ArticleAnalysis } from './analysis/types';
import type { AnnotationStore, ChangeResult } from './annotationStore';
import { setLexiconEntry, WORKSPACE_LEXICON } from './node/lexiconFiles';

const ENTITY_TYPES = new Set(['person', 'place', 'organization', 'none']);

export interface CommandContext {
  document(uri: string): TextDocument | undefined;
  analysis(doc: TextDocument): Promise<ArticleAnalysis>;
  annotations: AnnotationStore;
  workspaceFolder(): string | undefined;
}

interface AnnotateArgs {
  uri: string;
  range: Range;
  verdict?: string;
  note?: string;
  sources?: string[];
}

function toBody(a: { verdict?: string; note?: string; sources?: unknown }): AnnotationBody | string {
  if (a.verdict !== undefined && !isVerdict(a.verdict)) return `unknown verdict "${a.verdict}"`;
  const sources = Array.isArray(a.sources) ? a.sources.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
  const bad = sources.find((s) => !/^https?:\/\/\S+$/.test(s.trim()));
  if (bad) return `not a URL: ${bad}`;
  return { verdict: a.verdict as AnnotationBody['verdict'], note: a.note?.trim() || undefined, sources: sources.map((s) => s.trim()) };
}

/** `newslens.annotate`: a verdict (and optional note and sources) on a range. */
export function annotate(ctx: CommandContext, args: AnnotateArgs): ChangeResult {
  const doc = ctx.document(args?.uri);
  if (!doc) return { ok: false, message: 'the document is not open' };
  const body = toBody(args);
  if (typeof body === 'string') return { ok: false, message: body };
  return ctx.annotations.add(doc.uri, doc.getText(), { start: doc.offsetAt(args.range.start), end: doc.offsetAt(args.range.end) }, body);
}

/** `newslens.editAnnotation`: replaces the body (verdict, note, sources). */
export function editAnnotation(ctx: CommandContext, args: { uri: string; id: string; verdict?: string; note?: string; sources?: string[] }): ChangeResult {
  const doc = ctx.document(args?.uri);
  if (!doc) return { ok: false, message: 'the document is not open' };
  const body = toBody(args);
  return typeof body === 'string' ? { ok: false, message: body } : ctx.annotations.edit(doc.uri, doc.getText(), args.id, body);
}

export function removeAnnotation(ctx: CommandContext, args: { uri: string; id: string }): ChangeResult {
  const doc = ctx.document(args?.uri);
  return doc ? ctx.annotations.remove(doc.uri, doc.getText(), args.id) : { ok: false, message: 'the document is not open' };
}

/** `newslens.setLexiconEntry`: writes a correction to the workspace lexicon (reloaded by the caller). */
export function setLexicon(ctx: CommandContext, args: { word: string; type: string }): ChangeResult {
  const folder = ctx.workspaceFolder();
  if (!folder) return { ok: false, message: 'open a folder: lexicon corrections are kept in its .newslens/lexicon.txt' };
  const word = String(args?.word ?? '').trim();
  if (!word || /\s/.test(word) || !ENTITY_TYPES.has(args?.type)) return { ok: false, message: `cannot add "${word}" as "${args?.type}"` };
  const file = path.join(folder, WORKSPACE_LEXICON);
  try {
    setLexiconEntry(file, word, args.type as 'none');
  } catch (e) {
    return { ok: false, message: `cannot write ${file}: ${(e as Error).message}` };
  }
  return { ok: true, message: `${word} → ${args.type} (${WORKSPACE_LEXICON})` };
}

/** `newslens/annotation`: one annotation's flat body, for the edit dialog. */
export function getAnnotation(ctx: CommandContext, args: { uri: string; id: string }): AnnotationBody | null {
  const found = ctx.annotations.get(args?.uri)?.anchored.find((a) => a.annotation.id === args.id);
  return found ? readBody(found.annotation) : null;
}

/** `newslens/export`: the open article's export in one format, as text. */
export async function exportDocument(ctx: CommandContext, args: { uri: string; format: string }): Promise<string | ChangeResult> {
  const doc = ctx.document(args?.uri);
  if (!doc) return { ok: false, message: 'the document is not open' };
  if (!EXPORT_FORMATS.includes(args.format as ExportFormat)) return { ok: false, message: `unknown format "${args.format}"` };
  const text = doc.getText();
  const anchored = ctx.annotations.get(doc.uri)?.anchored ?? [];
  const current = anchored.map((a) => (a.anchor.span ? retarget(a.annotation, text, a.anchor.span) : a.annotation));
  const source = doc.uri.startsWith('file:') ? path.basename(decodeURIComponent(doc.uri)) : doc.uri;
  return renderExport(args.format as ExportFormat, text, await ctx.analysis(doc), current, { source, url: doc.uri });
}

/** `newslens/import`: merges W3C JSON-LD text into the open article's annotations. */
export function importAnnotations(ctx: CommandContext, args: { uri: string; content: string }): ChangeResult {
  const doc = ctx.document(args?.uri);
  return doc ? ctx.annotations.import(doc.uri, doc.getText(), String(args.content ?? '')) : { ok: false, message: 'the document is not open' };
}
