import { isSubjectless, isUnknownSubject, parseSpeakerPhrase, type SpeakerPhrase } from './speakerPhrase';
import { clauseStart, sentenceStart, type BlockView } from './view';
import { findVerbs } from './verbScan';
import { LEADING } from './lexicon';
import { entityOpening, personBeforeVerb, unnamedRole } from './entitySubject';
import type { EntityMention } from '../types';

/** A speech clause: a speaker phrase and its verb (`李先生称，`), or an outlet (`据路透社报道`). Offsets are document offsets. */
export interface SpeechClause {
  /** Start of the verb (or of `据`). */
  at: number;
  /** Just after the verb and its tail (`称，`). */
  end: number;
  /** Start of the sentence holding it. */
  sentence: number;
  /** The verb is followed by `，` `：` or a quote mark: it introduces reported content. */
  open: boolean;
  phrase: (SpeakerPhrase & { start: number; end: number }) | null;
  media: boolean;
  /** The words before the verb name something that is no speaker (`在商品晒单笔记中同样有买家表示`). */
  rejected: boolean;
  /** `据路透社报道`: names a source but does not make short quotes in its sentence reported speech. */
  outlet: boolean;
  /** A sentence-initial word the lists do not know (`经纬纺机称`), read by `speakers.ts`; null if none. */
  unknown: { at: number; word: string } | null;
}

/** Verbs that introduce reported content even without a comma: `图斯克称此事可能导致冲突升级`. */
const STRONG = /^(?:表示|放话|放言|推测|称|说|指出|强调|透露|坦言|直言|介绍|告诉|回应|认为|警告|宣称|声称|写道|提到|补充说|补充道|介绍说|说道|报道)/;
const OUTLET_RE = /据([^，。！？；：,\u25a1“”「」]{2,24}?)(?:的)?(?:报道|消息|通报|披露|援引|透露)/g;
const NOT_OUTLET = /^(?:报道|悉|介绍|了解|统计|分析|调查|相关|有关|外媒|媒体|报|称)$/;
const MAX_BACK = 3;
/** Conjunctions opening a condition (`如果`, `一旦`, `即使`): a verb in their clause reports no speech. */
const CONDITIONAL = /^(?:如果|假如|假若|倘若|如若|若是|要是|一旦|只要|即使|即便|哪怕)/;

/**
 * The speech clauses of one block, in order:
 * `李先生称，他是当地的一名医生，“要不是……”` → one clause, verb `称`, phrase `李先生`.
 */
export function findSpeechClauses(view: BlockView, named: readonly EntityMention[] = []): SpeechClause[] {
  const out: SpeechClause[] = [];
  const s = view.masked;
  for (const m of findVerbs(s)) {
    const at = m.index;
    const end = at + m.text.length;
    if (s[at - 1] === '据') continue;
    const open = /[：:，,]/.test(m.tail) || /[“「『]/.test(s[end] ?? '');
    if (!open && !STRONG.test(m.text)) continue;
    const sentence = sentenceStart(s, at);
    // `如果查尔斯要求，……`: a condition, not someone speaking
    const conditional = CONDITIONAL.test(s.slice(clauseStart(s, at, sentence), at).replace(/^[\s*_]+/, ''));
    const found = conditional ? { phrase: null, rejected: true } : phraseBefore(s, at, sentence, view.start, named);
    const { phrase, rejected, unknown = null } = (!found.phrase && sharedSubject(out, s, at, sentence, view.start)) || found;
    out.push({ at: view.start + at, end: view.start + end, sentence: view.start + sentence, open, phrase, media: /报道/.test(m.text), outlet: false, rejected, unknown });
  }
  for (const m of s.matchAll(OUTLET_RE)) {
    if (NOT_OUTLET.test(m[1])) continue;
    const p = parseSpeakerPhrase(m[1]);
    const at = m.index!;
    const phrase = p ? { ...p, start: view.start + at + 1 + p.start, end: view.start + at + 1 + p.end } : null;
    out.push({ at: view.start + at, end: view.start + at + m[0].length, sentence: view.start + sentenceStart(s, at), open: true, phrase, media: true, outlet: true, rejected: !phrase, unknown: null });
  }
  for (const c of findViewClauses(view)) out.push(c);
  return out.sort((a, b) => a.at - b.at);
}

