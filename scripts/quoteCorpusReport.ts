/**
 * Quote attribution report over a corpus of articles.
 *
 *   npx tsx scripts/quoteCorpusReport.ts [DIR=../shared/corpus] [--sample 30] [--seed 1]
 *     counts speech quotes and how many got a speaker, by `speakerVia`, and prints a random
 *     sample of unattributed speech quotes with their sentence for review by hand;
 *     `--attributed N` also samples N attributed ones, to check the speakers given.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';
import type { Quote, Segment } from '../server/src/analysis/types';
import { loadSegmenter } from '../server/src/node/segmenter';

const segment: Segment = loadSegmenter();

function listArticles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listArticles(p));
    else out.push(p);
  }
  return out;
}

/** A small deterministic generator, so a sample can be reviewed again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function sentenceAround(text: string, q: Quote): string {
  let a = q.start;
  while (a > 0 && a > q.start - 80 && !/[。！？\n]/.test(text[a - 1])) a--;
  let b = q.end;
  while (b < text.length && b < q.end + 30 && !/[。！？\n]/.test(text[b])) b++;
  const inner = q.text.length > 40 ? `${q.text.slice(0, 20)}……${q.text.slice(-10)}` : q.text;
  return `${text.slice(a, q.start)}${q.mark}${inner}${text[q.end - 1]}${text.slice(q.end, b + 1)}`.replace(/\s+/g, ' ');
}

function report(dir: string, sampleSize: number, seed: number, attributed: number): void {
  const files = listArticles(dir);
  let speech = 0, term = 0, withSpeaker = 0, bytes = 0, ms = 0;
  const via = new Map<string, number>();
  const misses: { file: string; context: string }[] = [];
  const hits: { file: string; context: string }[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    bytes += text.length;
    const t0 = performance.now();
    const a = analyzeArticle(text, { segment, path: f });
    ms += performance.now() - t0;
    for (const q of a.quotes) {
      if (q.kind === 'term') { term++; continue; }
      speech++;
      if (q.speaker) {
        withSpeaker++;
        via.set(q.speakerVia ?? '?', (via.get(q.speakerVia ?? '?') ?? 0) + 1);
        hits.push({ file: f.slice(dir.length + 1), context: `{${q.speaker} / ${q.speakerVia}} ${sentenceAround(text, q)}` });
      }
      else misses.push({ file: f.slice(dir.length + 1), context: sentenceAround(text, q) });
    }
  }
  console.log(`${files.length} articles, ${(bytes / 1e6).toFixed(1)} M chars, analysis ${(ms / 1000).toFixed(1)} s`);
  console.log(`quotes: ${speech + term} (speech ${speech}, term ${term})`);
  console.log(`speech quotes with a speaker: ${withSpeaker}/${speech} = ${((100 * withSpeaker) / Math.max(1, speech)).toFixed(1)}%`);
  console.log(`by speakerVia: ${[...via].sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  printSample('unattributed speech quotes', misses, sampleSize, seed);
  if (attributed > 0) printSample('attributed speech quotes {speaker / via}', hits, attributed, seed);
}

function printSample(what: string, items: { file: string; context: string }[], n: number, seed: number): void {
  const rnd = random(seed);
  const pool = [...items];
  console.log(`\n${Math.min(n, pool.length)} random ${what} (seed ${seed}):`);
  for (let i = 0; i < n && pool.length; i++) {
    const m = pool.splice(Math.floor(rnd() * pool.length), 1)[0];
    console.log(`${String(i + 1).padStart(2)}. [${m.file}] ${m.context}`);
  }
}

const args = process.argv.slice(2);
const flag = (name: string, dflt: string): string => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
report(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '../shared/corpus', Number(flag('--sample', '30')), Number(flag('--seed', '1')), Number(flag('--attributed', '0')));
