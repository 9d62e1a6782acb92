/**
 * How the segmenter reads a word, for the last word on a speaker string (`speakerCheck.ts`): a proper noun, a common
 * noun, a word of another kind, or no word it knows. The segmenter comes in as a function; its readings are remembered
 * per segmenter.
 */
import type { Segment } from '../types';

/**
 * How the segmenter reads a word: `proper` (one word tagged a person, place, body or other proper
 * noun: `哈尔滨市/ns`, `淘宝/nz`), `noun` (one common noun: `来源/n`, also a pen name: `文心/n`),
 * `common` (one dictionary word of another kind, `唐朝/t`, `深刻/a`, or words ending in a function
 * word, `平静/a 地/uv`, `出来/v 后/f`), `kinds` (several words, every one a common noun or a word that
 * describes one: `券商/n 营业部/n`, `大型/b 花炮/n 集团/n`), or `unknown` (`武立中` → `武立/x 中/f`).
 */
export type WordReading = 'proper' | 'noun' | 'common' | 'kinds' | 'unknown';
export type ReadWord = (word: string) => WordReading;
/** No one word the segmenter knows: `unknown`, or `kinds` (several common words), which reads the same wherever a name is asked about. */
export const notOneWord = (r: WordReading | undefined): boolean => r === 'unknown' || r === 'kinds';

/** The segmenter's tags of proper nouns (`nr` person, `ns` place, `nt` body, `nz` other). */
const PROPER_TAG = /^n[rstz]/;
/** Tags of unknown words and words of a name's characters: `王涛/x`, `蓝天/nr 翼/ng`. */
const NAME_TAG = /^(?:x|ng|eng)/;
/** Tags of common nouns and the words that describe them (`券商/n`, `营业/vn`, `大型/b`, `重要/a`): none is a name's. */
const KIND_TAG = /^(?:n|vn|b|a|an)$/;
/** Tags of function words that end no name: `平静/a 地/uv`, `时/n 被/p`. */
const FUNCTION_TAG = /^(?:u|p|c|d|y|e)/;
/** Pronouns and locatives end no name either (`觉得/v 他/r`, `出来/v 后/f`), unless after an unknown word (`武立/x 中/f`). */
const PLACE_OR_PRONOUN_TAG = /^[rf]/;

function endsInFunctionWord(t: readonly { tag: string }[]): boolean {
  const last = t[t.length - 1].tag;
  if (FUNCTION_TAG.test(last)) return true;
  return t.length > 1 && PLACE_OR_PRONOUN_TAG.test(last) && !/^(?:x|nr)/.test(t[t.length - 2].tag);
}
const MEMOS = new WeakMap<Segment, Map<string, WordReading>>();

/** The segmenter as a {@link ReadWord}, remembered per segmenter: the same speakers come back on every keystroke. */
export function wordReader(segment: Segment): ReadWord {
  let memo = MEMOS.get(segment);
  if (!memo) MEMOS.set(segment, (memo = new Map()));
  const known = memo;
  return (word) => {
    let r = known.get(word);
    if (r === undefined) {
      const t = segment(word);
      if (t.length === 0 || endsInFunctionWord(t)) r = 'common';
      else if (t.length > 1) r = t.every((w) => KIND_TAG.test(w.tag)) ? 'kinds' : 'unknown';
      else if (NAME_TAG.test(t[0].tag)) r = 'unknown';
      else r = PROPER_TAG.test(t[0].tag) ? 'proper' : t[0].tag === 'n' ? 'noun' : 'common';
      if (known.size >= 20_000) known.clear();
      known.set(word, r);
    }
    return r;
  };
}
