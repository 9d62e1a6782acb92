import type { Claim, EntityMention, Finding, NumberMention } from '../types';
import { mismatch, span, type Message } from './mismatch';
import { firstFrom, occurrences, type FindIn } from './occurrences';

/**
 * One person's age stated two ways (`consistency.number-mismatch`): two different ages given
 * against one name, or an age that the person's stated year of birth and the publication date rule
 * out. Only ages written against the name count, and ages at another time are left out.
 */

/** Between a person's name and the age given for it: `张某（46岁）`, `张某，男，46岁`, `张某今年46岁`. */
const NAME_THEN_AGE = /^(?:[（(]|[，,](?:[男女][，,])?|[，,]?(?:现年|今年|年仅))$/;
/** An age at another time than the article's: `当时30岁`, `时年45岁`, `出生`. */
const OTHER_TIME = /(?:当时|那年|当年|彼时|那时|时年|出生|去世|生前|案发时)[^，。]{0,4}$/;
/** An age at death: the birth year alone does not fix it (`享年91岁` of someone born in 1930). */
const AT_DEATH = /(?:享年|终年|殁年|遇害时|离世时|去世时)[^，。]{0,2}$/;

/** The years a sentence is set in (`2010年，30岁的张某`); `今年` is the article's own time, not another. */
const yearsIn = (c: Claim): number[] =>
  c.dates.filter((d) => d.value !== null && /^\d{4}(?!-\d{2}-\d{2})/.test(d.value) && /年/.test(d.text) && !/^(?:今年|本年)/.test(d.text)).map((d) => Number(d.value!.slice(0, 4)));

/** The ages written against a person's name, each with the person, outside other times. */
function statedAges(text: string, claims: readonly Claim[], yearAllowed: (c: Claim, year: number, key: string) => boolean): { n: NumberMention; person: EntityMention; key: string }[] {
  const out: { n: NumberMention; person: EntityMention; key: string }[] = [];
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (!hasAge(c)) continue;
    const years = yearsIn(c);
    for (const n of c.numbers) {
      const before = text.slice(Math.max(c.start, n.start - 10), n.start);
      if (n.unit !== '岁' || n.qualifier || OTHER_TIME.test(before) || AT_DEATH.test(before)) continue;
      const person = personOf(text, c.entities, n);
      if (!person) continue;
      const key = person.entityId ?? person.text;
      if (years.every((y) => yearAllowed(c, y, key))) out.push({ n, person, key });
    }
  }
  return out;
}

/** Whether the claim states an age (asked of every claim on every keystroke: a plain loop). */
export function hasAge(c: Claim): boolean {
  for (let i = 0; i < c.numbers.length; i++) if (c.numbers[i].unit === '岁') return true;
  return false;
}

/**
 * One person's age given two ways: `张某（46岁）… 张某今年48岁`. Only ages written against the name
 * (`张某（46岁）`, `46岁的张某`) count, ages at another time are left out, and so is a sentence that
 * carries a year (`2010年，30岁的张某`).
 */
export function findAgeMismatches(text: string, claims: readonly Claim[]): Finding[] {
  const first = new Map<string, NumberMention>();
  const flagged = new Set<string>();
  const out: Finding[] = [];
  for (const { n, person, key } of statedAges(text, claims, () => false)) {
    const seen = first.get(key);
    if (!seen) first.set(key, n);
    else if (seen.value !== n.value && !flagged.has(key)) {
      flagged.add(key);
      const message: Message = { zh: `${person.text}的年龄前后不一：“${seen.text}”与“${n.text}”`, en: `${person.text}'s age differs: “${seen.text}” and “${n.text}”` };
      out.push(mismatch(n, message, [{ ...span(seen), message: { zh: `此前：${seen.text}`, en: `Earlier: ${seen.text}` } }]));
    }
  }
  return out;
}

function personOf(text: string, entities: readonly EntityMention[], n: NumberMention): EntityMention | null {
  for (const m of entities) {
    if (m.type !== 'person') continue;
    if (m.end <= n.start && NAME_THEN_AGE.test(text.slice(m.end, n.start))) return m;
    // `46岁的王建国`, and in a title `36岁马龙`
    if (m.start >= n.end && (m.start === n.end || text.slice(n.end, m.start) === '的')) return m;
  }
  return null;
}

