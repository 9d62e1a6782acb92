import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntityMentions, parseLexicon } from '../../server/src/analysis/entities/index';
import { tokenize } from '../../server/src/analysis/tokens';
import { loadSegmenter } from '../helpers/segmenter';
import { CITY_SHORT, COUNTRIES, FOREIGN_PLACES, PLACES, PLACE_SHORT, SURNAMES, TITLES, TRANSLIT, ORG_SUFFIXES } from '../../server/src/analysis/entities/builtins';

test('parseLexicon: types in English, Chinese and jieba tags; comments and blank lines', () => {
  const src = '# 用户词表\n董军 person\n\n华盛顿中美研究所 机构\n旧金山 ns\n中美 none   # 不是实体\n中方 -\n两岸 非实体\r\n';
  const { entries, errors } = parseLexicon(src);
  assert.deepEqual(errors, []);
  assert.deepEqual([...entries], [
    ['董军', 'person'], ['华盛顿中美研究所', 'organization'], ['旧金山', 'place'], ['中美', 'none'], ['中方', 'none'], ['两岸', 'none'],
  ]);
});

test('parseLexicon: a bad line is reported with its 1-based number and skipped', () => {
  const { entries, errors } = parseLexicon('董军 person\n坏行\n奥斯汀 人物\n拜登 总统\n多 个 词');
  assert.deepEqual([...entries.keys()], ['董军', '奥斯汀']);
  assert.deepEqual(errors.map((e) => e.line), [2, 4, 5]);
  for (const e of errors) assert.ok(e.message.length > 0);
});

test('parseLexicon: never throws on odd input', () => {
  for (const s of ['', '\n\n', '\uFEFF董军 person', '\t \t', '#', '𠮷 place']) assert.doesNotThrow(() => parseLexicon(s));
  assert.equal(parseLexicon('\uFEFF董军 person').entries.get('董军'), 'person');
  assert.equal(parseLexicon('董军\u3000person').entries.get('董军'), 'person');
});

test('built-in lexicons: countries, regions, divisions and their short forms', () => {
  for (const p of ['柬埔寨', '菲律宾', '乌克兰', '欧洲', '东南亚', '湖北省', '武汉市', '东西湖区', '莒县']) assert.ok(PLACES.has(p), p);
  for (const p of ['湖北', '邯郸', '广西', '恩施', '西双版纳']) assert.ok(PLACE_SHORT.has(p), p);
  assert.ok(!PLACES.has('中非'), 'compound 中非 is not a place');
  assert.ok(!PLACE_SHORT.has('市辖'), 'no placeholder divisions');
});

test('built-in closed classes', () => {
  for (const s of ['王', '董', '刘', '傅']) assert.ok(SURNAMES.has(s), s);
  for (const c of ['斯', '尔', '普', '塔']) assert.ok(TRANSLIT.has(c), c);
  for (const t of ['部长', '发言人', '教授', '记者']) assert.ok(TITLES.has(t), t);
  for (const o of ['协会', '大学', '研究所', '有限公司']) assert.ok(ORG_SUFFIXES.has(o), o);
  assert.ok(!SURNAMES.has('的'));
});

test('built-in lexicons: world cities (CLDR exemplar cities) and city short names', () => {
  for (const c of ['莫斯科', '基辅', '开罗', '曼谷', '纽约', '布宜诺斯艾利斯']) assert.ok(PLACES.has(c), c);
  for (const c of ['达尔文', '昭和', '未知地点', '印第安纳州温森斯']) assert.ok(!PLACES.has(c), `${c} is dropped`);
  assert.ok(!COUNTRIES.has('莫斯科') && COUNTRIES.has('美国'), 'cities are not countries');
  for (const c of ['合肥', '大连', '湖北', '保定']) assert.ok(CITY_SHORT.has(c), c);
  for (const c of ['朝阳', '白银', '长治', '海口']) assert.ok(!CITY_SHORT.has(c), `${c} needs the segmenter's agreement`);
});

