/**
 * A name the article declares as one (`麦子（化名）`, `他名叫孙子见`, or a role and a speech verb around it:
 * `业内人士唐朝对记者表示`) is that person wherever else the article writes it as a word of its own:
 * `麦子告诉记者`, `孙子见回忆`, `唐朝告诉记者` (the model reads `麦子` as wheat, `孙子` as a grandson, `唐朝` as
 * the Tang dynasty). A company whose name is an everyday word (`小米`, `苹果`, `大众`), once a cue made it one
 * in the article (`小米公司`, `小米回应`), is one where the article writes the name alone (`小米称`; rule
 * `lexicon-company-in-article`). A body's short name its brackets gave (`宁波灵均投资管理合伙企业（有限合伙）（以下简称宁波灵均）`,
 * `placeCues.ts` `findShortNames`) is that body wherever else the article writes it, over the pieces read there
 * (`宁波`; rule `short-name`). A person the analysis found at least twice is that person where else the
 * article writes the name and nothing, or only pieces of it, was read there (rule `repeated-name`: `焦跃进`,
 * which the segmenter cuts `焦/跃进`, found in three of its twenty-two places; also over a model reading that runs over
 * one of its edges, `王国|梁拦`); a place or body read twice is that one over the model's pieces of it, inside it or over one
 * of its edges (`沥心|沙大桥`), and a
 * place's name without its division's word over the pieces read there (rule `place-stem`: `比利亚/霍约萨` beside
 * `比利亚霍约萨市`). A document-level pass over the
 * mentions after the paragraphs', like `nameSpans.ts`; the segmenter, on a few characters around each
 * occurrence, says whether the name stands as its own words (`孙子/见` in `孙子见回忆`, not `小麦/子` in
 * `小麦子`). The same array when nothing changes.
 */
import type { Block, EntityMention, EntityType, Segment } from '../types';
import { firstAtOrAfter, isTranslit } from './shared';
import { COMPANIES_CUED, SURNAMES_JAPANESE } from './builtins';
import { CUED_FIRM } from './companies';
import { SHORT_NAME_OPENING } from './placeCues';

/** Rules whose names the text itself declares, so they hold wherever the article writes them (`title-name-verb`: `names.ts`). */
const DECLARED: ReadonlySet<string> = new Set(['pseudonym', 'introduced-name', 'title-name-verb']);
/** The last part of a dotted name, three Han characters or more (`卡米拉·赛富丽娜` → `赛富丽娜`; not `玛丽·安`). */
const LAST_NAME = /[·•]([\u4e00-\u9fa5]{3,})$/;
/** The rules of Japanese names (`japaneseNames.ts`), family name first. */
const JAPANESE_RULES: ReadonlySet<string> = new Set(['japanese-name', 'lexicon-japanese-name']);
/** Persons found by a rule that reads a word in a fixed phrase, not a name (`思想解放`: `doctrine-name`), are not spread. */
const NOT_REPEATED: ReadonlySet<string> = new Set(['doctrine-name']);
/** The rule of a body's short name written where its brackets gave it (`（以下简称宁波灵均）`) spread elsewhere. */
export const SHORT_NAME_RULE = 'short-name';
/** Right before a short name its body's brackets give (`placeCues.ts`): `（以下简称`, `（简称“`, `（下称：`. */
const SHORT_NAME_BEFORE = new RegExp(`${SHORT_NAME_OPENING}$`);
/** A name of Han characters (and name dots) only, two to eight. */
const HAN_NAME = /^[\u4e00-\u9fa5·]{2,8}$/;
/** A place's or body's name, Han characters only, three to sixteen. */
const HAN_BODY = /^[\u4e00-\u9fa5]{3,16}$/;
/** The rule of a place's name written without its division's word, over the pieces read there (`比利亚/霍约萨`). */
const PLACE_STEM_RULE = 'place-stem';
/** A place's name (three Han characters or more) and the word of its division (`比利亚霍约萨市`). */
const PLACE_STEM = /^([\u4e00-\u9fa5]{3,10})[市省县州]$/;
/** Characters read around an occurrence to see where the segmenter puts word boundaries. */
const CONTEXT = 4;
/** A Latin letter, a digit or a name dot next to an occurrence: part of something else (`A麦子`, `麦子2`). */
const JOINED = /[A-Za-z0-9·]/;

