import type { Finding } from '../types';
import { ANONYMOUS, VAGUE } from './lexicon';
import { anonymousMessage, vagueMessage } from './messages';
import type { BlockView } from './view';

/** Every anonymous-source match contains one of these words: most paragraphs skip the regex. */
const mayBeAnonymous = (s: string): boolean => s.includes('匿名') || s.includes('具名') || s.includes('姓名');

/**
 * Vague and anonymous sources outside quotations:
 * `分析认为，美方应……` → `source.vague` on `分析认为`; `一名匿名美国高级国防官员表示` → `source.anonymous`.
 */
export function findSourcing(views: BlockView[]): Finding[] {
  const out: Finding[] = [];
  for (const v of views) {
    for (const m of v.masked.matchAll(VAGUE)) {
      const start = v.start + m.index!;
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
