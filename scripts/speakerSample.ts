/**
 * The speaker development set's articles: the corpus files in code-unit order, every article named
 * by a gold file's `file` field left out (../shared/eval/gold D6–D25 and the claim set
 * test/fixtures/claims/gold), shuffled by a seeded Fisher–Yates (mulberry32), and the first N kept
 * that hold at least one likely speech quote: a “…” with a speech verb (说/表示/称/指出/认为/介绍/
 * 告诉/回应/坦言) in the 12 characters before it or a colon ：right before it. Prints one path a
 * line, relative to the corpus folder, numbered S01, S02, … in order.
 * Usage: node --import tsx scripts/speakerSample.ts [seed] [count] [corpusDir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { goldArticles, shuffledCorpus } from './corpusSample';

const SEED = Number(process.argv[2] ?? 20240229);
const COUNT = Number(process.argv[3] ?? 40);
const corpus = path.resolve(process.argv[4] ?? path.join(import.meta.dirname, '../../shared/corpus'));
const goldDirs = [path.join(corpus, '../eval/gold'), path.join(import.meta.dirname, '../test/fixtures/claims/gold')];


const SPEECH_BEFORE = /(说|表示|称|指出|认为|介绍|告诉|回应|坦言)[^。！？\n]{0,10}$|：\s*$/;

/** True when some “…” in the text is preceded by a speech verb or a colon. */
function hasSpeechQuote(text: string): boolean {
  for (const m of text.matchAll(/“[^”\n]+”/g)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (SPEECH_BEFORE.test(before)) return true;
  }
  return false;
}

const pool = shuffledCorpus(corpus, goldArticles(goldDirs), SEED);
const picked = pool.filter((f) => hasSpeechQuote(fs.readFileSync(path.join(corpus, f), 'utf8'))).slice(0, COUNT);
picked.forEach((f, i) => console.log(`S${String(i + 1).padStart(2, '0')}\t${f}`));
