import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSegmenter } from '../helpers/segmenter';
import { projectRoot } from '../helpers/root';
import { findEntityModelFile, loadEntityModel } from '../../server/src/node/entityModel';
import type { EntityModel } from '../../server/src/analysis/entities/model';
import { tokenize } from '../../server/src/analysis/tokens';
import { findModelMentions, isAllowed, toMentions, viterbi } from '../../server/src/analysis/entities/model';
import { parseEntityModel, serializeEntityModel, unpackWeights } from '../../server/src/analysis/entities/modelFile';
import { buildLexicon, FEATURE_VERSION, lexiconKey, lookupLexicon, NUM_TAGS, TAGS } from '../../server/src/analysis/entities/modelFeatures';

const segment = loadSegmenter();
const tag = (name: string) => TAGS.indexOf(name as (typeof TAGS)[number]);

test('the committed weights are within the size budget and load in a few hundred ms', () => {
  const file = findEntityModelFile();
  assert.equal(file, path.join(projectRoot(), 'server', 'resources', 'entity-model.bin'));
  assert.ok(fs.statSync(file!).size <= 20e6, `${fs.statSync(file!).size} bytes`);
  const t0 = performance.now();
  const model = loadEntityModel();
  assert.ok(performance.now() - t0 < 1000);
  assert.equal(unpackWeights(model).length, NUM_TAGS << model.header.bits);
  assert.equal(loadEntityModel(), model);
});

const seedText = () => fs.readFileSync(path.join(projectRoot(), 'test', 'fixtures', 'seed.txt'), 'utf8');
const seedExpected = () => JSON.parse(fs.readFileSync(path.join(projectRoot(), 'test', 'fixtures', 'entityModel.seed.json'), 'utf8'));

/** What `model` finds in the seed article, in its offsets. */
function seedMentions(model: EntityModel, text: string): { start: number; end: number; text: string; type: string }[] {
  const found: { start: number; end: number; text: string; type: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const para = line.replace(/\r$/, '');
    for (const m of findModelMentions(model, para, tokenize(para, segment))) found.push({ start: m.start + at, end: m.end + at, text: m.text, type: m.type });
    at += line.length + 1;
  }
  return found;
}

test('the committed weights tag the seed article as the training run recorded', () => {
  const text = seedText();
  const expected = seedExpected();
  const found = seedMentions(loadEntityModel(), text);
  assert.ok(expected.length > 20);
  assert.deepEqual(found, expected);
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a model read from a file buffer keeps no view of it: the seed tags the same after the buffer is wiped', () => {
  const bytes = fs.readFileSync(findEntityModelFile()!);
  const model = parseEntityModel(bytes);
  const lexicon = model.spec.lexicon;
  for (const a of [model.packed!, model.transitions, lexicon.keys, lexicon.values, lexicon.starts]) assert.notEqual(a.buffer, bytes.buffer);
  // int8 weights are held once, packed
  assert.equal(model.weights, undefined);
  bytes.fill(0);
  assert.deepEqual(seedMentions(model, seedText()), seedExpected());
});

/** Sentences written for these tests, and what the model must (and must not) find in them. */
const CASES: { text: string; yes: string[]; no: string[] }[] = [
  { text: '中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话。', yes: ['中国国防部/organization', '董军/person', '奥斯汀/person'], no: ['美国国防部长奥斯汀/person', '董军16日/person'] },
  { text: '美联储主席鲍威尔周三表示，通胀仍然过高。', yes: ['美联储/organization', '鲍威尔/person'], no: ['主席鲍威尔/person'] },
  { text: '新华社北京3月1日电 国务院总理李强会见了联合国秘书长古特雷斯。', yes: ['新华社/organization', '北京/place', '国务院/organization', '李强/person', '联合国/organization', '古特雷斯/person'], no: [] },
  { text: '记者从湖北省武汉市东西湖区获悉', yes: ['东西湖区/place'], no: ['记者/person'] },
  { text: '他在北京大学读书，后来去了上海。', yes: ['北京大学/organization', '上海/place'], no: ['北京/place'] },
  { text: '今天天气很好，我们一起去公园散步吧。', yes: [], no: [] },
];

