/**
 * A speaker the fallbacks guessed from the names around a quote (`topic`, `ranked`, `carried`), not from a clause
 * that introduces it, whom the quote itself names is someone spoken of, not the one speaking: a parent's words about a
 * child (`“……现在端端用勺子吃饭都已经很难。”`), a patient asking (`“你是不是麻醉医生朱翔？”`), a ruling's
 * (`“本院认为，……被告人张学成……”`). Persons only: a body names itself in its statements (`“……才有成为阿里云的客户”`).
 * Read on the corpus: 15 such quotes, 14 of them wrong (the other a signed letter, `“王小利，王亮，父子不见”`). A pass
 * over the finished quotes after the ranker: pure, a quote it changes is a new object, and it gets the
 * `quote.unattributed` finding.
 */
import type { EntityMention, Finding, Quote } from '../types';
import { unattributedFinding } from './messages';
import { mentionAt } from './rankerContext';

/** How a speaker was guessed rather than read from a clause. */
const GUESSED: ReadonlySet<string> = new Set(['topic', 'ranked', 'carried']);
/** Someone naming themselves in their words (`我是张三`, `我叫张三`, `叫我张三`): the name is theirs. */
const SELF_INTRODUCED = /(?:我是|我叫|叫我|本人)$/;

/** The quotes without the guessed persons (`named`, in order) they name themselves, and the findings with `quote.unattributed` for them. */
export function withoutSelfNamed(quotes: Quote[], findings: Finding[], named: readonly EntityMention[]): { quotes: Quote[]; findings: Finding[] } {
  let out: Quote[] | null = null;
  let added: Finding[] | null = null;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.speaker || !q.speakerSpan || q.speaker.length < 2 || !q.speakerVia || !GUESSED.has(q.speakerVia)) continue;
    if (mentionAt(named, q.speakerSpan.start)?.type !== 'person') continue;
    const at = q.text.indexOf(q.speaker);
    if (at < 0 || SELF_INTRODUCED.test(q.text.slice(Math.max(0, at - 2), at))) continue;
    (out ??= quotes.slice())[i] = { ...q, speaker: null, speakerSpan: null, speakerVia: null };
    (added ??= []).push(unattributedFinding(q));
  }
  return out ? { quotes: out, findings: findings.concat(added!) } : { quotes, findings };
}
