/** Resolution of one point, range or `N年前` against the publication date and the context. */
import type { DateExpression, DatePoint } from './expression';
import { addDays, daysInMonth, formatDay, isoWeek, isoWeekday, toEpochDay, WEEKDAYS_EN, type Day } from './calendar';
import { HOLIDAYS, HOLIDAY_BREAK_DAYS } from './dateWords';
import { resolveYearPart, seasonPair } from './yearParts';
import { month, shiftMonth, year, type Context, type Resolved, type Work } from './values';

export type { Context, Resolved } from './values';

const ORD = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

function day(y: number, m: number, d: number, w: Work, time = ''): Resolved | null {
  if (d < 1 || d > daysInMonth(y, m)) return null;
  const dd = { y, m, d };
  return { value: formatDay(y, m, d) + time, y, m, d, first: dd, last: dd, relative: w.relative, why: w.why };
}

function resolveYear(p: DatePoint, c: Context, w: Work): boolean {
  if (p.year !== undefined) w.y = p.year;
  else if (p.yearRel !== undefined) {
    if (!c.pub) return false;
    w.y = c.pub.y + p.yearRel;
    w.relative = true;
  } else if (p.yearRef !== undefined) {
    // `上年`: the year before the one in focus; `同年`, `次年`: the last year mentioned
    let prev = p.yearRef < 0 || p.focusEdge ? c.focusYear : c.prevYear;
    // `可能会在年底达到`: a year's edge spoken of as to come is none of a year already past
    if (p.focusEdge && c.future && c.pub && prev !== null && prev < c.pub.y) prev = null;
    const base = prev ?? c.pub?.y;
    if (base === undefined) return false;
    w.y = base + p.yearRef;
    w.relative = prev === null;
    w.why.push(`${p.yearRef > 0 ? 'the year after' : p.yearRef < 0 ? 'the year before' : 'the same year as'} the ${p.yearRef < 0 ? 'year in focus' : 'previous mention'} = ${w.y}`);
  }
  return true;
}

function resolveMonth(p: DatePoint, c: Context, w: Work): boolean {
  if (p.monthRel !== undefined || p.monthRef !== undefined) {
    const base = p.monthRel !== undefined ? c.monthBase ?? c.pub : c.prevMonth ?? c.pub;
    if (!base) return false;
    const s = shiftMonth(base.y, base.m, (p.monthRel ?? p.monthRef)!);
    [w.y, w.m] = [s.y, s.m];
    w.relative = base === c.pub;
    if (c.monthBase && p.monthRel !== undefined) w.why.push(`compared: the month before the one in focus (${formatDay(c.monthBase.y, c.monthBase.m)})`);
    w.why.push(`month = ${formatDay(s.y, s.m)}`);
    return true;
  }
  if (p.month === undefined) return true;
  w.m = p.month;
  if (w.y !== undefined) return true;
  if (c.inherit) {
    w.y = c.inherit.y;
    w.why.push(`year ${w.y} from the date before it`);
    return true;
  }
  if (!c.pub) return false;
  const pm = c.pub.m;
  // a month one or two after publication in a clause that reports nothing done (`3月降息预期`, `3月底前`
  // in February) is this coming one: news says `去年3月` for the one eleven months back
  const ahead = (p.month - pm + 12) % 12;
  const next = c.future || (!c.past && ahead >= 1 && ahead <= SOON_MONTHS);
  w.y = next ? (p.month >= pm || pm - p.month < 6 ? c.pub.y : c.pub.y + 1) : p.month <= pm ? c.pub.y : c.pub.y - 1;
  w.relative = true;
  w.why.push(`no year: ${c.future ? 'future tense, the next' : next ? 'within two months ahead, nothing done, the next' : 'the most recent'} ${p.month}月 = ${w.y}`);
  return true;
}

/** How many months after publication a month without a year reads as the coming one when nothing says it is done. */
const SOON_MONTHS = 2;

/** How far after publication a bare day number still reads as this month's (see {@link resolveDayOfMonth}). */
const NEAR_FUTURE_DAYS = 2;

