import type { QuoteKind } from '../types';
import { AND_SAID } from './lexicon';

/** What the surroundings of one quote say, gathered by the attribution pass. */
export interface KindContext {
  /** The text inside the marks. */
  inner: string;
  depth: number;
  /** Up to six characters before the opening mark, markup skipped. */
  before: string;
  /** The character right after the closing mark, markup skipped (`undefined` at the end of the block); after the run's last quote in a run. */
  next: string | undefined;
  /** Another quote follows right after this one (`“……”“……”`): one of a run, read with what follows the run. */
  inRun: boolean;
  /** The kind of the run's first quote, for the quotes after it in the run (none after a full stop: `“……看着。”“布鲁克林奶王”发微博` names who said it). */
  runKind?: QuoteKind;
  /** Nothing but markup or a colon precedes the quote in its sentence. */
  sentenceInitial: boolean;
  /** `“……”李先生说` */
  verbAfter: boolean;
  /** A speech verb followed by `，` or `：` earlier in the sentence governs the quote: `表示，……“重要一步”`. */
  governed: boolean;
  /** A speech verb (or colon) right before the opening mark (of a run's first quote): `称“这是一件令人不安的事件”`. */
  direct: boolean;
}

const CLAUSE = /[，。！？；：,!?;…—]/;
/** Words before a quote that make it a name or label: `所谓“台独”`, `称这家公司为“宇宙集团”`, `一切“台独”`. */
const NAMING = /(?:简称|下称|以下简称|统称|俗称|又称|昵称|人称|代称|并称|合称|别称|通称|誉为|称为|叫做|名为|定为|命名为)$/;
const TERM_BEFORE = /(?:所谓的?|称为|称之为|叫做|名为|号称|被称为|冠以|一切|这一|即|为|之|被|把|将|以|当作)$/;
const BOUNDARY_AFTER = /^[，。！？；：,.!?;:）)\]】、”’」』]$/;
/** A numbered slogan (`两个维护`, `四个意识`, `六项保证`, `五大工程`: the guideline's term); not one thing counted, `一种耻辱`, a fragment of speech. */
const NUMBERED_SLOGAN = /^[两二三四五六七八九十]+(?:个|项|大|条|点)[\u4e00-\u9fa5]{2,6}$/;
/** The text of a quote that is a whole sentence: it closes with a full stop, a question or an exclamation mark. */
const SENTENCE_END = /[。！？!?]$/;

/**
 * Speech or term: `董军表示：“我们……”` → speech; `一切“台独”分裂活动` → term (a name inside a noun phrase);
 * `是……的“重要一步”` after `表示，` → speech (a fragment of reported speech).
 */
export function decideKind(c: KindContext): QuoteKind {
  const clause = CLAUSE.test(c.inner);
  const long = c.inner.length >= 10;
  // a quote inside one: words when a clause, or right after a speech verb (`我说‘绝对不会’`)
  if (c.depth > 0) return (clause && long) || (c.direct && c.inner.length >= 4) ? 'speech' : 'term';
  if (/[：:]$/.test(c.before)) return 'speech';
  if (c.verbAfter) return 'speech';
  if (NUMBERED_SLOGAN.test(c.inner) && !c.inner.includes('的')) return 'term';
  // a quote ending its own sentence (`“现在生命体征正常。”该医院……`) is followed by the next sentence, not embedded in one
  const embedded = c.next !== undefined && !BOUNDARY_AFTER.test(c.next) && !SENTENCE_END.test(c.inner);
  // `见闻，“县城买不到好衣服，羽绒服都上千”“街道是赛博朋克风”`: words that follow someone's words in a run are theirs too
  if (c.runKind === 'speech' && c.inner.length >= 6) return 'speech';
  // `表示，“300多万都消费掉了”“我觉得我应该得到惩罚”`: one of a run of quotes is read with what follows the run, but a short label stays a term (`“双减”“双碳”`)
  if (c.inRun && !SENTENCE_END.test(c.inner) && (c.inner.length < 4 || (c.inner.length < 6 && !/[了我你他她是不吗呢吧啊]/.test(c.inner)))) return 'term';
  // (a run right after a speech verb is its words: `强调，“……”“……”等重要论述`; not after another verb: `推出“……”“……”等举措`)
  if (embedded) return (clause && long) || (c.inRun && c.direct) ? 'speech' : 'term';
  if (NAMING.test(c.before) && !AND_SAID.test(c.before) && c.inner.length <= 20) return 'term';
  if (c.direct) return 'speech';
  if (TERM_BEFORE.test(c.before) && !clause) return 'term';
  // a whole sentence, closed by its own full stop (`，“外卖员都挤不进去。”那天……`): someone's words, no name or term
  if (SENTENCE_END.test(c.inner) && c.inner.length >= 5) return 'speech';
  // `李明雨受到感染，“我跟她在一起我也吃了七八个”`: someone's own words
  if (c.inner.length >= 6 && /[我咱]/.test(c.inner)) return 'speech';
  if (c.governed) return 'speech';
  if (c.sentenceInitial) return clause || long ? 'speech' : 'term';
  // `……竞争激烈，“找工作是千军万马过独木桥”。`: a whole clause closing the sentence after a comma
  if (long && /[，,]$/.test(c.before) && (c.next === undefined || /[。！？!?]/.test(c.next))) return 'speech';
  return clause && long ? 'speech' : 'term';
}