for (const c of CASES) {
  test(`model: ${c.text}`, () => {
    const model = loadEntityModel();
    const found = findModelMentions(model, c.text, tokenize(c.text, segment));
    for (const m of found) assert.equal(c.text.slice(m.start, m.end), m.text);
    const got = found.map((m) => `${m.text}/${m.type}`);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} not in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} in ${got.join(' ')}`);
    if (c.yes.length === 0 && c.no.length === 0) assert.deepEqual(got, []);
  });
}

test('spans never cut a surrogate pair and survive CRLF and full-width text', () => {
  const model = loadEntityModel();
  const text = '𠮷野家在东京开店，ＡＢＣ公司的约翰·史密斯说：“很好\r\n';
  const found = findModelMentions(model, text, tokenize(text, segment));
  for (const m of found) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(!/^[\udc00-\udfff]/.test(m.text) && !/[\ud800-\udbff]$/.test(m.text), m.text);
  }
  assert.deepEqual(findModelMentions(model, '', []), []);
});

test('BIOES: allowed transitions, decoding and spans', () => {
  const cases: [string, string, boolean][] = [
    ['O', 'B-PER', true], ['O', 'I-PER', false], ['B-PER', 'I-PER', true], ['B-PER', 'E-LOC', false],
    ['I-ORG', 'E-ORG', true], ['E-LOC', 'S-PER', true], ['S-PER', 'E-PER', false], ['B-LOC', 'O', false],
  ];
  for (const [a, b, ok] of cases) assert.equal(isAllowed(tag(a), tag(b)), ok, `${a} → ${b}`);
  assert.equal(isAllowed(13, tag('I-PER')), false);
  const text = '美国奥斯汀说';
  const ids = ['B-LOC', 'E-LOC', 'B-PER', 'I-PER', 'E-PER', 'O'].map(tag);
  assert.deepEqual(toMentions(text, ids).map((m) => `${m.text}/${m.type}@${m.start}`), ['美国/place@0', '奥斯汀/person@2']);
  // O O O scores 5, B I E 6: decoding finds the valid sequence though I-ORG alone scores nothing
  const em = new Float32Array(3 * NUM_TAGS);
  em[tag('B-ORG')] = 1;
  em[NUM_TAGS + tag('O')] = 5;
  em[2 * NUM_TAGS + tag('E-ORG')] = 5;
  const out = new Uint8Array(3);
  viterbi(em, 3, new Float32Array(14 * NUM_TAGS), out);
  for (let i = 1; i < 3; i++) assert.ok(isAllowed(out[i - 1], out[i]));
  assert.deepEqual([...out].map((t) => TAGS[t]), ['B-ORG', 'I-ORG', 'E-ORG']);
});

test('the lexicon table finds its words and only them; a model file round-trips', () => {
  const lex = buildLexicon([['路透社', 8], ['美国', 2], ['美国', 4], ['奥斯汀', 1]], 12);
  assert.equal(lookupLexicon(lex, lexiconKey('路透社')), 8);
  assert.equal(lookupLexicon(lex, lexiconKey('美国')), 6);
  assert.equal(lookupLexicon(lex, lexiconKey('ＡＢＣ')), lookupLexicon(lex, lexiconKey('abc')));
  assert.equal(lookupLexicon(lex, lexiconKey('路透')), 0);
  const weights = new Int8Array(NUM_TAGS << 4).map((_, i) => (i % 7) - 3);
  const transitions = new Float32Array(14 * NUM_TAGS).map((_, i) => i / 10);
  const classChars = { translit: '斯汀', surnames: '董', orgSuffix: '社', placeSuffix: '省' };
  const bytes = serializeEntityModel({ format: 1, features: FEATURE_VERSION, bits: 4, groups: ['chars', 'lexicon'], weightType: 'int8', scale: 0.5, lexiconMaxLength: 12, classChars },
    { transitions, weights, lexiconKeys: lex.keys, lexiconValues: lex.values, lexiconStarts: lex.starts });
  const shifted = new Uint8Array(bytes.length + 1);
  shifted.set(bytes, 1);
  for (const b of [bytes, shifted.subarray(1)]) {
    const m = parseEntityModel(b);
    assert.deepEqual([...unpackWeights(m)], [...weights]);
    assert.deepEqual([...m.transitions], [...transitions]);
    assert.equal(m.scale, 0.5);
    assert.equal(lookupLexicon(m.spec.lexicon, lexiconKey('奥斯汀')), 1);
  }
  assert.throws(() => parseEntityModel(new Uint8Array(16)), /not a NewsLens entity model/);
});

test('int16 weights round-trip and score through the generic path like the same weights as int8', () => {
  const lex = buildLexicon([['奥斯汀', 1]], 12);
  const weights = new Int8Array(NUM_TAGS << 8).map((_, i) => ((i * 37) % 255) - 127);
  const transitions = new Float32Array(14 * NUM_TAGS).map((_, i) => (i % 5) / 10);
  const classChars = { translit: '斯汀', surnames: '董', orgSuffix: '社', placeSuffix: '省' };
  const file = (weightType: 'int8' | 'int16', w: Int8Array | Int16Array) =>
    serializeEntityModel({ format: 1, features: FEATURE_VERSION, bits: 8, groups: ['chars', 'lexicon'], weightType, scale: 0.5, lexiconMaxLength: 12, classChars },
      { transitions, weights: w, lexiconKeys: lex.keys, lexiconValues: lex.values, lexiconStarts: lex.starts });
  const int8 = parseEntityModel(file('int8', weights));
  const int16 = parseEntityModel(file('int16', Int16Array.from(weights)));
  assert.ok(int8.packed && !int8.weights && int16.weights && !int16.packed);
  assert.deepEqual([...unpackWeights(int16)], [...weights]);
  const text = '美国国防部长奥斯汀说，董军在北京。';
  const tokens = tokenize(text, segment);
  assert.deepEqual(findModelMentions(int16, text, tokens), findModelMentions(int8, text, tokens));
});
