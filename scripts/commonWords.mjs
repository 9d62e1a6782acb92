// Common words the segmenter's dictionary tags as names (lexicons/classes.json `commonWords`, imported by
// buildLexicons.mjs): a second opinion from HanLP's core dictionary (../shared/ner/hanlp, Apache-2.0).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** HanLP tags of verbs, adjectives, adverbs, idioms and function words: never a name's. */
const COMMON_TAG = /^(?:v|vi|vn|vd|vl|vf|vx|vg|a|ad|an|ag|al|d|dl|i|l|c|p|u[a-z]*|r[a-z]*|m|mq|q[a-z]*|f|z|e|y|o)$/;
/** nodejieba's name tags: person, transliterated person, place. */
const NAME_TAG = /^(?:nr|nrt|nrfg|ns)$/;

/**
 * Words of two characters or more that nodejieba reads whole as a name (`牟利/nr`, `马放南山/ns`, `令人/nrt`, `上市/ns`)
 * and HanLP's core dictionary knows only as a verb, an adjective, an adverb, an idiom or a function word (`牟利/vi`,
 * `马放南山/vl`): the dictionary's tag is wrong there, and no rule should read a name in it.
 */
export function commonWords() {
  const file = join(root, '../shared/ner/hanlp/CoreNatureDictionary.txt');
  if (!existsSync(file)) throw new Error(`npm run lexicons needs ${file} (../shared beside the checkout)`);
  const jieba = require('nodejieba');
  jieba.load({ idfDict: join(root, 'server/resources/idf-placeholder.utf8') });
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.trim().split('\t');
    if (f.length < 3 || f[0].length < 2 || !/^[\u4e00-\u9fff]+$/.test(f[0])) continue;
    const tags = f.filter((_, i) => i % 2 === 1);
    if (!tags.every((t) => COMMON_TAG.test(t))) continue;
    const read = jieba.tag(f[0]);
    if (read.length === 1 && NAME_TAG.test(read[0].tag)) out.push(f[0]);
  }
  return [...new Set(out)].sort();
}
