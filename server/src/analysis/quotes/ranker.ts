/**
 * The learned last word on the narration fallback's speakers. The attribution rules (`speakers.ts` and
 * the passes after it) are right 93–100% of the time when one fires; what they leave is a speech quote
 * no rule reaches (`quote.unattributed`) and the narration fallback (`topic`). For the fallback's quotes
 * (`RANKED`), this ranks the persons and bodies named around the quote (its paragraph, the two before
 * and the one after, and the fallback's own pick), and
 * "no one", by a linear model over a few dozen features of position, distance and form (`“……”` then
 * `张三说` within the clause, a name opening its sentence, a name followed by `的`, the last speaker,
 * how often the article names the candidate), and takes the best. The weights are learned
 * (`npm run train:speakers`, scripts/trainSpeakers.ts: a conditional logit over the hand-annotated
 * speaker sets the rules were read on, never the sets kept unseen) and come in as plain data.
 *
 * Pure, over the finished quotes of the article in document offsets: a quote it changes is replaced by
 * a new object (unit results are remembered across analyses and must stay as they were).
 */
import type { Block, Entity, EntityMention, Finding, Quote, Span } from '../types';
import { articleNames, blockOf, firstQuoteEndingAfter, isTop, LOOK_BACK, mentionAt, namesAround, outerQuotes, rankKey, sizeOf, windowOf, type ArticleNames, type RankContext, type SpeakerRegion } from './rankerContext';
import { SPEECH_VERB } from './lexicon';
import { unattributedFinding } from './messages';

export type { SpeakerRegion } from './rankerContext';

/** Feature name → weight. */
export type SpeakerWeights = Readonly<Record<string, number>>;

/** One choice for a quote: a mention, or no one (`mention: null`), with its features. */
export interface SpeakerCandidate {
  mention: EntityMention | null;
  features: string[];
}

/** The choices for the speech quote `quotes[index]`. */
export interface SpeakerChoice {
  index: number;
  candidates: SpeakerCandidate[];
}

/**
 * The quotes the ranker decides: the narration fallback's. On a quote no rule reaches it beats leaving
 * it unattributed in five folds (scripts/trainSpeakers.ts: 162 of 243 against 148), but a third of the
 * names it gives there are wrong, and a wrong name would hide the `quote.unattributed` warning a
 * fact-checker needs: those keep the rules' answer.
 */
const RANKED: ReadonlySet<SpeakerRegion> = new Set(['topic']);