function resolveDayOfMonth(p: DatePoint, c: Context, w: Work): boolean {
  const d = p.day!;
  if (w.m !== undefined && w.y !== undefined) return true;
  if (c.inherit?.m !== undefined) {
    [w.y, w.m] = [c.inherit.y, c.inherit.m];
    w.why.push(`month ${formatDay(w.y, w.m)} from the date before it`);
    return true;
  }
  if (!c.pub) return false;
  const step = c.future ? 1 : -1;
  // a day one or two after publication is that day, not a month back: news names days near it (the
  // event of tomorrow, a report dated in another time zone), while a day a month old gets its month
  const soon = d > c.pub.d && d - c.pub.d <= NEAR_FUTURE_DAYS;
  // … and in a forecast or a plan, a day one or two before publication is that day too, not a month ahead: the
  // text was written before it appeared (`预计在7日结束`, published on the 8th)
  const just = c.future && d < c.pub.d && c.pub.d - d <= NEAR_FUTURE_DAYS;
  let s = shiftMonth(c.pub.y, c.pub.m, soon || just || (c.future ? d >= c.pub.d : d <= c.pub.d) ? 0 : step);
  // `31日` in May is March 31: skip months too short for the day.
  for (let i = 0; i < 2 && d > daysInMonth(s.y, s.m); i++) s = shiftMonth(s.y, s.m, step);
  [w.y, w.m] = [s.y, s.m];
  w.relative = true;
  w.why.push(`${d}日 alone: the ${c.future ? 'next' : 'most recent'} ${ORD(d)} = ${formatDay(s.y, s.m, d)}`);
  return true;
}

function timeOf(p: DatePoint): string {
  if (p.hour !== undefined) return `T${String(p.hour).padStart(2, '0')}:${String(p.minute ?? 0).padStart(2, '0')}`;
  return p.partOfDay ? `T${p.partOfDay}` : '';
}

function resolveRelativeDay(p: DatePoint, c: Context, w: Work): Resolved | null {
  const base = p.dayRel !== undefined ? c.pub : c.prevDay ?? c.pub;
  if (!base) return null;
  const n = (p.dayRel ?? p.dayRef)!;
  const t = addDays(base, n);
  w.relative = base === c.pub;
  w.why.push(`${n === 0 ? 'the same day as' : `${n > 0 ? '+' : ''}${n} day(s) from`} ${base === c.pub ? 'publication' : 'the previous date'} = ${formatDay(t.y, t.m, t.d)}`);
  return day(t.y, t.m, t.d, w, timeOf(p));
}

function resolveWeek(p: DatePoint, c: Context, w: Work): Resolved | null {
  const pub = c.pub;
  if (!pub) return null;
  w.relative = true;
  const pubWd = isoWeekday(pub);
  let monday = addDays(pub, 1 - pubWd);
  if (p.weekRel !== undefined) monday = addDays(monday, 7 * p.weekRel);
  else if (p.weekend) monday = addDays(monday, c.future || pubWd >= 6 ? 0 : -7);
  if (p.weekday === undefined || p.weekend) {
    const r = year(monday.y, w, isoWeek(monday) + (p.weekend ? '-WE' : ''));
    [r.first, r.last] = p.weekend ? [addDays(monday, 5), addDays(monday, 6)] : [monday, addDays(monday, 6)];
    w.why.push(`week = ${r.value}`);
    return r;
  }
  let t = addDays(monday, p.weekday - 1);
  if (p.weekRel === undefined && c.weekFrame != null) {
    t = addDays(monday, 7 * c.weekFrame + p.weekday - 1);
    w.why.push(`${WEEKDAYS_EN[p.weekday - 1]} of the week named before it (${c.weekFrame > 0 ? 'next' : c.weekFrame < 0 ? 'last' : 'this'} week)`);
  } else if (p.weekRel === undefined) {
    let delta = p.weekday - pubWd;
    if (!c.future && delta > 0) delta -= 7;
    if (c.future && delta < 0) delta += 7;
    t = addDays(pub, delta);
    w.why.push(`the ${c.future ? 'next' : 'most recent'} ${WEEKDAYS_EN[p.weekday - 1]}`);
  }
  return day(t.y, t.m, t.d, w, timeOf(p));
}