const VIEW_RE = /在([^，。！？；：,\u25a1“”「」]{1,20}?)(?:看来|眼中|眼里)[，,]/g;

/** `在李教授看来，……` opening a clause: the view of 李教授, read like a speech clause. */
function findViewClauses(view: BlockView): SpeechClause[] {
  const out: SpeechClause[] = [];
  const s = view.masked;
  for (const m of s.matchAll(VIEW_RE)) {
    const at = m.index!;
    const sentence = sentenceStart(s, at);
    if (!isSubjectless(s.slice(clauseStart(s, at, sentence), at))) continue;
    const p = parseSpeakerPhrase(m[1]);
    if (!p) continue;
    const phrase = { ...p, start: view.start + at + 1 + p.start, end: view.start + at + 1 + p.end };
    out.push({ at: view.start + at, end: view.start + at + m[0].length, sentence: view.start + sentence, open: true, phrase, media: false, outlet: false, rejected: false, unknown: null });
  }
  return out;
}

/**
 * The speaker phrase of the clause before `verbAt`, stepping back over clauses without a subject
 * (`，称……`, `，辩解称……`). `rejected` when a clause on the way has words before its verb that name
 * no speaker (`家属当场拒绝火化，并哭诉道`).
 */
function phraseBefore(s: string, verbAt: number, floor: number, offset: number, named: readonly EntityMention[]): { phrase: SpeechClause['phrase']; rejected: boolean; unknown?: { at: number; word: string } } {
  let to = verbAt;
  for (let step = 0; step < MAX_BACK && to >= floor; step++) {
    const from = clauseStart(s, to, floor);
    const clause = s.slice(from, to);
    const read = parseSpeakerPhrase(clause);
    // the entity analysis knows subjects the phrase rules do not (`欧洲央行表示`, `德国物理学家马克斯·普朗克曾说过`)
    const p = step === 0 ? personBeforeVerb(clause, offset + from, named, read) : openingOver(clause, read, entityOpening(clause, offset + from, named));
    if (p && (step === 0 || p.cls !== 'name' || p.name.length <= 6)) {
      const q = unnamedRole(p, offset + from, named);
      return { phrase: { ...q, start: offset + from + q.start, end: offset + from + q.end }, rejected: false };
    }
    if (p) return { phrase: null, rejected: false };
    if (!isSubjectless(clause)) return { phrase: null, rejected: true };
    if (from <= floor) return isUnknownSubject(clause) ? { phrase: null, rejected: true, unknown: unknownWord(clause, offset + from) } : { phrase: null, rejected: false };
    to = from - 1;
  }
  return { phrase: null, rejected: false };
}

/**
 * An earlier clause's subject: a name opening it (`普京听取了……报告`) over what the rules read there when
 * they read no one in particular or something after the name and a `的` (`……的工作汇报`, its object);
 * not over a subject the name only qualifies (`韩国总统尹锡悦办公室`).
 */
function openingOver(clause: string, read: SpeakerPhrase | null, opening: SpeakerPhrase | null): SpeakerPhrase | null {
  return opening && (!read || read.cls === 'indefinite' || (read.start >= opening.end && clause[read.start - 1] === '的')) ? opening : read;
}

/**
 * `马先生表示，……，并直言“……”`: a verb with no subject of its own (`并直言`) shares the phrase of the
 * speech clause before it in the same sentence; null when its clause has a subject or there is none.
 */
function sharedSubject(out: SpeechClause[], s: string, verbAt: number, floor: number, offset: number): { phrase: SpeechClause['phrase']; rejected: boolean; unknown?: { at: number; word: string } } | null {
  const prev = out[out.length - 1];
  if (!prev?.phrase || prev.sentence !== offset + floor) return null;
  if (!isSubjectless(s.slice(clauseStart(s, verbAt, floor), verbAt))) return null;
  return { phrase: prev.phrase, rejected: false };
}

/** The word of a clause {@link isUnknownSubject} accepted, after markup and leading adverbs: `**经纬纺机` → `经纬纺机`. */
function unknownWord(clause: string, at: number): { at: number; word: string } {
  const word = clause.replace(/^[\s*_]*/, '').replace(LEADING, '').trimEnd();
  return { at: at + clause.trimEnd().length - word.length, word };
}
