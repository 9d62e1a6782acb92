/**
 * The W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/) as NewsLens stores it,
 * plus a flat view of the body for code that only wants "the verdict" or "the note".
 * Offsets in selectors are CODE POINTS (the model says so); everywhere else in NewsLens spans are UTF-16.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Why the annotation was made: a verdict (`assessing`), an entity tag (`tagging`), a plain note (`commenting`). */
export type Motivation = 'assessing' | 'tagging' | 'commenting';

/** A fact-check verdict, written as these tokens in bodies, brat attributes and ClaimReview `alternateName`. */
export type Verdict = 'true' | 'mostly-true' | 'misleading' | 'false' | 'unverifiable';

export const VERDICTS: readonly Verdict[] = ['true', 'mostly-true', 'misleading', 'false', 'unverifiable'];

/** `{exact: '董军', prefix: '中国国防部长', suffix: '16日晚应约'}`: the quoted text and its context. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** `{start: 6, end: 8}` in code points: `𠮷` counts 1 here (2 in a JS string). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** The annotated article (`source`, a relative path or URI) and where in it. */
export interface AnnotationTarget {
  source: string;
  selector: Selector[];
}

/** A textual body item: the verdict (purpose `assessing`), a note (`commenting`) or an entity tag (`tagging`). */
export interface TextualBody {
  type: 'TextualBody';
  purpose: Motivation;
  value: string;
  format?: string;
  language?: string;
}

/** A source URL backing a verdict: `{type: 'SpecificResource', purpose: 'linking', source: 'https://…'}`. */
export interface LinkBody {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string;
}

export type BodyItem = TextualBody | LinkBody;

/** `{type: 'Person', name: '张编辑'}`; `id` when the creator setting is a URI/mailto. */
export interface Creator {
  type: 'Person' | 'Software';
  name: string;
  id?: string;
}

/** One Web Annotation: a verdict `false` with note `数据有误` on `17个月来首次`. */
export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  body: BodyItem[];
  target: AnnotationTarget;
  created: string;
  modified: string;
  creator: Creator;
}

/** The flat view of a body: `{verdict: 'false', note: '日期有误', sources: ['https://…']}`. */
export interface AnnotationBody {
  verdict?: Verdict;
  note?: string;
  sources?: string[];
  /** An entity tag, e.g. `person`, `place`, `organization`, `not-entity`. */
  tag?: string;
}

/** The motivation a flat body implies: a verdict is `assessing`, a tag `tagging`, else `commenting`. */
export function motivationOf(body: AnnotationBody): Motivation {
  if (body.verdict) return 'assessing';
  if (body.tag) return 'tagging';
  return 'commenting';
}

/** Flat body → W3C body items: `{verdict:'false', note:'有误'}` → `[assessing 'false', commenting '有误']`. */
export function toBodyItems(body: AnnotationBody): BodyItem[] {
  const items: BodyItem[] = [];
  if (body.verdict) items.push({ type: 'TextualBody', purpose: 'assessing', value: body.verdict });
  if (body.tag) items.push({ type: 'TextualBody', purpose: 'tagging', value: body.tag });
  if (body.note) items.push({ type: 'TextualBody', purpose: 'commenting', value: body.note, format: 'text/plain' });
  for (const source of body.sources ?? []) items.push({ type: 'SpecificResource', purpose: 'linking', source });
  return items;
}

/** W3C body items → flat body: `[assessing 'false', linking 'https://x']` → `{verdict:'false', sources:['https://x']}`. */
export function readBody(annotation: Pick<Annotation, 'body'>): AnnotationBody {
  const out: AnnotationBody = {};
  for (const item of annotation.body) {
    if (item.type === 'SpecificResource') (out.sources ??= []).push(item.source);
    else if (item.purpose === 'assessing' && isVerdict(item.value)) out.verdict = item.value;
    else if (item.purpose === 'tagging') out.tag = item.value;
    else if (item.purpose === 'commenting') out.note = out.note ? `${out.note}\n${item.value}` : item.value;
  }
  return out;
}

/** `isVerdict('mostly-true')` → true; `isVerdict('假')` → false. */
export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}

/** The quote selector of an annotation: `{exact: '董军', …}` (every valid annotation has one). */
export function quoteSelector(annotation: Annotation): TextQuoteSelector {
  const q = annotation.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!q) throw new Error(`annotation ${annotation.id} has no TextQuoteSelector`);
  return q;
}

/** The position selector of an annotation, if any: `{start: 6, end: 8}` in code points. */
export function positionSelector(annotation: Annotation): TextPositionSelector | undefined {
  return annotation.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}
