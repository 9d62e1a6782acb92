/**
 * A measurable set for `consistency.number-mismatch` (issue 18), since the corpus itself holds
 * almost no mismatches: corpus articles taken in a seeded random order, one realistic inconsistency
 * injected into some of them (found and changed by the plain-text patterns below, not by the
 * detector), the others left as they are; then the analysis (the same `analyzeArticle` and tools as
 * the CLI) over all of them. Prints recall on the injected ones (a finding whose span or related span
 * touches the changed characters) and precision over every finding (one not at an injection counts
 * as wrong, whatever it says), both per kind of injection with `--verbose` listing misses and extras.
 * Usage: node --import tsx scripts/consistencyEval.ts [--seed N] [--per-kind N] [--untouched N] [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../server/src/analysis/article';
import { loadAnalysisTools } from '../server/src/cli/process';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '18' }, 'per-kind': { type: 'string', default: '20' }, untouched: { type: 'string', default: '300' }, verbose: { type: 'boolean', default: false } } });
const seed = Number(values.seed);
const perKind = Number(values['per-kind']);
const untouchedCount = Number(values.untouched);

const shared = path.resolve(import.meta.dirname, '../../shared');
const corpus = path.join(shared, 'corpus');

/** mulberry32: a small seeded generator, so that the sample and the changes are the same every run. */
function random(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(seed);
const pick = <T>(l: readonly T[]): T => l[Math.floor(rand() * l.length)];

/** One injected inconsistency: the changed text and where the change is. */
interface Injection { kind: string; text: string; start: number; end: number; before: string; after: string }
/** `text` the article with its image lines blanked (offsets kept: an image URL repeats the title), `titleEnd` where the title line ends. */
type Injector = (text: string, titleEnd: number) => Injection | null;

const blankImages = (text: string): string => text.replace(/^!\[.*$/gm, (m) => ' '.repeat(m.length));

const replaceAt = (kind: string, text: string, start: number, end: number, by: string): Injection =>
  ({ kind, text: text.slice(0, start) + by + text.slice(end), start, end: start + by.length, before: text.slice(start, end), after: by });

/** A different count near the old one: `46` → `48`, never 0. */
const other = (v: number): number => {
  const d = pick([1, 2, 3, 5, -1, -2]);
  return v + d > 0 && v + d !== v ? v + d : v + 2;
};

const CASUALTY = '死亡|遇难|罹难|丧生|身亡|受伤|失踪|失联';

/** The body's casualty count changed so it disagrees with the title's (`51死` / `46人死亡`). */
const casualty: Injector = (text, titleEnd) => {
  const title = text.slice(0, titleEnd);
  for (const m of title.matchAll(new RegExp(`(\\d+)(?:人|名)?(?:${CASUALTY}|死|伤)`, 'g'))) {
    const body = new RegExp(`(?<![\\d.])${m[1]}(?=(?:人|名)(?:${CASUALTY}))`, 'g');
    body.lastIndex = titleEnd;
    const b = body.exec(text);
    if (b) return replaceAt('casualty', text, b.index, b.index + b[0].length, String(other(Number(m[1]))));
  }
  return null;
};

/** One part after `其中` raised above its total (`共有300名…其中男生180名` → `其中男生302名`). */
const parts: Injector = (text) => {
  const re = /(?:共|共计|合计|总计|一共)[^，。；\d约超近逾]{0,8}?(?<![约超近逾第])(\d+)(人|名|个|家|起|辆|件|项|所|座|次)[^。；\d]{0,12}?[，,]?其中[^。；\d第约超近逾]{0,12}?(\d+)(人|名|个|家|起|辆|件|项|所|座|次)/g;
  for (const m of text.matchAll(re)) {
    if (m[2] !== m[4] && !('人名'.includes(m[2]) && '人名'.includes(m[4]))) continue;
    const at = m.index + m[0].length - m[4].length - m[3].length;
    return replaceAt('parts', text, at, at + m[3].length, String(Number(m[1]) + pick([1, 2, 10])));
  }
  return null;
};

/** Ages stated twice against the same two characters of a name (`王建国（46岁）`, `王建国今年46岁`, `46岁的王建国`): the second one changed. */
const age: Injector = (text) => {
  const seen = new Set<string>();
  const ages = /([\u4e00-\u9fff]{2})(?:[（(]|今年|现年)(\d{1,3})岁|(?<![\d.至到~-])(\d{1,3})岁的([\u4e00-\u9fff]{2})/g;
  for (const m of text.matchAll(ages)) {
    const [name, value] = m[1] ? [m[1], m[2]] : [m[4], m[3]];
    if (/年仅|享年|终年|殁年|时年|当时|已经|时候|那年|时期|阶段|年纪|年龄|生日|年轻/.test(name)) continue;
    const key = `${name}|${value}`;
    const at = m.index + (m[1] ? m[0].length - value.length - 1 : 0);
    if (seen.has(key)) return replaceAt('age', text, at, at + value.length, String(other(Number(value))));
    seen.add(key);
  }
  return null;
};

/** An age beside the person's year of birth changed (`生于1995年，29岁` → `生于1995年，32岁`). */
const birth: Injector = (text) => {
  const m = /(?:(?:出生于|生于)\d{4}年|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:出生|生))[，,](?:今年|现年)?(\d{1,3})(?=岁)/.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length - m[1].length;
  return replaceAt('birth', text, at, at + m[1].length, String(Number(m[1]) + pick([-4, -3, 3, 5])));
};

/** The body's change of the title's subject turned the other way (`创业板指涨1.2%` → `创业板指跌1.2%`). */
const trend: Injector = (text, titleEnd) => {
  const title = text.slice(0, titleEnd);
  for (const m of title.matchAll(/([\u4e00-\u9fffA-Za-z0-9]{2,8}?)(涨|跌)(?:超|逾|近)?\d+(?:\.\d+)?[%％]/g)) {
    const at = text.indexOf(m[1] + m[2], titleEnd);
    if (at < 0) continue;
    const verb = at + m[1].length;
    const changed = replaceAt('trend', text, verb, verb + 1, m[2] === '涨' ? '跌' : '涨');
    // the place of the change is the whole statement, verb to figure (`跌1.25%`): a finding points at the figure
    return { ...changed, end: verb + (/^.[^，。；\d]{0,3}[\d.]+[%％]?/.exec(text.slice(verb))?.[0].length ?? 1) };
  }
  return null;
};

const INJECTORS: [string, Injector][] = [['casualty', casualty], ['parts', parts], ['age', age], ['birth', birth], ['trend', trend]];

/** The eval check split's articles are left out: their texts are not to be read while tuning. */
function checkSplit(): Set<string> {
  const out = new Set<string>();
  for (let i = 16; i <= 25; i++) {
    const f = path.join(shared, `eval/gold/D${i}.json`);
    if (fs.existsSync(f)) out.add(path.resolve(shared, 'eval', (JSON.parse(fs.readFileSync(f, 'utf8')) as { file: string }).file));
  }
  return out;
}

const skip = checkSplit();
const files = (fs.readdirSync(corpus, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(corpus, f)).filter((f) => !skip.has(f));
for (let i = files.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [files[i], files[j]] = [files[j], files[i]];
}

/** Each kind injected into the first `perKind` articles (in the seeded order) where it applies, one injection an article; then untouched ones. */
const sample: { file: string; text: string; injection: Injection | null }[] = [];
const count = new Map<string, number>(INJECTORS.map(([k]) => [k, 0]));
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const titleEnd = text.startsWith('# ') ? (text.indexOf('\n') + 1 || text.length) : 0;
  const open = INJECTORS.filter(([k]) => count.get(k)! < perKind);
  const found = open.map(([, f]) => f(blankImages(text), titleEnd)).map((x) => x && { ...x, text: text.slice(0, x.start) + x.after + text.slice(x.start + x.before.length) }).filter((x): x is Injection => x !== null);
  if (found.length) {
    const injection = pick(found);
    count.set(injection.kind, count.get(injection.kind)! + 1);
    sample.push({ file, text: injection.text, injection });
  } else if (sample.filter((s) => !s.injection).length < untouchedCount) sample.push({ file, text, injection: null });
}

const tools = loadAnalysisTools();
const touches = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const tally = new Map<string, { injected: number; found: number; findings: number; right: number }>();
const row = (k: string) => tally.get(k) ?? (tally.set(k, { injected: 0, found: 0, findings: 0, right: 0 }), tally.get(k)!);
for (const s of sample) {
  const a = analyzeArticle(s.text, { ...tools, path: s.file });
  const found = a.findings.filter((f) => f.code === 'consistency.number-mismatch');
  const kind = s.injection?.kind ?? 'untouched';
  const t = row(kind);
  const atInjection = (f: (typeof found)[number]): boolean => !!s.injection && [f, ...(f.related ?? [])].some((x) => touches(x, s.injection!));
  if (s.injection) t.injected++;
  if (found.some(atInjection)) t.found++;
  t.findings += found.length;
  t.right += found.filter(atInjection).length;
  if (!values.verbose) continue;
  const name = path.relative(corpus, s.file);
  if (s.injection && !found.some(atInjection)) console.log(`MISS  ${kind}\t${name}\t${s.injection.before} → ${s.injection.after}\t…${s.text.slice(Math.max(0, s.injection.start - 20), s.injection.end + 10).replace(/\s+/g, ' ')}…`);
  for (const f of found.filter((f) => !atInjection(f))) console.log(`EXTRA ${kind}\t${name}\t${s.text.slice(f.start, f.end)}\t${f.message.zh}`);
}

const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '—');
const all = { injected: 0, found: 0, findings: 0, right: 0 };
console.log(`seed ${seed}, ${sample.length} articles (${sample.filter((s) => s.injection).length} with one injected inconsistency, ${sample.filter((s) => !s.injection).length} untouched)`);
for (const [k, t] of [...tally].sort()) {
  for (const key of Object.keys(all) as (keyof typeof all)[]) all[key] += t[key];
  console.log(`${k.padEnd(10)} injected ${String(t.injected).padStart(3)}  found ${String(t.found).padStart(3)}  recall ${pct(t.found, t.injected)}   findings ${String(t.findings).padStart(3)}  right ${String(t.right).padStart(3)}`);
}
console.log(`all        recall ${pct(all.found, all.injected)} (${all.found}/${all.injected})   precision ${pct(all.right, all.findings)} (${all.right}/${all.findings})`);