/**
 * Where `name` occurs in `text`: each occurrence after the end of the one before, in order, as
 * `text.indexOf` finds them (`reuse/occurrences.ts` keeps them across the versions of a document).
 */
export type FindOccurrences = (text: string, name: string) => ArrayLike<number>;

/** {@link FindOccurrences} by searching the text: `occurrencesOf('麦子说，麦子笑', '麦子')` → [0, 4]. */
export function occurrencesOf(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push(at);
  return out;
}

/**
 * The mentions with the declared names added where they stand alone: `麦子（化名）说……麦子告诉记者` → a
 * second `麦子`, rule `declared-name`. `find` gives a name's occurrences (a search of the text unless given);
 * with `prose`, only those in its blocks' contents count (not a headline repeated in an image's address).
 */
export function spreadDeclaredNames(text: string, mentions: EntityMention[], segment: Segment, find: FindOccurrences = occurrencesOf, prose?: readonly Block[]): EntityMention[] {
  const names = namesToSpread(text, mentions, segment);
  if (!names.size) return mentions;
  const added: EntityMention[] = [];
  // the characters the added mentions cover: `何发理`, spread first, keeps `何发` (a cut reading) out of itself
  let taken: Uint8Array | null = null;
  let dropped: Set<EntityMention> | null = null;
  for (const [name, { type, rule, read, given }] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    const found = find(text, name);
    // every occurrence already read as the person (most, in a large article, on every keystroke): nothing to add
    if (found.length <= read) continue;
    for (let k = 0; k < found.length; k++) {
      const at = found[k];
      const end = at + name.length;
      // the model's reading of a piece of the name (`赛/富丽/娜` → `富丽`) gives way to the name (asked first:
      // most occurrences are the name read already)
      const inside = piecesIn(mentions, at, end, type, rule === SHORT_NAME_RULE || rule === PLACE_STEM_RULE, rule === 'repeated-name');
      if (!inside || JOINED.test(text.charAt(at - 1)) || JOINED.test(text.charAt(end)) || (given !== undefined && given.includes(text.charAt(end))) || (prose && !inProse(prose, at, end)) || (taken !== null && (taken[at] === 1 || taken[end - 1] === 1))) continue;
      // a name found twice fills in where nothing was read, or only pieces of it (the model's `曹园` place, read
      // as a person twice elsewhere, stays a place)
      if (!spreadsOver(rule, type, name, inside, text, at, end)) continue;
      // where the model's reading runs over an edge, the segmenter's word there is that reading's (`王国/梁拦`): the other edge decides
      if (!standsAlone(text, at, end, segment, inside.some((m) => m.start < at), inside.some((m) => m.end > end))) continue;
      for (const m of inside) (dropped ??= new Set()).add(m);
      added.push({ start: at, end, text: name, type, rule });
      (taken ??= new Uint8Array(text.length)).fill(1, at, end);
    }
  }
  if (!added.length) return mentions;
  return merged(dropped ? mentions.filter((m) => !dropped!.has(m)) : mentions, added.sort((a, b) => a.start - b.start));
}

/** A name to spread, with the type and the rule its new mentions get. */
interface Spread {
  type: EntityType;
  rule: string;
  /** How many mentions already read the name as this person (`repeated-name`), else 0. */
  read: number;
  /** Characters that may not follow an occurrence: a Japanese family name's given names (`上村` not in `上村健一`). */
  given?: string;
}

/**
 * The names the article itself makes sure of (see the module's comment), and the persons its analysis
 * found at least twice (rule `repeated-name`: `焦跃进` written 22 times, read in 3 places, the segmenter
 * cutting it `焦/跃进` in the others).
 */
