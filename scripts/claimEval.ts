/**
 * Scores `findClaims` on the claim gold set (test/fixtures/claims/gold, GUIDELINE.md beside it):
 * claim-sentence precision / recall / F1 and kind accuracy (exact kind set over true positives), for
 * the look split, the check split and all 30 articles; then the time findClaims takes over the whole
 * corpus against the analysis it runs after.
 * Usage: node --import tsx scripts/claimEval.ts [--verbose] [--no-speed]
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle, type AnalyzeOptions } from '../server/src/analysis/article';
import { findSentences } from '../server/src/analysis/sentences';
import { findClaims, type ClaimKind } from '../server/src/analysis/claims/index';
import { loadSegmenter } from '../server/src/node/segmenter';
import { entityModelOrNone } from '../server/src/node/entityModel';

interface GoldSentence { start: number; end: number; text: string; kinds: ClaimKind[] }
interface Gold { file: string; split: 'look' | 'check'; index: number; sentences: GoldSentence[] }

const root = path.resolve(import.meta.dirname, '..');
const goldDir = path.join(root, 'test/fixtures/claims/gold');
const shared = path.resolve(root, '../shared/eval');
const verbose = process.argv.includes('--verbose');
const tools: AnalyzeOptions = { segment: loadSegmenter(), model: entityModelOrNone() };

function claimsOf(file: string, verboseOnly?: boolean): { text: string; kinds: Map<number, ClaimKind[]> } {
  const text = fs.readFileSync(file, 'utf8');
  const a = analyzeArticle(text, { ...tools, path: file });
  const claims = findClaims(text, findSentences(text, a.blocks), a.mentions, a.dates, a.quotes);
  void verboseOnly;
  return { text, kinds: new Map(claims.map((c) => [c.start, c.kinds])) };
}

const setOf = (k: readonly string[]): string => [...k].sort().join('+');

interface Tally { tp: number; fp: number; fn: number; kindOk: number }

function score(g: Gold, t: Tally): void {
  const { kinds } = claimsOf(path.resolve(shared, g.file));
  for (const s of g.sentences) {
    const got = kinds.get(s.start) ?? [];
    const gold = s.kinds.length > 0;
    const pred = got.length > 0;
    if (gold && pred) t.tp++;
    else if (pred) t.fp++;
    else if (gold) t.fn++;
    if (gold && pred && setOf(got) === setOf(s.kinds)) t.kindOk++;
    if (verbose && g.split === 'look' && setOf(got) !== setOf(s.kinds)) console.log(`${g.index}\t${setOf(s.kinds) || '-'}\t${setOf(got) || '-'}\t${s.text.slice(0, 80)}`);
  }
}

function line(name: string, t: Tally): string {
  const p = t.tp / (t.tp + t.fp || 1);
  const r = t.tp / (t.tp + t.fn || 1);
  const f = (2 * p * r) / (p + r || 1);
  const acc = t.kindOk / (t.tp || 1);
  return `${name.padEnd(6)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  kind accuracy ${acc.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, kinds right ${t.kindOk})`;
}

const golds: Gold[] = fs.readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')));
const tallies = { look: { tp: 0, fp: 0, fn: 0, kindOk: 0 }, check: { tp: 0, fp: 0, fn: 0, kindOk: 0 } };
for (const g of golds) score(g, tallies[g.split]);
const all: Tally = { tp: 0, fp: 0, fn: 0, kindOk: 0 };
for (const t of Object.values(tallies)) for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
console.log(line('look', tallies.look));
console.log(line('check', tallies.check));
console.log(line('all', all));

if (!process.argv.includes('--no-speed')) speed();

/** findClaims (with findSentences) over every corpus article, against analyzeArticle of the same articles. */
function speed(): void {
  const corpus = path.resolve(shared, '../corpus');
  const files = (fs.readdirSync(corpus, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).map((f) => path.join(corpus, f));
  let analysisMs = 0;
  let claimsMs = 0;
  let count = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    let t = performance.now();
    const a = analyzeArticle(text, { ...tools, path: file });
    analysisMs += performance.now() - t;
    t = performance.now();
    count += findClaims(text, findSentences(text, a.blocks), a.mentions, a.dates, a.quotes).length;
    claimsMs += performance.now() - t;
  }
  const share = (100 * claimsMs) / analysisMs;
  console.log(`speed: ${files.length} articles, analysis ${(analysisMs / 1000).toFixed(1)} s, findClaims ${(claimsMs / 1000).toFixed(2)} s (${share.toFixed(1)} %), ${count} claims`);
}
