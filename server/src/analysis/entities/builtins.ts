import places from './lexicons/places.json';
import classes from './lexicons/classes.json';

/**
 * The built-in lexicons as Sets, built once at load (see lexicons/README.md for sources):
 * `PLACES.has('柬埔寨')` → true, `SURNAMES.has('董')` → true.
 */
const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);
const charSet = (s: string): ReadonlySet<string> => new Set(s.split(''));

/** Countries, territories, world regions, world cities and Chinese divisions (full names): always places. */
export const PLACES = set([...places.countries, ...places.cities, ...places.divisions]);
/** Countries, territories and world regions only (`美国`, `欧洲`). */
export const COUNTRIES = set(places.countries);
/** Short forms of provinces and cities (`湖北`, `邯郸`): places only where the segmenter agrees. */
export const PLACE_SHORT = set(places.divisionShort);
/** Short forms of provinces and prefecture-level cities that are not common words (`合肥`, `大连`): places whatever their tag. */
export const CITY_SHORT = set(places.cityShort);
/** International organizations named in CLDR (`欧盟`, `联合国`). */
export const ORGANIZATIONS = set(places.organizations);

/** The key of a text position for {@link LEXICON_LENGTHS}: its first two UTF-16 code units (`柬埔` of `柬埔寨`). */
export const firstTwoKey = (s: string, at = 0): number => s.charCodeAt(at) * 0x10000 + s.charCodeAt(at + 1);

/**
 * Lengths of a word list's entries (longest first) by their first two code units, so a lookup at a
 * position tries only lengths some entry has there: `柬埔` → [3] for `柬埔寨`; most positions have none.
 */
function lengthsByFirst(words: Iterable<string>): ReadonlyMap<number, readonly number[]> {
  return lengthsBy([...words].filter((w) => w.length >= 2), (w) => firstTwoKey(w));
}

/** Lengths of `words` (longest first) grouped by the code unit `at` picks from each word. */
function lengthsBy(words: Iterable<string>, at: (w: string) => number): ReadonlyMap<number, readonly number[]> {
  const sets = new Map<number, Set<number>>();
  for (const w of words) {
    if (!w) continue;
    const c = at(w);
    const s = sets.get(c) ?? new Set<number>();
    s.add(w.length);
    sets.set(c, s);
  }
  return new Map([...sets].map(([c, s]) => [c, [...s].sort((a, b) => b - a)]));
}

/** {@link lengthsByFirst} of PLACES and ORGANIZATIONS (lexicon lookups over the text). */
export const LEXICON_LENGTHS = lengthsByFirst([...PLACES, ...ORGANIZATIONS]);
/** {@link lengthsByFirst} of PLACES (place names opening a longer word). */
export const PLACE_LENGTHS = lengthsByFirst(PLACES);

export const SURNAMES = charSet(classes.surnames);
export const SURNAMES_RARE = charSet(classes.surnamesRare);
export const SURNAMES_COMPOUND = set(classes.surnamesCompound);
export const TRANSLIT = charSet(classes.translit);

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

/** Lengths of a set's words (longest first) by their last UTF-16 code unit, built once per set. */
const lengthsByLastOf = new WeakMap<ReadonlySet<string>, ReadonlyMap<number, readonly number[]>>();

/** The longest suffix of `word` (up to `max` characters) in `words`: `国防部长`, TITLES → `部长`. */
export function suffixIn(word: string, words: ReadonlySet<string>, max = 6): string | null {
  let index = lengthsByLastOf.get(words);
  if (!index) lengthsByLastOf.set(words, (index = lengthsBy(words, (w) => w.charCodeAt(w.length - 1))));
  // Most words end in a character no entry ends with: one lookup instead of six slices.
  const lengths = index.get(word.charCodeAt(word.length - 1));
  if (!lengths) return null;
  for (const n of lengths) {
    if (n > max || n > word.length) continue;
    const tail = word.slice(word.length - n);
    if (words.has(tail)) return tail;
  }
  return null;
}