function namesToSpread(text: string, mentions: readonly EntityMention[], segment: Segment): Map<string, Spread> {
  const names = new Map<string, Spread>();
  const seen = new Map<string, number>();
  const places = new Map<string, { type: EntityType; n: number }>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (DECLARED.has(m.rule) && m.text.length >= 2) names.set(m.text, { type: 'person', rule: 'declared-name', read: 0 });
    // `宁波灵均投资管理合伙企业（有限合伙）（以下简称宁波灵均）`: the body wherever else the article writes its short name
    if (m.rule === 'organization-cue' && SHORT_NAME_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) names.set(m.text, { type: 'organization', rule: SHORT_NAME_RULE, read: 0 });
    // `卡米拉·赛富丽娜` … `赛富丽娜保证`: a foreign person's last name, once the article wrote the whole name
    // (a transliteration throughout: not a model span that ran on into a verb, `唐纳德·特朗普所提`)
    const last = m.type === 'person' ? LAST_NAME.exec(m.text) : null;
    if (last && isTranslit(last[1])) names.set(last[1], { type: 'person', rule: 'declared-name', read: 0 });
    // `日本首相桥本龙太郎` … `桥本还表示`: a Japanese person's family name, once the article wrote the whole name
    const family = m.type === 'person' && JAPANESE_RULES.has(m.rule) && m.text.length >= 3 ? m.text.slice(0, 2) : '';
    // (not where the given name follows, a full name the segmenter cut: `注：上/村/健/一出生于`)
    if (family && SURNAMES_JAPANESE.has(family)) names.set(family, { type: 'person', rule: 'declared-name', read: 0, given: (names.get(family)?.given ?? '') + m.text.charAt(2) });
    // `小米公司……小米称`: a company whose name is an everyday word, once a cue made it one in the article
    const firm = m.rule === 'lexicon-company' ? CUED_FIRM.exec(m.text) : null;
    if (firm && COMPANIES_CUED.has(firm[1])) names.set(firm[1], { type: 'organization', rule: 'lexicon-company-in-article', read: 0 });
    if (m.type === 'person' && !NOT_REPEATED.has(m.rule) && HAN_NAME.test(m.text)) seen.set(m.text, (seen.get(m.text) ?? 0) + 1);
    else if (m.type !== 'person' && m.rule !== 'user-lexicon' && HAN_BODY.test(m.text)) places.set(m.text, { type: m.type, n: (places.get(m.text)?.n ?? 0) + 1 });
    // `比利亚霍约萨市` … `搬到了比利亚/霍约萨`: a place's name without the division's word, written elsewhere
    const stem = m.type === 'place' ? PLACE_STEM.exec(m.text) : null;
    if (stem) names.set(stem[1], { type: 'place', rule: PLACE_STEM_RULE, read: 0 });
  }
  for (const [name, n] of seen) if (n >= 2 && !names.has(name) && !dictionaryThing(name, segment)) names.set(name, { type: 'person', rule: 'repeated-name', read: n });
  for (const [name, { type, n }] of places) if (n >= 2 && !names.has(name) && !dictionaryThing(name, segment)) names.set(name, { type, rule: 'repeated-name', read: n });
  return names;
}

/**
 * Whether a name is written over what was read at [at, end) (`inside`, {@link piecesIn}): a person found twice where
 * nothing was read or pieces ({@link fillsIn}); a place or body found twice, and a place's stem, only over pieces (where
 * nothing was read, the model's silence stands), and not over a shorter name of the type opening it that two characters
 * or more follow (`白宫` in `白宫新闻发布室`, beside `白宫新闻` read twice: the longer reading was the model's mistake).
 */
function spreadsOver(rule: string, type: EntityType, name: string, inside: readonly EntityMention[], text: string, at: number, end: number): boolean {
  if (rule === PLACE_STEM_RULE) return inside.length > 0;
  if (rule !== 'repeated-name') return true;
  if (!fillsIn(text, name, inside, at, end)) return false;
  return type === 'person' || (inside.length > 0 && !inside.some((m) => m.start === at && m.type === type && end - m.end >= 2));
}

/**
 * Where a name found twice ({@link namesToSpread}) is spread: where nothing was read, or only pieces of
 * it (the model's `曹园` place, read as a person twice elsewhere, stays a place), and not on a doubled last
 * character (`钟睒` is `钟睒睒` cut short).
 */
