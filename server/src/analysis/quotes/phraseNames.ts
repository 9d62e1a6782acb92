/**
 * Entities inside the speaker phrases the rules read (`entitySubject.ts` `personBeforeVerb`): the person a title, a role or a
 * time was read with (`新闻秘书佩斯科夫` → `佩斯科夫`), the body named in marks (`俄“Tsargrad”新闻网` → `Tsargrad`), the body whose
 * head the rules read after a title (`总理` + `办公室` of `以色列总理办公室`), an account's name in marks (`账号“兔兔快递员”`);
 * and, for the phrase parser (`speakerPhrase.ts`), a handle the subject goes by (`网友“克里斯蒂娜的世界”`, {@link nameInMarks})
 * and who was heard saying it (`他听到项姚兴说`, {@link perceived}).
 */
import type { EntityMention } from '../types';
import type { SpeakerPhrase } from './phrase';
import { firstAtOrAfter } from '../entities/shared';
import { TITLES, suffixIn } from '../entities/builtins';
import { isHandle, USER_WORDS } from '../entities/handles';

/** What may stand before a person's name in a phrase the rules read as one name, besides a title: `之一`, a role (`候选人`, `长官`), `正如`. */
const ROLE_BEFORE = /(?:之一|[人员官者家师]|^正如|^如同)$/;
/** What may stand after a person's name in a phrase the rules read as one name: a gloss in brackets, a time (`本月`, `27日`). */
const AFTER_NAME = /^(?:[（(][^（()）]*[)）])?\s*(?:本月|本周|今年|去年|日前|近日|此前|早前|当天|当日|昨天|今天|昨日|今日|[0-9０-９]{1,2}日|周[一二三四五六日])?$/;

/**
 * The person among `named` (in order) inside `read`, a name or role the phrase rules read in `clause` (at `offset`),
 * the rest being a title, a role or `之一` before it and a gloss, a time or a title after it: `新闻秘书` + `佩斯科夫`,
 * `之一` + `南希·阿布杜`, `丹尼尔·埃克` + `（Daniel Ek）本月`, `正如` + `习近平` + `总书记`.
 */
export function personInName(clause: string, offset: number, named: readonly EntityMention[], read: SpeakerPhrase): EntityMention | undefined {
  const start = offset + read.start, end = offset + read.end;
  let i = firstAtOrAfter(named, start);
  while (i < named.length && named[i].end <= end && named[i].type !== 'person') i++;
  const m = named[i];
  if (!m || m.type !== 'person' || m.end > end || m.end - m.start < 2 || (m.start === start && m.end === end)) return undefined;
  const before = clause.slice(read.start, m.start - offset), after = clause.slice(m.end - offset, read.end);
  return (before === '' || ROLE_BEFORE.test(before) || suffixIn(before, TITLES) !== null) && (AFTER_NAME.test(after) || TITLES.has(after)) ? m : undefined;
}

/** Titles and trades the lists do not hold, by their ending (the lists' own, `部长`, `教练`, are read by `suffixIn`): `指挥家`, `外交发展大臣`. */
const TITLE_TAIL = /(?:家|大臣)$/;
const AGE = /^[0-9０-９]{1,3}岁的?/;

/**
 * `日本指挥家小泽征尔`, `英国外交发展大臣卡梅伦`, `88岁的指挥家小泽征尔`: the person after a title, and maybe a place or an age before it, opening a
 * clause at `start` (in the offsets of `named`); a place is no speaker when it only says whose title it is.
 */
export function personAfterTitle(clause: string, offset: number, start: number, named: readonly EntityMention[]): EntityMention | undefined {
  // an age may come first (`88岁日本指挥家`)
  start += AGE.exec(clause.slice(start - offset))?.[0].length ?? 0;
  let i = firstAtOrAfter(named, start);
  let from = start;
  if (named[i]?.start === start && named[i].type === 'place') from = named[i++].end;
  const m = named[i];
  if (!m || m.type !== 'person' || m.start === from || m.start - from > 10) return undefined;
  const title = clause.slice(from - offset, m.start - offset);
  return /^[\u4e00-\u9fa5]+$/.test(title) && !title.includes('的') && (suffixIn(title, TITLES) !== null || TITLE_TAIL.test(title)) ? m : undefined;
}

/**
 * A name in marks that the words before it make an account's or someone's name (`账号名为“X”`, `昵称为“X”`, `官方账号“X”`,
 * `备注名称为“X”的成员`, `网友“X”`, `博主“X”`) or the words after it an account (`“X”公众号`); the clause then ends with its holder, at most a
 * few words after the marks.
 */
export const NAMED_IN_MARKS = new RegExp(`(?:(?:账号|昵称|网名|用户名|备注名称?|名称|ID)为?|名为|叫做?|${USER_WORDS})“([^“”]{1,20})”(?:的?[\\u4e00-\\u9fa5]{0,6})$|“([^“”]{1,20})”(?:公众号|微博|账号|博主)[\\u4e00-\\u9fa5]{0,8}$`);

/** Hearing or seeing, then who said it (group 1) ending the clause; not a time clause (`看到孙子后说`: the one who saw). */
const PERCEIVED = /(?:听到|听见|看到|看见)([^听看，,。：:的]{1,12})(?<![后时前际])$/;

/**
 * `但他听到项姚兴说`, `小叔听见他在电话那头喊`: who was heard or seen saying it is the verb's subject, read by `parse`
 * at its place in the clause; undefined when the clause (after its lead, `start`) hears no one.
 */
export function perceived(clause: string, start: number, parse: (s: string) => SpeakerPhrase | null): SpeakerPhrase | null | undefined {
  const heard = PERCEIVED.exec(clause);
  if (!heard || heard.index < start) return undefined;
  const at = heard.index + heard[0].length - heard[1].length;
  const p = parse(heard[1]);
  return p && { ...p, start: at + p.start, end: at + p.end };
}

/** A subject that goes by a name in marks (`其中一个备注名称为“天旺”的成员`, `网友“克里斯蒂娜的世界”`): that name, at `start` + its index. */
export function nameInMarks(subject: string, start: number): SpeakerPhrase | null {
  const m = NAMED_IN_MARKS.exec(subject);
  if (!m || !m[1] || /[，。！？；,!?;]/.test(m[1]) || !isHandle(m[0], m[1])) return null;
  const at = start + m.index + m[0].indexOf('“') + 1;
  return { name: m[1], start: at, end: at + m[1].length, cls: 'name' };
}

/** The organization among `named` (in order) named in marks inside `read` (`俄“Tsargrad”新闻网`): the body that speaks. */
export function quotedBody(clause: string, offset: number, named: readonly EntityMention[], read: SpeakerPhrase): EntityMention | undefined {
  if (!/[“「]/.test(read.name)) return undefined;
  const start = offset + read.start, end = offset + read.end;
  for (let i = firstAtOrAfter(named, start); i < named.length && named[i].end <= end; i++) {
    const m = named[i];
    if (m.type === 'organization' && /[“「]/.test(clause.charAt(m.start - offset - 1)) && /[”」]/.test(clause.charAt(m.end - offset))) return m;
  }
  return undefined;
}

/** The organization among `named` (in order) that holds `start`–`end` and starts before it, if any. */
export function organizationOver(named: readonly EntityMention[], start: number, end: number): EntityMention | undefined {
  // mentions do not nest, so the one before `start` is the only one that can hold it
  const m = named[firstAtOrAfter(named, start) - 1];
  return m && m.type === 'organization' && m.end >= end ? m : undefined;
}