/** `上世纪80年代` → `1980/1989`; `90年代` without a century: the last one not after publication. */
function resolveDecade(p: DatePoint, c: Context, w: Work): Resolved | null {
  let d = p.decade!;
  if (d < 100) {
    const pubCentury = c.pub ? Math.floor(c.pub.y / 100) : null;
    const century = p.century === undefined || p.century < 0 ? (pubCentury === null ? null : pubCentury + (p.century ?? (d > c.pub!.y % 100 ? -1 : 0))) : p.century - 1;
    if (century === null) return null;
    w.relative = p.century === undefined || p.century < 0;
    d = century * 100 + d;
  }
  const y = d - (d % 10);
  // decades as a range of years, as the guideline writes them: `80年代` → `1980/1989`
  return { ...year(y, w, `${y}/${y + 9}`), last: { y: y + 9, m: 12, d: 31 } };
}

/** How long after a holiday its `……后` still reads as now: a month. */
const AFTERWARD_DAYS = 30;

/**
 * `春节` with no year: the last one, or the coming one in its run-up (within two months), or the next one
 * when the sentence speaks of the future.
 */
function resolveHoliday(name: string, c: Context, w: Work): Resolved | null {
  const key = Object.keys(HOLIDAYS).find((k) => name.startsWith(k))!;
  const rule = HOLIDAYS[key];
  if (w.y !== undefined) {
    const h = rule?.(w.y);
    return h ? day(h.y, h.m, h.d, w) : year(w.y, w);
  }
  // the year of the sentence's date right before it (`2012年中秋国庆小长假`: the 国庆 of 2012); a year further back
  // is no anchor (`自2022年上线以来……更在春节期间`)
  const inherited = c.inherit && c.joined && rule?.(c.inherit.y);
  if (inherited) {
    w.why.push(`the year of the sentence's ${c.inherit!.value}`);
    return day(inherited.y, inherited.m, inherited.d, w);
  }
  if (!c.pub || !rule) return c.pub ? year(c.pub.y, { ...w, relative: true }) : null;
  const pub = toEpochDay(c.pub);
  // the future of a holiday whose break still runs at publication is that holiday (`春节假期即将结束`), and
  // so is the time after one a few weeks past (`春节后将前往大陆`, published 16 days after it)
  const behind = Math.max(HOLIDAY_BREAK_DAYS[key] ?? 0, c.afterward ? AFTERWARD_DAYS : 0);
  let best: Day | null = null;
  if (c.future) {
    for (const y of [c.pub.y - 1, c.pub.y, c.pub.y + 1]) {
      const h = rule(y);
      if (!h || toEpochDay(h) + behind < pub) continue;
      if (!best || Math.abs(toEpochDay(h) - pub) < Math.abs(toEpochDay(best) - pub)) best = h;
    }
  } else {
    // the coming one in its run-up (`春节前` a week before it), else the last one, as a month alone is read
    // (`清明节，市民扫墓` in October is April's, not next year's, though next April is a few days nearer)
    for (const y of [c.pub.y + 1, c.pub.y, c.pub.y - 1]) {
      const h = rule(y);
      if (!h) continue;
      const ahead = toEpochDay(h) - pub;
      if (ahead <= SOON_DAYS && (!best || toEpochDay(best) - pub > SOON_DAYS)) best = h;
    }
  }
  if (!best) return null;
  w.relative = true;
  w.why.push(c.future ? 'the next one' : toEpochDay(best) > pub ? 'the coming one, within two months' : 'the last one');
  return day(best.y, best.m, best.d, w);
}

/** How many days ahead a holiday without a year is still the coming one (two months, as {@link SOON_MONTHS}). */
const SOON_DAYS = 61;