test('built-in lexicons: foreign places two dictionaries agree on, no transliterated person names, no religion or people', () => {
  for (const w of ['旧金山', '曼哈顿', '好莱坞', '苏格兰']) assert.ok(FOREIGN_PLACES.has(w), w);
  for (const w of ['加西亚', '维多利亚', '蒙哥马利', '伊斯兰', '印第安', '苏维埃']) assert.ok(!FOREIGN_PLACES.has(w), w);
  // found by a lexicon, as the hover says (`lexicon (lexicon-foreign-place)`)
  const text = '两国元首旧金山会晤达成共识。';
  const m = findEntityMentions(text, tokenize(text, loadSegmenter()), new Map()).find((x) => x.text === '旧金山');
  assert.equal(m?.rule, 'lexicon-foreign-place');
});

test('built-in lexicons: a foreign place the segmenter misreads as a person (`西雅图/nr`) is one, but not in a thing named after it', () => {
  for (const w of ['慕尼黑', '波士顿', '西雅图']) assert.ok(FOREIGN_PLACES.has(w), w);
  for (const w of ['克里姆林宫', '唐宁街', '哈马斯', '切尔西', '滑铁卢']) assert.ok(!FOREIGN_PLACES.has(w), w);
  const text = '他在西雅图工作，去年去过慕尼黑安全会议，还买了夏威夷果和一只阿拉斯加犬。';
  const places = findEntityMentions(text, tokenize(text, loadSegmenter()), new Map()).filter((x) => x.type === 'place').map((x) => x.text);
  assert.deepEqual(places, ['西雅图']);
});

test('indexed lookups agree with the sets they index', async () => {
  const { suffixIn, LEXICON_PREFIXES, PLACE_PREFIXES, TRANSLIT_CODES, SURNAME_CODES, SURNAMES_RARE, SURNAME_RARE_CODES } = await import('../../server/src/analysis/entities/builtins');
  assert.equal(suffixIn('国防部长', TITLES), '部长');
  assert.equal(suffixIn('常务副部长', TITLES, 2), '部长', 'max bounds the suffix length');
  assert.equal(suffixIn('国防部', TITLES), null);
  assert.equal(suffixIn('', TITLES), null);
  assert.equal(suffixIn('长', TITLES), null, 'no entry is a one-character 长');
  assert.deepEqual(LEXICON_PREFIXES.at('柬埔'), [3], 'only 柬埔寨 starts with 柬埔');
  assert.ok(LEXICON_PREFIXES.at('在湖北省', 1)!.includes(3), '湖北省 at offset 1');
  assert.deepEqual(LEXICON_PREFIXES.at('的黎'), [4], '的黎波里');
  assert.equal(LEXICON_PREFIXES.at('的确'), undefined, 'no place starts with 的确');
  assert.equal(LEXICON_PREFIXES.at('柬'), undefined, 'a single character opens no entry');
  // Every place is found through the index, with the lengths under its first two characters longest first.
  for (const w of PLACES) {
    if (w.length < 2) continue;
    const ls = PLACE_PREFIXES.at(w)!;
    assert.ok(ls.includes(w.length), `${w} is indexed`);
    for (let i = 1; i < ls.length; i++) assert.ok(ls[i - 1] > ls[i], `lengths under ${w.slice(0, 2)} longest first`);
  }
  for (const c of TRANSLIT) assert.equal(TRANSLIT_CODES[c.charCodeAt(0)], 1, c);
  for (const c of SURNAMES) assert.equal(SURNAME_CODES[c.charCodeAt(0)], 1, c);
  for (const c of SURNAMES_RARE) assert.equal(SURNAME_RARE_CODES[c.charCodeAt(0)], 1, c);
  assert.equal(TRANSLIT_CODES['的'.charCodeAt(0)], 0);
});

test('shape tests on code units: isHan, isTranslit, surnameLength', async () => {
  const { isHan, isTranslit, surnameLength } = await import('../../server/src/analysis/entities/shared');
  assert.ok(isHan('董军') && isHan('㐀') && !isHan('') && !isHan('F-35') && !isHan('董军A') && !isHan('𠮷'));
  assert.ok(isTranslit('古普塔') && !isTranslit('') && !isTranslit('美国') && !isTranslit('古普塔A'));
  assert.equal(surnameLength('欧阳修', false), 2);
  assert.equal(surnameLength('董军', false), 1);
  assert.equal(surnameLength('的确', true), 0);
  assert.equal(surnameLength('', true), 0);
});