/** A year of birth right after a name: `黄某出生于1963年`, `邓某，男，1995年5月出生`, `李某（1980年生）`. */
const BIRTH_AFTER = /^(?:[，,](?:[男女][，,])?(?:[\u4e00-\u9fff]{1,3}族[，,])?|[（(])?(?:(?:出生于|生于)(\d{4})年|于?(\d{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生)(?![产活意效气物态日]))/;
/** A year of birth right before a name: `1949年出生的刘某`. */
const BIRTH_BEFORE = /(\d{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?出生的$/;
/** An age right after the birth statement: `邓某，生于1995年，29岁`, `黄某出生于1963年，今年61岁`. */
const AGE_AFTER_BIRTH = /^[，,](?:今年|现年)?(\d{1,3})岁/;

interface Birth {
  year: number;
  /** The year as written, for the message and the related place. */
  at: { start: number; end: number; text: string };
  person: string;
}

/**
 * Whether `生` stands in the 24 characters after the mention, or `出生的` right before it: what both birth
 * patterns need. `births` are the offsets of every `生` of the text.
 */
function birthNear(text: string, m: EntityMention, births: ArrayLike<number>): boolean {
  if (m.start >= 3 && text.charCodeAt(m.start - 1) === 0x7684 && text.charCodeAt(m.start - 2) === 0x751f) return true;
  const at = firstFrom(births, m.end);
  return at >= 0 && at < m.end + 24;
}

/** Each person's stated year of birth (the first one), by entity. */
function birthYears(text: string, mentions: readonly EntityMention[], find: FindIn): Map<string, Birth> {
  const out = new Map<string, Birth>();
  // runs over every person of the document on each keystroke: the regular expressions only where a `生` is near
  const births = find(text, '生');
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'person' || !birthNear(text, m, births)) continue;
    const key = m.entityId ?? m.text;
    if (out.has(key)) continue;
    const after = BIRTH_AFTER.exec(text.slice(m.end, m.end + 24));
    const before = after ? null : BIRTH_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
    const hit = after ?? before;
    if (!hit) continue;
    const digits = hit[1] ?? hit[2];
    const from = after ? m.end + after.index + after[0].indexOf(digits) : m.start - before![0].length + before![0].indexOf(digits);
    out.set(key, { year: Number(digits), at: { start: from, end: from + 5, text: text.slice(from, from + 5) }, person: m.text });
  }
  return out;
}

/**
 * An age that the person's year of birth rules out: `黄某出生于1963年，今年58岁` published in 2024
 * (60 or 61) → a warning at `58岁`, related to `1963年`. The age must be at the article's time: ages
 * at another time, at death, or in a sentence carrying another year are left out.
 */
export function findBirthMismatches(text: string, claims: readonly Claim[], mentions: readonly EntityMention[], published: string | null, find: FindIn = occurrences): Finding[] {
  const now = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(now)) return [];
  const births = birthYears(text, mentions, find);
  if (!births.size) return [];
  const stated: { n: NumberMention; key: string }[] = [];
  for (const [key, b] of births) {
    const age = AGE_AFTER_BIRTH.exec(text.slice(b.at.end, b.at.end + 16).replace(/^(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生)?/, ''));
    if (!age) continue;
    const start = text.indexOf(age[1] + '岁', b.at.end);
    stated.push({ n: { start, end: start + age[1].length + 1, text: `${age[1]}岁`, value: Number(age[1]), unit: '岁', qualifier: null }, key });
  }
  for (const s of statedAges(text, claims, (_c, year, key) => births.get(key)?.year === year)) stated.push(s);
  const out: Finding[] = [];
  const flagged = new Set<string>();
  for (const { n, key } of stated) {
    const b = births.get(key);
    if (!b || flagged.has(key) || (n.value >= now - b.year - 1 && n.value <= now - b.year)) continue;
    flagged.add(key);
    const message: Message = {
      zh: `${b.person}的年龄与出生年份不符：生于${b.year}年，发稿时应为${now - b.year - 1}或${now - b.year}岁，文中说“${n.text}”`,
      en: `${b.person}'s age does not match the year of birth: born in ${b.year}, ${now - b.year - 1} or ${now - b.year} at publication, but the text says “${n.text}”`,
    };
    out.push(mismatch(n, message, [{ ...span(b.at), message: { zh: `出生年份：${b.at.text}`, en: `Year of birth: ${b.at.text}` } }]));
  }
  return out;
}
