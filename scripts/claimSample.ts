/**
 * The claim gold set's 30 articles (issue 18): the corpus files in code-unit order, gold articles
 * D6–D25 left out, shuffled by a seeded Fisher–Yates and the first 30 taken. Prints one path a line,
 * relative to the corpus folder; articles 21–30 are the check split.
 * Usage: node --import tsx scripts/claimSample.ts [seed] [corpusDir]
 */
import path from 'node:path';
import { goldArticles, shuffledCorpus } from './corpusSample';

const SEED = Number(process.argv[2] ?? 20240218);
const corpus = path.resolve(process.argv[3] ?? path.join(import.meta.dirname, '../../shared/corpus'));
const goldDir = path.join(corpus, '../eval/gold');


const pool = shuffledCorpus(corpus, goldArticles([goldDir]), SEED);
console.log(pool.slice(0, 30).join('\n'));
