/**
 * The entity development set's articles: the corpus files in code-unit order, every article named
 * by a gold file's `file` field left out (../shared/eval/gold D1–D25, the speaker set's S01–S40
 * in test/fixtures/speakers/gold and the claim set test/fixtures/claims/gold), shuffled by a seeded
 * Fisher–Yates (mulberry32), and the first N kept whose text is 800 to 4,000 characters long and
 * whose body (title line and image lines left out) is not the same as an article already kept (the
 * corpus holds a few republished copies under a second title).
 * Only S01.json … S40.json of the speaker set are read: files added there later (S41 on) must not
 * move this sample, whose order E01… is fixed by the annotated gold files.
 * Prints one path a line, relative to the corpus folder, numbered E01, E02, … in order.
 * Usage: node --import tsx scripts/entitySample.ts [seed] [count] [corpusDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { goldArticles, shuffledCorpus } from './corpusSample';

const SEED = Number(process.argv[2] ?? 20240301);
const COUNT = Number(process.argv[3] ?? 20);
const corpus = path.resolve(process.argv[4] ?? path.join(import.meta.dirname, '../../shared/corpus'));
const goldDirs = [path.join(corpus, '../eval/gold'), path.join(import.meta.dirname, '../test/fixtures/claims/gold')];
const speakerDir = path.join(import.meta.dirname, '../test/fixtures/speakers/gold');
/** S01–S40 only: the speaker set as it stood when E01–E40 were drawn. */
const SPEAKER_FILES = Array.from({ length: 40 }, (_, i) => `S${String(i + 1).padStart(2, '0')}.json`);

/** Corpus-relative paths of the articles the speaker set's S01–S40 name by `file`. */
function speakerArticles(): Set<string> {
  const out = new Set<string>();
  for (const name of SPEAKER_FILES) {
    const f = path.join(speakerDir, name);
    if (!fs.existsSync(f)) continue;
    const file = JSON.parse(fs.readFileSync(f, 'utf8')).file as string | undefined;
    const m = file?.match(/corpus\/(2024\/.+\.md)$/);
    if (m) out.add(m[1]);
  }
  return out;
}
const excluded = new Set([...goldArticles(goldDirs), ...speakerArticles()]);

const pool = shuffledCorpus(corpus, excluded, SEED);
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
