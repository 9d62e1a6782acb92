/**
 * Checks untrusted JSON (a sidecar, an imported JSON-LD file) against the subset of the Web Annotation
 * model NewsLens uses, with a reason a user can act on. Tolerates the model's single-value shortcuts
 * (a lone body or selector instead of an array, a creator given as a string).
 */
import { isVerdict, type Annotation, type BodyItem, type Creator, type Motivation, type Selector } from './webAnnotation';

type Result<T> = { value: T } | { error: string };
type Json = Record<string, unknown>;

const MOTIVATIONS: readonly string[] = ['assessing', 'tagging', 'commenting'];

/**
 * Validates one annotation: `toAnnotation({type: 'Annotation', id: 'urn:uuid:1', …}, 'items[0]')` →
 * `{value: annotation}`, or `{error: 'items[0].target: no TextQuoteSelector with a non-empty "exact"'}`.
 */
export function toAnnotation(raw: unknown, where: string): Result<Annotation> {
  if (!isObject(raw)) return { error: `${where}: not an object` };
  if (!hasType(raw, 'Annotation')) return { error: `${where}: "type" is not "Annotation"` };
  if (typeof raw.id !== 'string' || !raw.id) return { error: `${where}: missing "id"` };
  const motivation = raw.motivation;
  if (typeof motivation !== 'string' || !MOTIVATIONS.includes(motivation)) {
    return { error: `${where}: "motivation" must be assessing, tagging or commenting, not ${JSON.stringify(motivation)}` };
  }
  const body = toBody(raw.body, motivation as Motivation, `${where}.body`);
  if ('error' in body) return body;
  const target = toTarget(raw.target, `${where}.target`);
  if ('error' in target) return target;
  const created = raw.created;
  if (typeof created !== 'string' || Number.isNaN(Date.parse(created))) return { error: `${where}: "created" is not an ISO date-time` };
  const modified = raw.modified ?? created;
  if (typeof modified !== 'string' || Number.isNaN(Date.parse(modified))) return { error: `${where}: "modified" is not an ISO date-time` };
  const creator = toCreator(raw.creator);
  if (!creator) return { error: `${where}: "creator" must be a name or {"name": …}` };
  return { value: { id: raw.id, type: 'Annotation', motivation: motivation as Motivation, body: body.value, target: target.value, created, modified, creator } };
}

function toBody(raw: unknown, motivation: Motivation, where: string): Result<BodyItem[]> {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const out: BodyItem[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (isObject(item) && hasType(item, 'SpecificResource') && typeof item.source === 'string') {
      out.push({ type: 'SpecificResource', purpose: 'linking', source: item.source });
    } else if (isObject(item) && hasType(item, 'TextualBody') && typeof item.value === 'string') {
      const purpose = typeof item.purpose === 'string' ? item.purpose : motivation;
      if (!MOTIVATIONS.includes(purpose)) return { error: `${where}[${i}]: unsupported purpose ${JSON.stringify(purpose)}` };
      if (purpose === 'assessing' && !isVerdict(item.value)) return { error: `${where}[${i}]: verdict ${JSON.stringify(item.value)} is not one of true, mostly-true, misleading, false, unverifiable` };
      const body: BodyItem = { type: 'TextualBody', purpose: purpose as Motivation, value: item.value };
      if (typeof item.format === 'string') body.format = item.format;
      if (typeof item.language === 'string') body.language = item.language;
      out.push(body);
    } else {
      return { error: `${where}[${i}]: expected a TextualBody with "value" or a SpecificResource with "source"` };
    }
  }
  return { value: out };
}

function toTarget(raw: unknown, where: string): Result<Annotation['target']> {
  if (!isObject(raw)) return { error: `${where}: missing or not an object` };
  const source = raw.source ?? '';
  if (typeof source !== 'string') return { error: `${where}.source: not a string` };
  const list = Array.isArray(raw.selector) ? raw.selector : raw.selector === undefined ? [] : [raw.selector];
  const selector: Selector[] = [];
  for (const s of list as unknown[]) {
    if (!isObject(s)) continue;
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact) {
      selector.push({ type: 'TextQuoteSelector', exact: s.exact, prefix: optString(s.prefix), suffix: optString(s.suffix) });
    } else if (s.type === 'TextPositionSelector') {
      if (!isCount(s.start) || !isCount(s.end) || s.end < s.start) return { error: `${where}: TextPositionSelector needs integers 0 ≤ start ≤ end` };
      selector.push({ type: 'TextPositionSelector', start: s.start, end: s.end });
    }
  }
  if (!selector.some((s) => s.type === 'TextQuoteSelector')) return { error: `${where}: no TextQuoteSelector with a non-empty "exact"` };
  return { value: { source, selector } };
}

function toCreator(raw: unknown): Creator | null {
  if (raw === undefined) return { type: 'Person', name: 'unknown' };
  if (typeof raw === 'string' && raw) return { type: 'Person', name: raw };
  if (!isObject(raw)) return null;
  const name = typeof raw.name === 'string' ? raw.name : typeof raw.nickname === 'string' ? raw.nickname : typeof raw.id === 'string' ? raw.id : null;
  if (!name) return null;
  const creator: Creator = { type: raw.type === 'Software' ? 'Software' : 'Person', name };
  if (typeof raw.id === 'string') creator.id = raw.id;
  return creator;
}

/** True for a plain JSON object: `isObject({})` → true, `isObject([])` → false. */
export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `type` equal to (or, as JSON-LD allows, a list containing) `name`. */
export function hasType(v: Json, name: string): boolean {
  return v.type === name || (Array.isArray(v.type) && v.type.includes(name));
}

function optString(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
