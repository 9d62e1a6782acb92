import { isSubjectless, parseSpeakerPhrase, type SpeakerPhrase } from './speakerPhrase';
import { clauseStart, sentenceStart, type BlockView } from './view';
import { findVerbs } from './verbScan';

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
}

/** Verbs that introduce reported content even without a comma: `图斯克称此事可能导致冲突升级`. */
const STRONG = /^(?:表示|放话|放言|推测|称|说|指出|强调|透露|坦言|直言|介绍|告诉|回应|认为|警告|宣称|声称|写道|提到|补充说|补充道|介绍说|说道|报道)/;
const OUTLET_RE = /据([^，。！？；：,\u25a1“”「」]{2,24}?)(?:的)?(?:报道|消息|通报|披露|援引|透露)/g;
const NOT_OUTLET = /^(?:报道|悉|介绍|了解|统计|分析|调查|相关|有关|外媒|媒体|报|称)$/;
const MAX_BACK = 3;

/**
 * The speech clauses of one block, in order:
 * `李先生称，他是当地的一名医生，“要不是……”` → one clause, verb `称`, phrase `李先生`.
 */
export function findSpeechClauses(view: BlockView): SpeechClause[] {
  const out: SpeechClause[] = [];
  const s = view.masked;
  for (const m of findVerbs(s)) {
    const at = m.index;
    const end = at + m.text.length;
    if (s[at - 1] === '据') continue;
    const open = /[：:，,]/.test(m.tail) || /[“「『]/.test(s[end] ?? '');
    if (!open && !STRONG.test(m.text)) continue;
    const sentence = sentenceStart(s, at);
    const { phrase, rejected } = phraseBefore(s, at, sentence, view.start);
    out.push({ at: view.start + at, end: view.start + end, sentence: view.start + sentence, open, phrase, media: /报道/.test(m.text), outlet: false, rejected });
  }
  for (const m of s.matchAll(OUTLET_RE)) {
    if (NOT_OUTLET.test(m[1])) continue;
    const p = parseSpeakerPhrase(m[1]);
    const at = m.index!;
    const phrase = p ? { ...p, start: view.start + at + 1 + p.start, end: view.start + at + 1 + p.end } : null;
    out.push({ at: view.start + at, end: view.start + at + m[0].length, sentence: view.start + sentenceStart(s, at), open: true, phrase, media: true, outlet: true, rejected: !phrase });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The speaker phrase of the clause before `verbAt`, stepping back over clauses without a subject
 * (`，称……`, `，辩解称……`). `rejected` when a clause on the way has words before its verb that name
 * no speaker (`家属当场拒绝火化，并哭诉道`).
 */
function phraseBefore(s: string, verbAt: number, floor: number, offset: number): { phrase: SpeechClause['phrase']; rejected: boolean } {
  let to = verbAt;
  for (let step = 0; step < MAX_BACK && to >= floor; step++) {
    const from = clauseStart(s, to, floor);
    const clause = s.slice(from, to);
    const p = parseSpeakerPhrase(clause);
    if (p && (step === 0 || p.cls !== 'name' || p.name.length <= 6)) return { phrase: { ...p, start: offset + from + p.start, end: offset + from + p.end }, rejected: false };
    if (p) return { phrase: null, rejected: false };
    if (!isSubjectless(clause)) return { phrase: null, rejected: true };
    if (from <= floor) return { phrase: null, rejected: false };
    to = from - 1;
  }
  return { phrase: null, rejected: false };
}
