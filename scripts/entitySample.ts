/**
 * The entity development set's articles: the corpus files in code-unit order, every article named
 * by a gold file's `file` field left out (../shared/eval/gold D1–D25, the speaker set
 * test/fixtures/speakers/gold and the claim set test/fixtures/claims/gold), shuffled by a seeded
 * Fisher–Yates (mulberry32), and the first N kept whose text is 800 to 4,000 characters long and
 * whose body (title line and image lines left out) is not the same as an article already kept (the
 * corpus holds a few republished copies under a second title).
 * Prints one path a line, relative to the corpus folder, numbered E01, E02, … in order.
 * Usage: node --import tsx scripts/entitySample.ts [seed] [count] [corpusDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { prng as random } from '../test/helpers/random';

const SEED = Number(process.argv[2] ?? 20240301);
const COUNT = Number(process.argv[3] ?? 20);
const corpus = path.resolve(process.argv[4] ?? path.join(import.meta.dirname, '../../shared/corpus'));
const goldDirs = [
  path.join(corpus, '../eval/gold'),
  path.join(import.meta.dirname, '../test/fixtures/speakers/gold'),
  path.join(import.meta.dirname, '../test/fixtures/claims/gold'),
];

/** Corpus-relative paths of every article a gold file names by `file`. */
function goldFiles(): Set<string> {
  const out = new Set<string>();
  for (const dir of goldDirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const file = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).file as string | undefined;
      const m = file?.match(/corpus\/(2024\/.+\.md)$/);
      if (m) out.add(m[1]);
    }
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
const fits = (f: string): boolean => {
  const n = [...fs.readFileSync(path.join(corpus, f), 'utf8')].length;
  return n >= 800 && n <= 4000;
};
/** The text without its title line and image lines, to spot a republished copy. */
const body = (f: string): string =>
  fs.readFileSync(path.join(corpus, f), 'utf8').split('\n').slice(1).filter((l) => !l.startsWith('![')).join('\n');
const seen = new Set<string>();
const picked: string[] = [];
for (const f of pool) {
  if (picked.length >= COUNT) break;
  if (!fits(f)) continue;
  const b = body(f);
  if (seen.has(b)) continue;
  seen.add(b);
  picked.push(f);
}
picked.forEach((f, i) => console.log(`E${String(i + 1).padStart(2, '0')}\t${f}`));
