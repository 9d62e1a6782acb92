/**
 * The speech-verb scan of `clauses.ts` without a regex: `SPEECH_VERB` is read once into its words,
 * grouped by first character, each with its exclusions (`说(?![法明服起不出])`, `(?<![简下…])称`).
 * Same matches as `new RegExp(`${SPEECH_VERB}(${VERB_TAIL})`, 'g')`, found with one table lookup per
 * character instead of one attempt of a 150-way alternation; a verb of answering's tail also holds the question it
 * answers (`回答上述问题，`, {@link tailAt}).
 */
import { AND_SAID, SPEECH_VERB } from './lexicon';

interface Verb {
  word: string;
  /** Characters that may not stand right before the verb. */
  notAfter: string;
  /** Words that may not follow the verb. */
  notBefore: string[];
}

/** A verb found with its tail: `表示，` → verb `表示`, tail `，`. */
export interface VerbMatch {
  index: number;
  /** Verb and tail, as `m[0]` of the regex. */
  text: string;
  tail: string;
}

const ALTERNATIVE = /^(?:\(\?<!\[([^\]]+)\]\))?([^()|[\]?*+\\]+)(?:\(\?!(\[[^\]]+\]|[^()[\]\\]+)\))?$/;

/** The words of `SPEECH_VERB` in order; throws on syntax this reader does not know. */
function readVerbs(src: string): Verb[] {
  if (!src.startsWith('(?:') || !src.endsWith(')')) throw new Error('verbScan: SPEECH_VERB is not one group');
  const parts: string[] = [];
  let depth = 0;
  let from = 3;
  for (let i = 3; i < src.length - 1; i++) {
    if (src[i] === '(') depth++;
    else if (src[i] === ')') depth--;
    else if (src[i] === '|' && depth === 0) { parts.push(src.slice(from, i)); from = i + 1; }
  }
  parts.push(src.slice(from, src.length - 1));
  return parts.map((p) => {
    const m = ALTERNATIVE.exec(p);
    if (!m) throw new Error(`verbScan: unsupported alternative ${p}`);
    const notBefore = m[3] === undefined ? [] : m[3].startsWith('[') ? [...m[3].slice(1, -1)] : m[3].split('|');
    return { word: m[2], notAfter: m[1] ?? '', notBefore };
  });
}

const BY_FIRST = new Map<number, Verb[]>();
/** 1 where some verb begins with the character: most characters are passed over with this one lookup. */
const FIRST = new Uint8Array(0x10000);
for (const v of readVerbs(SPEECH_VERB)) {
  FIRST[v.word.charCodeAt(0)] = 1;
  const list = BY_FIRST.get(v.word.charCodeAt(0)) ?? [];
  list.push(v);
  BY_FIRST.set(v.word.charCodeAt(0), list);
}

function verbAt(s: string, at: number): Verb | null {
  const list = BY_FIRST.get(s.charCodeAt(at));
  if (!list) return null;
  for (const v of list) {
    if (!s.startsWith(v.word, at)) continue;
    // `援引X的话说`, `用她的话说`: `说` after `的话` is X's saying, not the `话说` of a story
    if (v.notAfter && at > 0 && v.notAfter.includes(s[at - 1]) && !(v.word === '说' && s.startsWith('的话', at - 2)) && !andSaid(s, at, v.word)) continue;
    const end = at + v.word.length;
    if (v.notBefore.some((w) => s.startsWith(w, end))) continue;
    // `本报告所称的“生育成本”`, `他所说的“法律问题”`: what was said, a noun phrase, not a report of it
    if (s[at - 1] === '所' && /[的“]/.test(s[end] ?? '')) continue;
    return v;
  }
  return null;
}

/** `称` at `at` after `，并` ({@link AND_SAID}). */
function andSaid(s: string, at: number, word: string): boolean {
  return word === '称' && at > 1 && AND_SAID.test(s.slice(at - 2, at + 1));
}

/** Verbs of answering, which take what they answer as an object before the words (`回答记者的提问：`). */
const ANSWERS = /^(?:回答|回应|答复|回复)$/;
/**
 * The object of an answer that points back to a question asked before, closing its clause (`了这一问题，`, `记者的提问：`,
 * `上述质疑，`): the words after are the answer. A question named first (`回答同样一个问题，“写诗有什么用”`,
 * `回复顾客的问题，“……”`) may be what the quote holds.
 */
const ANSWERED = /^了?(?:上述|这一?个?|该|此|记者的?|媒体的?|外界的?)(?:提问|问题|质疑|询问|疑问|关切)(?=[：:，,“])/;

/** `(?:称|说|道)?[：:，,]?` after the verb; after a verb of answering, the question it answers first (`回答上述问题，`). */
function tailAt(s: string, at: number, verb = ''): string {
  let end = at;
  const answered = ANSWERS.test(verb) ? ANSWERED.exec(s.slice(at, at + 12)) : null;
  if (answered) end += answered[0].length;
  if ('称说道'.includes(s[end] ?? '\u0000')) end++;
  if ('：:，,'.includes(s[end] ?? '\u0000')) end++;
  return s.slice(at, end);
}

/** The speech verbs of `s` left to right, not overlapping: `他表示，……李先生说` → `表示，`, `说`. */
export function findVerbs(s: string): VerbMatch[] {
  const out: VerbMatch[] = [];
  for (let at = 0; at < s.length; ) {
    const v = FIRST[s.charCodeAt(at)] ? verbAt(s, at) : null;
    if (!v) { at++; continue; }
    const tail = tailAt(s, at + v.word.length, v.word);
    out.push({ index: at, text: v.word + tail, tail });
    at += v.word.length + tail.length;
  }
  return out;
}
