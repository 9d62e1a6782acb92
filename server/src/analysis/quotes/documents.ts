/**
 * Documents that speak for their owner: `上海市道路运输管理局下发《……通知》，其中第一条提到：“……”`,
 * `……发布公告称，……。公告称，“……”`, `某公司发布的声明函，声明函称“……”`. A quote introduced by a
 * document alone (`公告称`, `文中还提到`, `报告表示`) has as speaker the person or body the article
 * last named as publishing or writing one (`发布`, `下发`, `刊文`, `在文章中`), maybe paragraphs earlier;
 * with none, it has no speaker (a document with no owner names no one). A pass over the finished
 * quotes, like `bodies.ts`: pure, a quote it changes is a new object.
 */
import type { EntityMention, Quote } from '../types';
import { firstAtOrAfter } from '../entities/shared';

/** A document named by its kind (`上述公告`, `文中`, `其中第一条`). */
const DOCUMENT = '(?:上述|该|这份|此|其|这篇|该份|同份)?(?:文件|报告|公告|声明函?|通知|通报|文章|文中|信中|函件?|决定|意见|方案|纪要|会议|(?:其中)?第[一二三四五六七八九十0-9]+条)';
/** A speaker string that is a document alone, as the rules before read or carried it. */
const DOCUMENT_SPEAKER = new RegExp(`^${DOCUMENT}$`);
/** Where a document's clause opens (`**`, spaces after a break), and the end of its speech verb (`称，`). */
const OPENING = '\\s*(?:[*_]+)?';
const VERB_END = '[：:，,]?';
/** A document as the whole subject of a speech clause, right before the quote (`上述公告称，`, `文中还提到：`, `，但报告表示`). */
const DOCUMENT_CLAUSE = new RegExp(
  '(?:^|[，,。；;！？\\n”])' + OPENING + '(?:但是?|而|并且?|此外|另外|不过)?' + DOCUMENT +
    '(?:中|里|内)?(?:还|也|则|又|进一步|同时|明确|特别|最后|补充)*' +
    '(?:称|表示|提到|指出|写道|强调|显示|说|提出|要求|明确|认为)' + VERB_END + '(?:要)?\\s*$',
);
/** A sentence a document opens, its speech verb bare after a comma (`此次会议肯定了……的成效，称“……”`). */
const DOCUMENT_CHAIN = new RegExp('(?:^|[。！？\\n])' + OPENING + '(?:此次|这次|本次)?' + DOCUMENT + '[^，,。！？\\n“”]{0,60}[，,](?:还|并|也|同时)?(?:称|表示|指出|强调|提到)' + VERB_END + '\\s*$');
/** What a publisher does with a document, or where an author speaks in one, or the document right after its owner (`欧盟委员会文件`). */
const PUBLISHES = /^(?:发布)?的?(?:文件|报告|公告|声明|通知|通报)|发布|下发|印发|刊文|发文|撰文|发表|出具|公布|发出|刊发|刊登|致信|致函|写信|去信|召开(?:了)?(?:[^，。]{0,12})?会议|在(?:一篇|一份|其)?(?:文章|报告|声明|公告|通知|文)中/;
/** How far back the owner may be named (characters). */
const REACH = 2000;
/** How far after the owner's name its publishing verb may stand, within one sentence. */
const VERB_REACH = 40;

/**
 * The quotes whose speech clause is a document alone, given the last person or body named as
 * publishing one before them (via `document`). Unchanged (the same array) when there is none.
 */
export function resolveDocuments(text: string, quotes: Quote[], mentions: readonly EntityMention[]): Quote[] {
  let out: Quote[] | null = null;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.kind !== 'speech') continue;
    // the document read as the speaker, here or carried from an earlier quote (`文中还提到：` over paragraphs)
    const named = q.speaker && q.speakerSpan && DOCUMENT_SPEAKER.test(q.speaker) ? q.speakerSpan.start : -1;
    // `文章说` read as the last outlet that spoke (`memory.ts` OUTLET_REF): the one named publishing it since, if any, wrote it
    const outlet = q.speakerVia === 'media' && q.speakerSpan ? q.speakerSpan.start : -1;
    // (a speaker carried from an earlier clause gives way to the document's owner: `当地政府就给出了回应。……X发布的情况通报。……通报表示，“……”`)
    const clause = named < 0 && (!q.speaker || outlet >= 0 || q.speakerVia === 'carried') ? DOCUMENT_CLAUSE.exec(text.slice(Math.max(0, q.start - 30), q.start)) ?? (q.speaker ? null : DOCUMENT_CHAIN.exec(text.slice(Math.max(0, q.start - 100), q.start))) : null;
    if (named < 0 && !clause) continue;
    // `埃及外交部表示：“……”声明补充说：“……”`: a statement right after its paragraph's speaker spoke is theirs
    const owner = (clause ? speakerJustBefore(text, quotes, i, mentions) : null) ?? lastPublisher(text, named >= 0 ? named : q.start - clause![0].length, mentions);
    if (outlet >= 0 && named < 0 && (!owner || owner.start <= outlet)) continue;
    // a document with no owner named names no one
    if (!owner && named < 0) continue;
    out ??= quotes.slice();
    out[i] = owner ? { ...q, speaker: owner.text, speakerSpan: { start: owner.start, end: owner.end }, speakerVia: 'document' } : { ...q, speaker: null, speakerSpan: null, speakerVia: null };
  }
  return out ?? quotes;
}

