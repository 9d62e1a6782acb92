/**
 * Speakers and dates over a corpus (issue 16).
 *
 *   npx tsx scripts/speakerDateReport.ts [DIR=../shared/corpus] [--top 50] [--sample 30] [--seed 1]
 *     the most frequent speaker strings; every speaker string that is not an entity of the article,
 *     a pronoun resolved to one, a role or an outlet (target: none); the share of speech quotes with a
 *     speaker; and a random sample of dates whose value moved to the year before or after publication,
 *     with their sentence, to read by hand.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';
import type { ArticleAnalysis, Quote } from '../server/src/analysis/types';
import { loadAnalysisTools } from '../server/src/cli/process';
import { isNickname, parseSpeakerPhrase } from '../server/src/analysis/quotes/speakerPhrase';
import { shaped } from '../server/src/analysis/quotes/speakerCheck';
import { wordReader } from '../server/src/analysis/quotes/wordReading';
import { carriedFromStaff } from '../server/src/analysis/quotes/staffPhrase';

const args = process.argv.slice(2);
const opt = (name: string, d: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ?? '../shared/corpus';
// the analysis as the CLI runs it: the segmenter, the entity model and the script converter
const tools = loadAnalysisTools();

function listArticles(d: string): string[] {
  return readdirSync(d).sort().flatMap((n) => (statSync(join(d, n)).isDirectory() ? listArticles(join(d, n)) : [join(d, n)]));
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function around(text: string, start: number, end: number): string {
  let a = start, b = end;
  while (a > 0 && a > start - 50 && !/[。！？\n]/.test(text[a - 1])) a--;
  while (b < text.length && b < end + 30 && !/[。！？\n]/.test(text[b])) b++;
  return `${text.slice(a, start)}【${text.slice(start, end)}】${text.slice(end, b + 1)}`.replace(/\s+/g, ' ');
}

/**
 * A speaker is fine when it is an entity of the article (as written, or a name ending with one), a
 * form of address (`张先生`) or the familiar form of a surname (`小李`), or a role or outlet phrase (`via` role/media, or read as one again).
 */
function speakerOk(a: ArticleAnalysis, text: string, q: Quote & { speaker: string }): boolean {
  const { speaker, speakerVia: via } = q;
  // a body carried from its staff's clause (`卡车之家工作人员告诉记者，……。“……”`) is the role it came from
  if (q.speakerSpan && carriedFromStaff(text, speaker, via, q.speakerSpan)) return true;
  if (via === 'role' || via === 'media' || /^.{1,2}(?:先生|女士|小姐|老师|师傅)$/.test(speaker) || isNickname(speaker)) return true;
  if (a.mentions.some((m) => m.text === speaker || speaker.endsWith(m.text) || m.text.endsWith(speaker))) return true;
  const p = parseSpeakerPhrase(speaker);
  return !!p && (p.cls === 'role' || p.cls === 'media');
}

const files = listArticles(dir);
const read = wordReader(tools.segment);
const counts = new Map<string, number>();
// not an entity, pronoun, role or outlet: shaped like a name the entity analysis missed (`武立中`), or not
const unfound = new Map<string, { n: number; example: string }>();
const bad = new Map<string, { n: number; example: string }>();
const moved: string[] = [];
let speech = 0, attributed = 0;
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const a = analyzeArticle(text, { ...tools, path: f });
  for (const q of a.quotes) {
    if (q.kind !== 'speech' || q.text === '') continue;
    speech++;
    if (!q.speaker) continue;
    attributed++;
    counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    if (!speakerOk(a, text, { ...q, speaker: q.speaker })) {
      const into = q.speaker.split('、').every((s) => shaped(s, read)) ? unfound : bad;
      const e = into.get(q.speaker) ?? { n: 0, example: `[${q.speakerVia}] ${around(text, q.start, Math.min(q.end, q.start + 30))}` };
      e.n++;
      into.set(q.speaker, e);
    }
  }
  const pubYear = a.publicationDate ? Number(a.publicationDate.value.slice(0, 4)) : null;
  for (const d of a.dates) {
    // only years that were inferred: 去年, 明年, 上年 say their year
    if (!pubYear || !d.value || !d.relative || /[去明上前今]年/.test(d.text)) continue;
    const y = Number(d.value.slice(0, 4));
    if (y === pubYear + 1 || y === pubYear - 1) moved.push(`${d.text} → ${d.value} (pub ${a.publicationDate!.value}) ${around(text, d.start, d.end)}`);
  }
}

console.log(`${files.length} articles; speech quotes with a speaker: ${attributed}/${speech} = ${((100 * attributed) / Math.max(1, speech)).toFixed(1)}%`);
console.log(`\n${opt('--top', 50)} most frequent speaker strings:`);
console.log([...counts].sort((x, y) => y[1] - x[1]).slice(0, opt('--top', 50)).map(([k, v]) => `${k} ${v}`).join(', '));
const quotesOf = (m: Map<string, { n: number }>) => [...m.values()].reduce((s, e) => s + e.n, 0);
console.log(`\nspeaker strings that are no entity, resolved pronoun, role or outlet: ${unfound.size + bad.size} (${quotesOf(unfound) + quotesOf(bad)} quotes)`);
console.log(`- shaped like a name the entity analysis did not find (\`武立中\`, \`董某\`, a Latin name): ${unfound.size} (${quotesOf(unfound)} quotes); the most frequent:`);
console.log(`  ${[...unfound].sort((x, y) => y[1].n - x[1].n).slice(0, opt('--top', 50)).map(([k, e]) => `${k} ×${e.n}`).join(', ')}`);
console.log(`- not even shaped like one (target: none): ${bad.size} (${quotesOf(bad)} quotes)`);
for (const [k, e] of [...bad].sort((x, y) => y[1].n - x[1].n)) console.log(`  ${k} ×${e.n}  ${e.example}`);
const rnd = random(opt('--seed', 1));
const pool = [...moved];
console.log(`\ndates whose value moved to the year before or after publication: ${moved.length}; a sample:`);
for (let i = 0; i < opt('--sample', 30) && pool.length; i++) console.log(`  ${pool.splice(Math.floor(rnd() * pool.length), 1)[0]}`);
