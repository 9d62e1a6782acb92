import type { EntityMention, Span } from '../types';
import { ORG_END } from './lexicon';

/** A resolved speaker: its name, where it is written, and how it was found. */
export interface Who {
  name: string;
  span: Span;
  via: string;
}

/** What the attribution pass remembers while it walks the article. */
export interface State {
  /** The last speaker of the article so far (for `他说`, `这位官员表示`). */
  last: Who | null;
  /** The last person-like speaker (not an outlet or an organization), for `他`/`她`. */
  lastPerson: Who | null;
  /** The last speaker of the current paragraph (for a follow-on quote). */
  inBlock: Who | null;
  /** The last speaker of the previous paragraph (for `：“……”` on a new line, a quote-only paragraph). */
  prevBlockLast: Who | null;
  persons: EntityMention[];
  /** Person mentions in subject position (`subjects.ts`), for `他`/`她`. */
  subjects: EntityMention[];
  /** Start of the paragraph being read: only its own subjects compete with the last speaker. */
  blockStart: number;
  /** Start offsets of person mentions. */
  personStarts: Set<number>;
}

/**
 * Resolves `他`/`其`/`这位官员` at `at`: the last speaker, else the last person mention before it:
 * after `古普塔表示：“……”`, `他补充说` → `古普塔`.
 */
export function resolvePronoun(at: number, state: State, pronoun = '其', sentence = -1): Who | null {
  // `海涅……反称……，他宣称`: a person named earlier in the pronoun's own sentence is its referent
  if (sentence >= 0 && /^[他她]$/.test(pronoun)) {
    for (const m of state.persons) {
      if (m.start >= at) break;
      if (m.start >= sentence) return { name: m.text, span: { start: m.start, end: m.end }, via: 'pronoun' };
    }
  }
  if (pronoun === GLOSS_TAIL) return lastMention(at, state);
  if (/^(?:其|他们|她们|对方)$/.test(pronoun)) return state.last && state.last.span.start < at ? { ...state.last, via: 'pronoun' } : lastMention(at, state);
  const prev = state.lastPerson && state.lastPerson.span.start < at && fitsGender(state.lastPerson.name, pronoun) ? state.lastPerson : null;
  // a person named as a subject after the last speaker is the more likely referent
  const subject = /^[他她]$/.test(pronoun) ? lastMention(at, state, pronoun, state.subjects) : null;
  if (subject && subject.span.start < state.blockStart) return prev ? { ...prev, via: 'pronoun' } : subject;
  if (subject && (!prev || subject.span.start > prev.span.start)) return subject;
  return prev ? { ...prev, via: 'pronoun' } : lastMention(at, state, pronoun);
}

/** `她` is not `张先生`, `他` is not `王女士`: address forms and kin words that give a gender. */
function fitsGender(name: string, pronoun: string): boolean {
  if (pronoun === '她') return !/(?:先生|男士|大爷|老伯|父亲|爸爸|丈夫|儿子|哥哥|弟弟|男子|男孩|国王|王子)$/.test(name);
  if (pronoun === '他') return !/(?:女士|小姐|太太|夫人|阿姨|大妈|母亲|妈妈|妻子|女儿|姐姐|妹妹|女子|女孩|王妃|王后|女王)$/.test(name);
  return true;
}

/**
 * The end of a gloss standing for the name before it (`Smith）表示` when the line broke inside
 * `约翰·史密斯（John\nSmith）`): resolved to the last person mention, like a pronoun.
 */
export const GLOSS_TAIL = '）';

function lastMention(at: number, state: State, pronoun = '', among: readonly EntityMention[] = state.persons): Who | null {
  let best: EntityMention | null = null;
  for (const m of among) {
    if (m.start >= at) break;
    if (fitsGender(m.text, pronoun)) best = m;
  }
  return best ? { name: best.text, span: { start: best.start, end: best.end }, via: 'pronoun' } : null;
}

/** Speakers a personal pronoun can point back to: not outlets, not organizations. */
export function isPersonLike(who: Who): boolean {
  return who.via !== 'media' && !ORG_END.test(who.name);
}
