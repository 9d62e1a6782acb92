import { parseSpeakerPhrase } from './speakerPhrase';
import { resolvePronoun, type State, type Who } from './memory';
import { clauseStart, MASK, type BlockView } from './view';

/**
 * A colon with no speech verb: `民警立刻联系赖女士：“你赶紧……”` → `民警`, via `colon`.
 * `colonAt` is the colon's index in `view.masked`; `floor` the sentence start there.
 */
export function colonSpeaker(view: BlockView, colonAt: number, floor: number, state: State): Who | 'indefinite' | null {
  let to = colonAt;
  for (let step = 0; step < 2 && to > floor; step++) {
    const from = clauseStart(view.masked, to, floor);
    const p = parseSpeakerPhrase(view.masked.slice(from, to));
    if (p?.cls === 'indefinite') return 'indefinite';
    if (p?.cls === 'pronoun') return resolvePronoun(view.start + from + p.start, state, p.name);
    if (p && (p.cls !== 'name' || p.name.length <= 8)) return { name: p.name, span: { start: view.start + from + p.start, end: view.start + from + p.end }, via: 'colon' };
    to = from - 1;
  }
  return null;
}

/**
 * The subject of the sentence when no verb introduces the quote:
 * `戴志康非常看好P2P，“金融体系里……”` → `戴志康` (a person mention or a pronoun), via `subject`.
 */
export function subjectSpeaker(view: BlockView, sentence: number, quoteAt: number, state: State): Who | null {
  const s = view.masked;
  let end = sentence;
  while (end < quoteAt && !/[，,：:；;]/.test(s[end])) end++;
  if (end >= quoteAt) return null;
  const p = parseSpeakerPhrase(s.slice(sentence, end));
  if (!p || p.cls === 'indefinite') return null;
  const start = view.start + sentence + p.start;
  if (p.cls === 'pronoun') return resolvePronoun(start, state, p.name);
  if (!state.personStarts.has(start)) return null;
  return { name: p.name, span: { start, end: view.start + sentence + p.end }, via: 'subject' };
}

/** The paragraph is nothing but the quote (`**“不敢开空调，只能裹着羽绒服过夜”**`). */
export function isQuoteOnly(view: BlockView, start: number, end: number): boolean {
  const s = view.masked;
  const before = s.slice(0, start - view.start);
  const after = s.slice(end - view.start);
  return /^[\s*_]*$/.test(before) && /^[\s*_。，！？]*$/.test(after) && s.indexOf(MASK) >= 0;
}
