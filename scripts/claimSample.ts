/**
 * The claim gold set's 30 articles (issue 18): the corpus files in code-unit order, gold articles
 * D6–D25 left out, shuffled by a seeded Fisher–Yates and the first 30 taken. Prints one path a line,
 * relative to the corpus folder; articles 21–30 are the check split.
 * Usage: node --import tsx scripts/claimSample.ts [seed] [corpusDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { prng as random } from '../test/helpers/random';

const SEED = Number(process.argv[2] ?? 20240218);
const corpus = path.resolve(process.argv[3] ?? path.join(import.meta.dirname, '../../shared/corpus'));
const goldDir = path.join(corpus, '../eval/gold');

function goldFiles(): Set<string> {
  const out = new Set<string>();
  for (const f of fs.readdirSync(goldDir)) {
    const file = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')).file as string;
    if (file.startsWith('../corpus/')) out.add(file.slice('../corpus/'.length));
  }
  return out;
}

const all = (fs.readdirSync(corpus, { recursive: true, encoding: 'utf8' }) as string[])
  .map((f) => f.split(path.sep).join('/'))
  .filter((f) => f.endsWith('.md'))
  .sort();
const excluded = goldFiles();
const pool = all.filter((f) => !excluded.has(f));
const next = random(SEED);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
console.log(pool.slice(0, 30).join('\n'));
