// Common words the segmenter's dictionary tags as names (lexicons/classes.json `commonWords`, imported by
// buildLexicons.mjs), and foreign places two dictionaries agree on (`foreignPlaces`): a second opinion from HanLP's core
// dictionary (../shared/ner/hanlp, Apache-2.0).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

let jieba = null;
/** nodejieba, loaded once for every list the lexicon builder reads with it (as NewsLens loads it: without the IDF table). */
export function segmenter() {
  if (!jieba) {
    jieba = require('nodejieba');
    jieba.load({ idfDict: join(root, 'server/resources/idf-placeholder.utf8') });
  }
  return jieba;
}

/** The lines of HanLP's core dictionary, each `[word, tag, count, tag, count …]`. */
function coreEntries() {
  const file = join(root, '../shared/ner/hanlp/CoreNatureDictionary.txt');
  if (!existsSync(file)) throw new Error(`npm run lexicons needs ${file} (../shared beside the checkout)`);
  return readFileSync(file, 'utf8').split('\n').map((line) => line.trim().split('\t'));
}

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
  const jieba = segmenter();
  const out = [];
  for (const f of coreEntries()) {
    if (f.length < 3 || f[0].length < 2 || !/^[\u4e00-\u9fff]+$/.test(f[0])) continue;
    const tags = f.filter((_, i) => i % 2 === 1);
    if (!tags.every((t) => COMMON_TAG.test(t))) continue;
    const read = jieba.tag(f[0]);
    if (read.length === 1 && NAME_TAG.test(read[0].tag)) out.push(f[0]);
  }
  return [...new Set(out)].sort();
}

/**
 * Words HanLP tags as foreign places that in news more often name something else: a religion, a people, an empire or a
 * political system (`伊斯兰教`, `阿拉伯国家`, `苏维埃政权`), a movement (`哈马斯`), a club or a paper (`切尔西`, `费加罗`), a person
 * (`哈密尔顿`, `达德利`, `金伯利`, `吉马良斯`), an idiom (`遭遇滑铁卢`), a disease or a method (`亨廷顿舞蹈症`, `蒙特卡洛方法`).
 */
const NOT_PLACES = new Set(['伊斯兰', '印第安', '苏维埃', '阿拉伯', '哈萨克', '库尔德', '拜占庭', '哈马斯', '切尔西', '费加罗', '哈密尔顿', '达德利', '金伯利', '吉马良斯', '滑铁卢', '亨廷顿', '蒙特卡洛', '蒙特卡罗']);

/**
 * Foreign places both dictionaries agree on: words HanLP's core dictionary tags as a transliterated place (`nsf`: `旧金山`,
 * `曼哈顿`, `好莱坞`) that nodejieba reads whole as a place (`ns`), and that HanLP's list of transliterated person names
 * (`nrf.txt`) does not hold (`加西亚`, `维多利亚`, `蒙哥马利` are people's names too). Also the words of three characters or
 * more that HanLP knows only as a foreign place and nodejieba misreads as a person (`慕尼黑/nr`, `波士顿/nr`, `西雅图/nr`),
 * but for a seat, a street or a landmark (`克里姆林宫`, `唐宁街`, `凯旋门`: `[宫街寺门]` at the end) and {@link NOT_PLACES}.
 * The segmenter's `ns` alone waits for the model (`modelFusion.ts`); with this second opinion it is a place wherever it stands.
 */
export function foreignPlaces() {
  const nrf = join(root, '../shared/ner/hanlp/nrf.txt');
  if (!existsSync(nrf)) throw new Error(`npm run lexicons needs ${nrf} (../shared beside the checkout)`);
  const people = new Set(readFileSync(nrf, 'utf8').split('\n').map((l) => l.trim()));
  const jieba = segmenter();
  const out = [];
  for (const f of coreEntries()) {
    if (f.length < 3 || f[1] !== 'nsf' || f[0].length < 2 || !/^[\u4e00-\u9fff]+$/.test(f[0]) || people.has(f[0]) || NOT_PLACES.has(f[0])) continue;
    const read = jieba.tag(f[0]);
    if (read.length !== 1) continue;
    // a person's tag for a word HanLP knows only as a foreign place (one tag on its line), three characters or more
    const misread = /^nr/.test(read[0].tag) && f.length === 3 && f[0].length >= 3 && !/[宫街寺门]$/.test(f[0]);
    if (read[0].tag === 'ns' || misread) out.push(f[0]);
  }
  return [...new Set(out)].sort();
}
