import type { EntityMention, Finding } from '../types';
import { ANONYMOUS, VAGUE } from './lexicon';
import { anonymousMessage, vagueMessage } from './messages';
import type { BlockView } from './view';

/** Before the one an analysis is told to: `对中新经纬分析称`. */
const ADDRESSED = /[对向]/;
/** Every anonymous-source match contains one of these words: most paragraphs skip the regex. */
const mayBeAnonymous = (s: string): boolean => s.includes('匿名') || s.includes('具名') || s.includes('姓名');

/**
 * Vague and anonymous sources outside quotations:
 * `分析认为，美方应……` → `source.vague` on `分析认为`; `一名匿名美国高级国防官员表示` → `source.anonymous`.
 * An analysis someone named makes (`首席经济学家柏文喜分析称`, `刘水分析指出`: a mention of `named`, in the views'
 * offsets, ends where `分析` begins) is sourced; not one made to an outlet named (`一位分析人士对中新经纬分析称`).
 */
export function findSourcing(views: BlockView[], named: readonly EntityMention[] = []): Finding[] {
  const out: Finding[] = [];
  for (const v of views) {
    for (const m of v.masked.matchAll(VAGUE)) {
      const start = v.start + m.index!;
      if (m[0].startsWith('分析') && !m[0].startsWith('分析人士') && named.some((n) => n.end === start && !ADDRESSED.test(v.masked.charAt(n.start - v.start - 1)))) continue;
      out.push({ code: 'source.vague', severity: 'information', start, end: start + m[0].length, message: vagueMessage(m[0]) });
    }
    if (!mayBeAnonymous(v.masked)) continue;
    for (const m of v.masked.matchAll(ANONYMOUS)) {
      const start = v.start + m.index!;
      out.push({ code: 'source.anonymous', severity: 'information', start, end: start + m[0].length, message: anonymousMessage(m[0]) });
    }
  }
  return out;
}
