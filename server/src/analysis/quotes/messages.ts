/** Bilingual finding messages of the quotes module: each says what was seen, why it matters and what to check. */
import type { Finding } from '../types';

export interface Message {
  zh: string;
  en: string;
}

const CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '《': '》' };
const OPEN: Record<string, string> = { '”': '“', '」': '「', '』': '『', '’': '‘', '》': '《' };

/**
 * Message for an unbalanced mark: `unbalancedMessage('“', 'unclosed')` →
 * `{zh: '引号“没有配对的”…', en: 'The opening “ has no matching ”…'}`.
 */
export function unbalancedMessage(mark: string, why: 'unclosed' | 'stray-close' | 'missing-here'): Message {
  const kind = mark === '《' || mark === '》' ? { zh: '书名号', en: 'book-title mark' } : { zh: '引号', en: 'quote mark' };
  if (why === 'unclosed') {
    const close = CLOSE[mark];
    return {
      zh: `${kind.zh}${mark}没有配对的${close}：引文或书名的范围不明，读者无法判断哪些话是原话。请在引文结束处补上${close}，或删去多余的${mark}。`,
      en: `The opening ${kind.en} ${mark} has no matching ${close}: where the quotation or title ends is unclear, so readers cannot tell which words are the source's. Add ${close} where it ends, or remove the extra ${mark}.`,
    };
  }
  if (why === 'missing-here') {
    return { zh: `${CLOSE[mark]}最迟应在此处之前闭合。`, en: `The matching ${CLOSE[mark]} is missing by this point at the latest.` };
  }
  const open = OPEN[mark];
  return {
    zh: `${kind.zh}${mark}前面没有配对的${open}：引文从哪里开始不明。请在引文开头补上${open}，或删去多余的${mark}。`,
    en: `The closing ${kind.en} ${mark} has no matching ${open} before it: where the quotation starts is unclear. Add ${open} where it starts, or remove the extra ${mark}.`,
  };
}

/** The `quote.unattributed` finding over a quote's span (marks included). */
export function unattributedFinding(span: { start: number; end: number }): Finding {
  return { code: 'quote.unattributed', severity: 'warning', start: span.start, end: span.end, message: unattributedMessage() };
}

/** `unattributedMessage()` for `“我们还有很长的路要走”` with no speaker nearby. */
export function unattributedMessage(): Message {
  return {
    zh: '这段引语找不到说话人：读者无法判断是谁说的，也无法核实。请写明说话人（姓名、职务或机构），或改为转述。',
    en: 'No speaker found for this quotation: readers cannot tell who said it or verify it. Name the speaker (name, title or organization), or paraphrase it.',
  };
}

/** `vagueMessage('分析认为')`: the claim rests on an unnamed collective source. */
export function vagueMessage(phrase: string): Message {
  return {
    zh: `“${phrase}”是模糊信源：没有说明是谁、在哪里说的，读者无法核实，也可能是作者自己的观点。请核对出处，尽量写明具体的人、机构或媒体。`,
    en: `“${phrase}” is a vague source: it does not say who said it or where, so readers cannot check it, and it may be the writer's own view. Check the origin and name the person, organization or outlet if possible.`,
  };
}

/** `anonymousMessage('一名匿名官员')`: an unnamed individual is the source. */
export function anonymousMessage(phrase: string): Message {
  return {
    zh: `“${phrase}”是匿名信源：读者无法评估其可信度。请确认编辑部掌握其身份，并说明匿名的理由和其了解情况的途径。`,
    en: `“${phrase}” is an anonymous source: readers cannot judge how credible it is. Make sure the newsroom knows who it is, and say why anonymity was granted and how the source knows.`,
  };
}

/** `nameVariantMessage('董君', '董军')`: one person spelled two ways. */
export function nameVariantMessage(variant: string, main: string): Message {
  return {
    zh: `“${variant}”与本文的“${main}”只差一个字，可能是同一人的两种写法（错别字或译名不统一）。请核对并统一为正确的写法；若确是两个人，可忽略。`,
    en: `“${variant}” differs from “${main}” elsewhere in this article by one character: it may be one person written two ways (a typo or an inconsistent transliteration). Check and use one correct spelling; ignore if they are two people.`,
  };
}

/** Related-location text pointing at the other spelling: `另见“董军”`. */
export function otherSpellingMessage(main: string): Message {
  return { zh: `另一种写法“${main}”`, en: `the other spelling “${main}”` };
}