/** Resolves one point: `{yearRel: -1, month: 12}` with pub 2024-04-17 → `2023-12`. */
export function resolvePoint(p: DatePoint, c: Context): Resolved | null {
  const w: Work = { relative: false, why: [] };
  if (p.dayRel !== undefined || p.dayRef !== undefined) return resolveRelativeDay(p, c, w);
  if (p.year === undefined && p.yearRel === undefined && p.yearRef === undefined && p.month === undefined && p.day === undefined && !p.holiday) {
    if (p.weekday !== undefined || p.weekRel !== undefined) return resolveWeek(p, c, w);
    if (p.season === undefined && p.hour !== undefined && c.pub) return resolveRelativeDay({ ...p, dayRef: 0 }, c, w);
  }
  if (p.decade !== undefined) return resolveDecade(p, c, w);
  if (!resolveYear(p, c, w)) return null;
  if (p.holiday) return resolveHoliday(p.holiday, c, w);
  if (p.yearPart && /^[QHM]/.test(p.yearPart)) return resolveYearPart(p.yearPart, c, w);
  if (p.season && p.seasonTo && w.y !== undefined) return seasonPair(w.y, p.season, p.seasonTo, w);
  if (p.season) {
    const y = w.y ?? c.pub?.y;
    if (y === undefined) return null;
    if (w.y === undefined) { w.relative = true; w.why.push(`the publication year ${y}`); }
    return year(y, w, `${y}-${p.season}`);
  }
  if (!resolveMonth(p, c, w)) return null;
  if (p.day !== undefined) {
    if (!resolveDayOfMonth(p, c, w)) return null;
    return day(w.y!, w.m!, p.day, w, timeOf(p));
  }
  if (w.m !== undefined) return month(w.y!, w.m, w);
  return w.y !== undefined ? year(w.y, w) : null;
}

/**
 * `两年前` with pub 2024-03-31 → `2022`; `3天前` → a day. `from`, a single day stated earlier in the
 * sentence (`3月5日，……两天前`), is what days and weeks are counted back from instead of publication.
 */
export function resolveAgo(e: DateExpression, pubDay: Day | null, from: Resolved | null = null): Resolved | null {
  const a = e.ago!;
  const anchored = !!from && from.d !== undefined && (a.unit === 'D' || a.unit === 'W') && toEpochDay(from.first) === toEpochDay(from.last);
  // counted on (`两天后`): only from a day the text stated (`2月1日，……两天后` → 2月3日); from publication it is a plan's
  // or a story's time, no day on the calendar
  if (a.later) return anchored && a.n !== null ? laterDay(from!.first, a.n * (a.unit === 'W' ? 7 : 1)) : null;
  const pub = anchored ? from!.first : pubDay;
  if (!pub || a.n === null) return null;
  const w: Work = { relative: !anchored, why: [`${a.n} ${a.unit} before ${anchored ? `the date before it (${formatDay(pub.y, pub.m, pub.d)})` : 'publication'}`] };
  if (a.unit === 'Y') return year(pub.y - a.n, w, a.season && `${pub.y - a.n}-${a.season}`);
  if (a.unit === 'M') { const s = shiftMonth(pub.y, pub.m, -a.n); return month(s.y, s.m, w); }
  const t = addDays(pub, a.unit === 'W' ? -7 * a.n : -a.n);
  if (a.unit === 'D') return day(t.y, t.m, t.d, w);
  const r = year(t.y, w, isoWeek(t));
  return { ...r, first: t, last: t };
}

/** The day `days` after `from`, a day the text stated (`两天后` → `from` + 2). */
function laterDay(from: Day, days: number): Resolved | null {
  const t = addDays(from, days);
  return day(t.y, t.m, t.d, { relative: false, why: [`${days} D after the date before it (${formatDay(from.y, from.m, from.d)})`] });
}

/** `1月5日至19日` → `2024-01-05/2024-01-19`: the second half inherits the first's year and month. */
export function resolveRange(e: DateExpression, c: Context): Resolved | null {
  const a = resolvePoint(e.from!, c);
  if (!a) return null;
  const to = e.to!;
  let b = resolvePoint(to, { ...c, inherit: a });
  if (!b) return null;
  if (toEpochDay(b.first) < toEpochDay(a.first) && to.year === undefined && to.yearRel === undefined) {
    // `12月29日至1月3日`: the second half is in the next year (or month, or week).
    const bumped: Resolved = to.month !== undefined ? { ...a, y: a.y + 1 } : to.day !== undefined ? { ...a, ...shiftMonth(a.y, a.m ?? 1, 1) } : a;
    b = to.weekday !== undefined ? shiftDays(b, 7) : resolvePoint(to, { ...c, inherit: bumped }) ?? b;
  }
  return { ...a, value: `${a.value}/${b.value}`, last: b.last, relative: a.relative || b.relative, why: [...a.why, ...b.why] };
}

function shiftDays(r: Resolved, n: number): Resolved {
  const t = addDays(r.first, n);
  return { ...r, value: formatDay(t.y, t.m, t.d) + r.value.slice(10), y: t.y, m: t.m, d: t.d, first: t, last: t };
}