const SENTENCE_END = /[。！？!?；;\n]/;
const VERB_NEAR = new RegExp(`^[^，。！？；：:“”,!?;]{0,8}?${SPEECH_VERB}`);
const VERB_IN_CLAUSE = new RegExp(`^[^。！？；“”!?;]{0,30}?${SPEECH_VERB}`);
const VERB_BEFORE = new RegExp(`${SPEECH_VERB}[^。！？；!?;]{0,12}$`);
/** Someone unnamed or a crowd in the quote's sentence: the quote is theirs. */
const UNNAMED = /网友|网民|有人|不少人|许多人|很多人|民众|市民|村民|居民|消费者|家长|人士|专家|学者|受访者|[一两几][位名个]|工作人员|记者|媒体/;
/** `的` after a name, maybe past a gloss (`刘某（化名）的丈夫`): the name is someone's, not the speaker. */
const POSSESSIVE = /^(?:[（(][^（）()]{0,10}[）)])?的/;
/** The one spoken to, or the reporter's outlet: `向九派新闻介绍`, `接受红星新闻采访`, `封面新闻记者`. */
const ADDRESSEE_BEFORE = /(?:向|对|告诉|接受|致电|联系)$/;
const ADDRESSEE_AFTER = /^(?:的)?(?:记者|采访|专访|介绍)/;
const MARKUP = /^[\s*_#>【】（）()]*$/;

/** The ranker's choices for the speech quotes whose speaker came from one of `regions`. */
export function speakerChoices(text: string, blocks: readonly Block[], quotes: readonly Quote[], findings: readonly Finding[], named: readonly EntityMention[], entities?: readonly Entity[], regions: ReadonlySet<SpeakerRegion> = RANKED): SpeakerChoice[] {
  const out: SpeakerChoice[] = [];
  eachRanked(blocks, quotes, findings, named, entities, regions, (i, b, c, outer) => out.push({ index: i, candidates: candidatesOf(text, blocks, b, quotes[i], outer, named, c) }));
  return out;
}

/** Calls `visit` with each speech quote whose speaker came from one of `regions`, its paragraph and what the ranker reads of the article. */
function eachRanked(blocks: readonly Block[], quotes: readonly Quote[], findings: readonly Finding[], named: readonly EntityMention[], entities: readonly Entity[] | undefined, regions: ReadonlySet<SpeakerRegion>, visit: (i: number, b: number, c: RankContext, outer: readonly Quote[]) => void): void {
  const unattributed = new Set<number>();
  if (regions.has('unattr')) for (const f of findings) if (f.code === 'quote.unattributed') unattributed.add(f.start);
  // what the ranker reads of the whole article is cheap to find: a keystroke in a large article runs it again
  const first = named.find((m) => m.type === 'person')?.text ?? null;
  let article: ArticleNames | undefined;
  let outer: Quote[] | null = null;
  let b = 0;
  let lastSpeaker: string | null = null;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.kind !== 'speech') continue;
    while (b + 1 < blocks.length && blocks[b + 1].content.start <= q.start) b++;
    const region: SpeakerRegion = q.speakerVia === 'topic' ? 'topic' : !q.speaker && unattributed.has(q.start) ? 'unattr' : 'rule';
    if (regions.has(region)) visit(i, b, { region, first, lastSpeaker, article: article === undefined ? (article = articleNames(entities)) : article }, (outer ??= outerQuotes(quotes)));
    if (q.speaker) lastSpeaker = q.speaker;
  }
}

/** The choices for quote `q` of paragraph `b`; `quotes` are the article's outer quotes (`outerQuotes`), masked where words are read. */
function candidatesOf(text: string, blocks: readonly Block[], b: number, q: Quote, quotes: readonly Quote[], named: readonly EntityMention[], c: RankContext): SpeakerCandidate[] {
  const block = blocks[b].content;
  const { lo, hi } = windowOf(blocks, b);
  const quoteOnly = masked(text, block.start, block.end, quotes).replace(/□+/g, '').trim().length <= 2;
  const none = noOneFeatures(text, block, q, quotes, c.region, quoteOnly);
  const verbBefore = none.includes('none:verb');
  const out: SpeakerCandidate[] = [{ mention: null, features: none }];
  const before: SpeakerCandidate[] = [], afterQ: SpeakerCandidate[] = [];
  let inBlock = 0;
  const add = (m: EntityMention): void => {
    const mb = blockOf(blocks, b, m.start);
    const rel = Math.max(-2, mb - b);
    const side = m.end <= q.start ? 'b' : 'a';
    const pos = rel === 0 ? `0${side}` : String(rel);
    const f = [`pos:${pos}`, `type:${m.type[0]}`, `freq:${bucket(sizeOf(m, c, counts), [1, 3])}`];
    if (rel === 0) {
      inBlock++;
      const gap = side === 'b' ? masked(text, m.end, q.start, quotes) : masked(text, q.end, m.start, quotes);
      f.push(`d${side}:${bucket(gap.length, [2, 8, 20, 50, 120])}`);
      if (!SENTENCE_END.test(gap)) {
        f.push(`sent:${side}`);
        // the first name of the quote's sentence, before it: its subject, maybe of the verb before the quote
        if (side === 'b' && !before.some((x) => x.features.includes('sent:b'))) f.push(verbBefore ? 'ssubj:verb' : 'ssubj');
      }
      if (side === 'b' && /[：:]\s*$/.test(gap) && !SENTENCE_END.test(gap)) f.push('colon');
    }
    formFeatures(f, text, blocks[mb], m, pos, quotes, c);
    if (isTop(m, c, top)) f.push('top');
    if (picked && picked.start === m.start) {
      f.push('topic');
      picked = null;
    }
    if (quoteOnly) f.push(`qonly:${pos}`);
    const cand = { mention: m, features: f };
    if (rel === 0) (side === 'b' ? before : afterQ).push(cand);
    out.push(cand);
  };
  // the fallback's own choice is always among the choices, wherever it was named
  let picked = c.region === 'topic' && q.speaker && q.speakerSpan ? q.speakerSpan : null;
  // how often the article names each (the grouping's count; without it, how often it is written around the quote)
  const { window, counts, top } = namesAround(named, lo, hi, quotes);
  for (const m of window) add(m);
  if (picked) add(mentionAt(named, picked.start) ?? ({ start: picked.start, end: picked.end, text: q.speaker!, type: 'person', rule: 'speaker' } as EntityMention));
  // the nearest on each side of the quote in its paragraph
  for (let k = 0; k < before.length; k++) before[before.length - 1 - k].features.push(`near:b${Math.min(k, 2)}`);
  for (let k = 0; k < afterQ.length; k++) afterQ[k].features.push(`near:a${Math.min(k, 2)}`);
  if (inBlock === 0) none.push('none:alone');
  return out;
}

