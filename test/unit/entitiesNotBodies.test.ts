/**
 * What names no body whatever the model reads there: countries' one-character abbreviations run together (`菲美`, `中菲`,
 * `英法德`; the guideline: abbreviations inside compounds are not listed), a term's acronym (`EBITDA`, `REITs`), a country
 * before an accounting standard (`美国通用会计准则`: the country stays a place); and a grown body holds no verb of giving
 * (`发改局发给皮杨公司`). Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSegmenter } from '../helpers/segmenter';
import { loadEntityModel } from '../../server/src/node/entityModel';
import { analyzeArticle } from '../../server/src/analysis/article';
import { tokenize } from '../../server/src/analysis/tokens';
import { objectAfterVerb } from '../../server/src/analysis/entities/organizations';

const segment = loadSegmenter();
const model = loadEntityModel();

/** [text, entity texts that must not be found, entity texts that must] */
const CASES: [string, string[], string[]][] = [
  ['近日，菲美在南海举行联合海上军演。', ['菲美'], ['南海']],
  ['专家认为，英法德此举是为了落实援助。', ['英法德'], []],
  ['他们将其与中菲海上争议挂钩。', ['中菲'], []],
  ['第四季度调整后的EBITDA为81亿元，同比增长5%。', ['EBITDA'], []],
  ['业内需要加强对于REITs等退出机制的研究。', ['REITs'], []],
  ['不按美国通用会计准则，星河科技的净利润为10亿元。', ['美国通用'], ['美国']],
  ['这是普兰店区发改局发给皮杨公司的文件。', ['普兰店区发改局发给皮杨公司'], ['皮杨公司']],
  ['这是云岭区发改局发给华兴达公司的文件。', ['云岭区发改局发给华兴达公司', '区发改局发给华兴达公司'], ['华兴达公司']],
];

for (const [text, no, yes] of CASES) {
  test(`no body: ${text.slice(0, 12)}…`, () => {
    const found = analyzeArticle(text, { segment, model }).mentions.map((m) => m.text);
    for (const t of no) assert.ok(!found.includes(t), `${t} in ${found.join(' ')}`);
    for (const t of yes) assert.ok(found.includes(t), `${t} not in ${found.join(' ')}`);
  });
}

test('a verb of giving inside a body the model read: the body given to starts after it', () => {
  const text = '这是云岭区发改局发给星河公司的文件。';
  const tokens = tokenize(text, segment);
  assert.equal(objectAfterVerb(tokens, 4, 14), text.indexOf('星河公司'));
  assert.equal(objectAfterVerb(tokenize('国家市场监督管理总局', segment), 0, 10), -1);
});