/**
 * The organization that spoke the quote before quote `i`, when it stands in the same paragraph and a sentence or
 * less before it (a body issues statements; a person quoted just before is no owner of `该报告`).
 */
function speakerJustBefore(text: string, quotes: readonly Quote[], i: number, mentions: readonly EntityMention[]): EntityMention | null {
  const p = quotes[i - 1], q = quotes[i];
  if (!p?.speaker || !p.speakerSpan || p.kind !== 'speech' || /\n|[。！？][^。！？]*[。！？]/.test(text.slice(p.end, q.start))) return null;
  const m = mentions[firstAtOrAfter(mentions, p.speakerSpan.start)];
  return m && m.start === p.speakerSpan.start && m.end === p.speakerSpan.end && m.type === 'organization' ? m : null;
}

/** `有字节员工告诉`, `有一位理想汽车员工表示`: an unnamed member of a named body's staff, the body speaking. */
const STAFF_OF = /有(?:一[位名])?$/;
const STAFF_NOUN = /^(?:的)?(?:内部)?(?:员工|工作人员|职员|高管|客服|内部人士)(?:还|也|则|又|私下|对记者|向记者)*(?:表示|告诉|透露|称|说|坦言|介绍)/;

/**
 * The quotes with no speaker whose speech clause, right before or right after them, is `有` + an
 * organization mention + a staff noun + a speech verb: that organization (via `role`).
 */
export function resolveStaffOf(text: string, quotes: Quote[], mentions: readonly EntityMention[]): Quote[] {
  let out: Quote[] | null = null;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.kind !== 'speech' || q.speaker) continue;
    const body = staffBody(text, q, mentions);
    if (!body) continue;
    out ??= quotes.slice();
    out[i] = { ...q, speaker: body.text, speakerSpan: { start: body.start, end: body.end }, speakerVia: 'role' };
  }
  return out ?? quotes;
}

/** The organization of `有` + body + staff + verb within the 30 characters before the quote, or right after it. */
function staffBody(text: string, q: Quote, mentions: readonly EntityMention[]): EntityMention | null {
  const from = Math.max(0, q.start - 30, text.lastIndexOf('\n', q.start) + 1);
  for (let k = firstAtOrAfter(mentions, from); k < mentions.length && mentions[k].start < q.end + 12; k++) {
    const m = mentions[k];
    if (m.type !== 'organization' || (m.start >= q.start && m.start < q.end)) continue;
    const lead = text.slice(Math.max(0, m.start - 3), m.start);
    const at = lead.search(STAFF_OF);
    if (at < 0) continue;
    // before the quote: the clause runs up to it; after: the clause starts right after it
    const before = m.end <= q.start && /^[^。！？\n“”]*$/.test(text.slice(m.end, q.start));
    const after = m.start >= q.end && /^[，,\s]*$/.test(text.slice(q.end, Math.max(0, m.start - lead.length + at)));
    if ((before || after) && STAFF_NOUN.test(text.slice(m.end, m.end + 16))) return m;
  }
  return null;
}

/** The last person or organization before `before` whose sentence goes on, close after the name, to publish a document. */
function lastPublisher(text: string, before: number, mentions: readonly EntityMention[]): EntityMention | null {
  for (let k = firstAtOrAfter(mentions, before) - 1; k >= 0 && before - mentions[k].end <= REACH; k--) {
    const m = mentions[k];
    if (m.type === 'place') continue;
    const after = text.slice(m.end, Math.min(before, m.end + VERB_REACH));
    const stop = after.search(/[。！？\n]/);
    const verb = (stop < 0 ? after : after.slice(0, stop)).search(PUBLISHES);
    // not a name inside a gloss closing before the verb (`陈文清（现任中央政法委书记）召开会议`): the one glossed
    // publishes; a gloss that is the name itself (`管理局（FSIN of Russia）发布`) stands for it
    const whole = /^[）)]/.test(after) && /[（(]/.test(text.charAt(m.start - 1));
    // `陈一新在《求是》发表文章`: where it was published, not who wrote it
    if (/在《?$/.test(text.slice(Math.max(0, m.start - 2), m.start)) && /^》?上?(?:发表|刊文|撰文|发文|刊发|刊登)/.test(after)) continue;
    if (verb >= 0 && (whole || !/^[^（(]*[）)]/.test(after.slice(0, verb)))) return m;
  }
  return null;
}