/** The features of "no one" for quote `q` of paragraph `block`. */
function noOneFeatures(text: string, block: Span, q: Quote, quotes: readonly Quote[], region: SpeakerRegion, quoteOnly: boolean): string[] {
  const sentence = sentenceBefore(text, block.start, q.start, quotes);
  const after = masked(text, q.end, Math.min(block.end, q.end + 20), quotes);
  const none = ['none', `none:${region}`];
  if (quoteOnly) none.push('none:qonly');
  if (UNNAMED.test(sentence) || UNNAMED.test(after.split(SENTENCE_END)[0])) none.push('none:unnamed');
  if (VERB_BEFORE.test(sentence)) none.push('none:verb');
  if (MARKUP.test(sentence)) none.push('none:initial');
  return none;
}

/** What the name's own sentence and clause say of it, and what the article does (`pos`: where it stands to the quote). */
function formFeatures(f: string[], text: string, block: Block, m: EntityMention, pos: string, quotes: readonly Quote[], c: RankContext): void {
  const rest = masked(text, m.end, Math.min(block.content.end, m.end + 30), quotes);
  if (VERB_NEAR.test(rest)) f.push(`verb:${pos}`);
  else if (VERB_IN_CLAUSE.test(rest)) f.push(`verbfar:${pos}`);
  if (POSSESSIVE.test(rest)) f.push('poss');
  if (ADDRESSEE_BEFORE.test(text.slice(Math.max(0, m.start - LOOK_BACK), m.start)) || ADDRESSEE_AFTER.test(rest)) f.push('addressee');
  if (MARKUP.test(sentenceBefore(text, block.content.start, m.start, quotes))) f.push(`subj:${pos}`);
  if (block.kind !== 'paragraph') f.push('heading');
  if (m.text === c.first) f.push('first');
  if (m.text === c.lastSpeaker) f.push(`last:${pos}`);
}

/**
 * The ranker's answer for one quote: a name (offsets from the start of its window, `rankerContext.ts`),
 * the speaker the rules gave it (`kept`, wherever that was named), or no one.
 */
export type RankPick = { start: number; end: number; text: string } | 'kept' | null;

/** Remembers picks by `rankKey` (the server's document cache gives one, see `reuse/`). */
export interface RankMemo {
  entry(key: string, compute: () => RankPick): { value: RankPick };
  /** Short stand-ins for the texts of the blocks (one per block, equal strings for equal texts): keys use them instead of the words. */
  blockKeys?: readonly string[];
}

