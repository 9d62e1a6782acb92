/** Parts of a year: quarters, `前8个月`, two seasons written together (issue 16). */
import { month, shiftMonth, year, type Context, type Resolved, type Work } from './values';

/** First month of each season, as the seasons are counted in China (spring = March–May). */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** `2023年春夏` → `2023-03/2023-08`: two seasons written together are the months they cover. */
export function seasonPair(y: number, a: string, b: string, w: Work): Resolved {
  const from = month(y, SEASON_START[a], w);
  const end = shiftMonth(y, SEASON_START[b], 2);
  const to = month(end.y, end.m, w);
  return { ...from, value: `${from.value}/${to.value}`, last: to.last };
}

/** The first and last month of a part of a year: `Q2` → [4, 6], `H2` → [7, 12], `M9` → [1, 9]. */
function yearPartMonths(part: string): [number, number] {
  const n = Number(part.slice(1));
  return part[0] === 'Q' ? [3 * n - 2, 3 * n] : part[0] === 'H' ? [n === 1 ? 1 : 7, n === 1 ? 6 : 12] : [1, n];
}

/**
 * `2024年第二季度` → `2024-Q2`, `今年前8个月` → `2024-01/2024-08`. A quarter without a year (`一季度`)
 * takes the year of a date before it in the sentence, else the most recent one that has begun by
 * publication (the next one under future tense), like a month without a year, and so does a half (`上半年`, `H1`);
 * the first quarters together without a year (`前三季度`, `M9`) the most recent whose last month has begun (in
 * February, last year's: the figures reported then).
 */
export function resolveYearPart(part: string, c: Context, w: Work): Resolved | null {
  if (w.y === undefined) {
    if (c.inherit) {
      w.y = c.inherit.y;
      w.why.push(`year ${w.y} from the date before it`);
    } else {
      if (!c.pub) return null;
      // a quarter or a half (`一季度`, `下半年`): the most recent begun by publication, the next under future tense; the first
      // quarters together (`前三季度`, `M9`): the most recent whose last month has begun (in February, last year's figures)
      const span = yearPartMonths(part);
      const begun = part[0] === 'M' ? span[1] : span[0];
      w.y = c.future ? (span[1] >= c.pub.m ? c.pub.y : c.pub.y + 1) : begun <= c.pub.m ? c.pub.y : c.pub.y - 1;
      w.relative = true;
      w.why.push(`no year: ${c.future ? 'future tense, the next' : 'the most recent'} ${part} = ${w.y}`);
    }
  }
  if (part[0] === 'M') {
    const n = Number(part.slice(1));
    const from = month(w.y, 1, w);
    const to = month(w.y, n, w);
    return { ...from, value: `${from.value}/${to.value}`, last: to.last };
  }
  return year(w.y, w, `${w.y}-${part}`);
}