function fillsIn(text: string, name: string, inside: readonly EntityMention[], at: number, end: number): boolean {
  return !inside.some((m) => m.start === at && m.end === end) && text.charAt(end) !== name.charAt(name.length - 1);
}

/** Tags of a whole dictionary word that is a place, a body or an everyday word, not a name: `威尔士/ns`, `跃进/v`. */
const THING_TAGS: ReadonlySet<string> = new Set(['ns', 'nt', 'v', 'vn', 'l', 'i']);
/** The segmenter's reading of names, per segmenter (a keystroke asks again about the same names). */
const WORDS = new WeakMap<Segment, Map<string, boolean>>();

/** The segmenter knows `name` as one word of a place, a body or an everyday thing (`威尔士/ns`). */
function dictionaryThing(name: string, segment: Segment): boolean {
  let memo = WORDS.get(segment);
  if (!memo) WORDS.set(segment, (memo = new Map()));
  let thing = memo.get(name);
  if (thing === undefined) {
    const words = segment(name);
    thing = words.length === 1 && THING_TAGS.has(words[0].tag);
    if (memo.size >= 10_000) memo.clear();
    memo.set(name, thing);
  }
  return thing;
}

/**
 * The mentions overlapping [at, end) when each is the model's alone (with `anyRule`, anything but the user
 * lexicon's: a body's short name holds over `宁波` of `宁波灵均`) and lies inside it, else null (also when one
 * is the very name already, of its type: nothing to change). With `crossing` (a name read twice, a person's or a place's
 * or body's), a model reading that runs over one edge of the name is a piece too (`王国|梁拦在`, `王国|梁在村` beside
 * `王国梁` read five times): the model cut the name at another place.
 */
function piecesIn(mentions: readonly EntityMention[], at: number, end: number, type: EntityType, anyRule: boolean, crossing = false): EntityMention[] | null {
  const out: EntityMention[] = [];
  for (let i = Math.max(0, firstAtOrAfter(mentions, at) - 1); i < mentions.length && mentions[i].start < end; i++) {
    const m = mentions[i];
    if (m.end <= at) continue;
    const inside = m.start >= at && m.end <= end;
    const crosses = crossing && m.rule === 'model' && (m.start < at ? m.end < end : m.start > at && m.end > end);
    if ((!inside && !crosses) || (anyRule ? m.rule === 'user-lexicon' : m.rule !== 'model') || (m.start === at && m.end === end && m.type === type)) return null;
    out.push(m);
  }
  return out;
}

/** [at, end) lies in the content of one of the prose blocks (in document order): not in an image line's address. */
function inProse(prose: readonly Block[], at: number, end: number): boolean {
  let lo = 0, hi = prose.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = prose[mid].content;
    if (c.end < end) lo = mid + 1;
    else if (c.start > at) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Two lists in document order as one (a keystroke in a large article has thousands of mentions: no sort). */
function merged(a: readonly EntityMention[], b: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = new Array(a.length + b.length);
  let i = 0, j = 0, k = 0;
  while (i < a.length || j < b.length) out[k++] = j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++];
  return out;
}

/** Readings of windows already segmented, per segmenter: a keystroke reads the same windows again. */
const READ = new WeakMap<Segment, Map<string, number>>();

/** The segmenter, reading a few characters either side, puts a word boundary at both ends of [at, end) (at the ends not `crossed`). */
function standsAlone(text: string, at: number, end: number, segment: Segment, startCrossed = false, endCrossed = false): boolean {
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const window = text.slice(from, to);
  let memo = READ.get(segment);
  if (!memo) READ.set(segment, (memo = new Map()));
  const key = `${at - from},${end - from},${window}`;
  // bit 1: a boundary at the start, bit 2: at the end
  let edges = memo.get(key);
  if (edges === undefined) {
    let pos = from;
    edges = (at === from ? 1 : 0) | (end === to ? 2 : 0);
    for (const t of segment(window)) {
      pos += t.word.length;
      if (pos === at) edges |= 1;
      if (pos === end) edges |= 2;
    }
    if (memo.size >= 10_000) memo.clear();
    memo.set(key, edges);
  }
  return (startCrossed || (edges & 1) !== 0) && (endCrossed || (edges & 2) !== 0);
}
