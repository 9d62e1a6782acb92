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
/** Longest lexicon entry, bounding text lookups. */
export const MAX_PLACE_LENGTH = Math.max(...[...PLACES, ...ORGANIZATIONS].map((p) => p.length));

export const SURNAMES = charSet(classes.surnames);
export const SURNAMES_RARE = charSet(classes.surnamesRare);
export const SURNAMES_COMPOUND = set(classes.surnamesCompound);
export const TRANSLIT = charSet(classes.translit);
export const ORG_SUFFIXES = set(classes.orgSuffixes);
export const ORG_HEADS = set(classes.orgHeads);
export const PLACE_SUFFIXES = set(classes.placeSuffixes);
export const TITLES = set(classes.titles);
export const KINSHIP = set(classes.kinship);

/** The longest suffix of `word` (up to `max` characters) in `words`: `国防部长`, TITLES → `部长`. */
export function suffixIn(word: string, words: ReadonlySet<string>, max = 6): string | null {
  for (let n = Math.min(max, word.length); n >= 1; n--) {
    const tail = word.slice(word.length - n);
    if (words.has(tail)) return tail;
  }
  return null;
}
