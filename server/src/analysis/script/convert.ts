// The Simplified view of a Traditional (or mixed) article: the text the rules and lexicons read.
import { findTraditionalRanges } from './detect';
import { OffsetMap } from './offsetMap';

/**
 * A Traditional → Simplified converter (`臺灣的軟體` → `台湾的软体`), passed in so that analysis
 * stays pure: `node/scriptConverter.ts` builds it from OpenCC's dictionaries.
 */
export type ScriptConverter = (text: string) => string;

/** The converted text and the map of its offsets back to the original. */
export interface SimplifiedView {
  text: string;
  map: OffsetMap;
}

/**
 * The Simplified view of `text`, or null when there is nothing to convert (a Simplified article:
 * no conversion, no map). `臺灣「經濟」` → `{text: '台湾「经济」', map}` (same length: an identity map).
 */
export function toSimplifiedView(text: string, convert: ScriptConverter): SimplifiedView | null {
  const ranges = findTraditionalRanges(text);
  if (ranges.length === 0) return null;
  let converted = '';
  let at = 0;
  for (const r of ranges) {
    converted += text.slice(at, r.start) + convert(text.slice(r.start, r.end));
    at = r.end;
  }
  converted += text.slice(at);
  if (converted === text) return null;
  return { text: converted, map: OffsetMap.align(text, converted, convert) };
}