/** The quotes with the ranker's speakers, and the findings without `quote.unattributed` for the quotes it named. */
export function rankSpeakers(text: string, blocks: readonly Block[], quotes: Quote[], findings: Finding[], named: readonly EntityMention[], weights: SpeakerWeights | null | undefined, entities?: readonly Entity[], memo?: RankMemo): { quotes: Quote[]; findings: Finding[] } {
  if (!weights) return { quotes, findings };
  let out: Quote[] | null = null;
  const renamed = new Set<number>();
  const dropped: Finding[] = [];
  eachRanked(blocks, quotes, findings, named, entities, RANKED, (i, b, c, outer) => {
    const q = quotes[i];
    const { lo } = windowOf(blocks, b);
    const decide = (): RankPick => {
      const m = bestCandidate(candidatesOf(text, blocks, b, q, outer, named, c), weights).mention;
      // the fallback's own pick (also when the mention there is shorter or longer than the speaker it gave)
      if (m && q.speakerSpan?.start === m.start) return 'kept';
      return m && { start: m.start - lo, end: m.end - lo, text: m.text };
    };
    const pick = memo ? memo.entry(rankKey(text, blocks, b, q, outer, named, c, memo.blockKeys), decide).value : decide();
    if (pick === 'kept' || (pick ? q.speaker === pick.text && q.speakerSpan?.start === pick.start + lo : !q.speaker)) return;
    out ??= quotes.slice();
    if (pick) {
      out[i] = { ...q, speaker: pick.text, speakerSpan: { start: pick.start + lo, end: pick.end + lo }, speakerVia: 'ranked' };
      renamed.add(q.start);
    } else {
      out[i] = { ...q, speaker: null, speakerSpan: null, speakerVia: null };
      dropped.push(unattributedFinding(q));
    }
  });
  if (!out) return { quotes, findings };
  const kept = renamed.size ? findings.filter((f) => f.code !== 'quote.unattributed' || !renamed.has(f.start)) : findings.slice();
  for (const f of dropped) kept.push(f);
  return { quotes: out, findings: kept };
}

/** The candidate the weights score highest (the first on a tie: no one comes first). */
export function bestCandidate(candidates: readonly SpeakerCandidate[], weights: SpeakerWeights): SpeakerCandidate {
  let best = candidates[0], top = -Infinity;
  for (const c of candidates) {
    const s = scoreOf(c.features, weights);
    if (s > top) { top = s; best = c; }
  }
  return best;
}

export function scoreOf(features: readonly string[], weights: SpeakerWeights): number {
  let s = 0;
  for (const f of features) s += weights[f] ?? 0;
  return s;
}

const bucket = (n: number, edges: readonly number[]): number => {
  let k = 0;
  while (k < edges.length && n > edges[k]) k++;
  return k;
};

/** `text[from, to)` with the words inside quotes replaced by one `□` each quote (their marks kept). */
function masked(text: string, from: number, to: number, quotes: readonly Quote[]): string {
  if (to <= from) return '';
  let out = '', at = from;
  for (let k = firstQuoteEndingAfter(quotes, from); k < quotes.length && quotes[k].inner.start < to; k++) {
    const s = Math.max(from, quotes[k].inner.start), e = Math.min(to, quotes[k].inner.end);
    if (s < at) continue;
    out += text.slice(at, s) + '□';
    at = e;
  }
  return out + text.slice(at, to);
}

/** The words of the sentence holding `at` before `at` (from `start`, its paragraph's), quotes masked. */
function sentenceBefore(text: string, start: number, at: number, quotes: readonly Quote[]): string {
  const s = masked(text, Math.max(start, at - 80), at, quotes);
  let k = s.length - 1;
  while (k >= 0 && !SENTENCE_END.test(s[k])) k--;
  return s.slice(k + 1);
}
