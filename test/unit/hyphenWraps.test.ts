import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinHyphenWraps } from '../../server/src/analysis/entities/hyphenWraps';
import { findBlocks, proseBlocks } from '../../server/src/analysis/structure';
import { given } from '../helpers/entities';

/** Names a soft wrap cut after their hyphen, joined by `joinHyphenWraps` (sentences written for these tests). */
const CASES: { rule: string; text: string; given: string[]; want: string[] }[] = [
  { rule: 'two halves of a person\'s name join, line break kept', text: '他输给了德国选手马库斯-\n韦伯，但随后扳回一局。', given: ['马库斯-/person/model', '韦伯/person/model'], want: ['马库斯-\n韦伯/person'] },
  { rule: 'a company before the hyphen and one after it', text: '请致电东风-\n本田汽车有限公司咨询。', given: ['东风/organization/lexicon-company', '本田汽车有限公司/organization/lexicon-company'], want: ['东风-\n本田汽车有限公司/organization'] },
  { rule: 'a share-class code after a company\'s hyphen', text: '恒生科技指数成分股中，京东-\nSW跌1.2%，百度-\nS涨0.5%。', given: ['京东/organization/lexicon-company', '百度/organization/lexicon-company'], want: ['京东-\nSW/organization', '百度-\nS/organization'] },
  { rule: 'a Latin word on the next line is no share class', text: '京东-\nShop上线新功能。', given: ['京东/organization/lexicon-company'], want: ['京东/organization'] },
  { rule: 'two places are a route, not one name', text: '开通了成都-\n昆明的直达航线。', given: ['成都/place/lexicon', '昆明/place/lexicon'], want: ['成都/place', '昆明/place'] },
  { rule: 'two outlets stay two', text: '【新京报-\n贝壳财经讯】', given: ['新京报/organization/lexicon-outlet', '贝壳财经/organization/media-byline'], want: ['新京报/organization', '贝壳财经/organization'] },
  { rule: 'halves of two types stay two', text: '他在卡马拉-\n巴斯克俱乐部踢球。', given: ['卡马拉-/person/model', '巴斯克俱乐部/organization/model'], want: ['卡马拉/person', '巴斯克俱乐部/organization'] },
  { rule: '… but a brand\'s first half the model read as a person joins a company\'s listed or registered name', text: '日前，梅赛德斯-\n奔驰（中国）汽车销售有限公司宣布召回。', given: ['梅赛德斯/person/model', '奔驰（中国）汽车销售有限公司/organization/registered-name'], want: ['梅赛德斯-\n奔驰（中国）汽车销售有限公司/organization'] },
  { rule: 'a hyphen with nothing after it to join is cut off the name', text: '据称山姆-\n正在筹集资金。', given: ['山姆-/person/model'], want: ['山姆/person'] },
  { rule: '… and a name left with one character goes', text: '日本的J-\n房地产基金规模扩大。', given: ['J-/organization/model'], want: [] },
  { rule: 'a blank line is a paragraph break: nothing joins, the hyphen still goes', text: '他输给了马库斯-\n\n韦伯是另一位选手。', given: ['马库斯-/person/model', '韦伯/person/model'], want: ['马库斯/person', '韦伯/person'] },
  { rule: 'CRLF line ends and an indent on the next line are a wrap too', text: '他输给了马库斯-\r\n\u3000\u3000韦伯，但随后扳回。', given: ['马库斯-/person/model', '韦伯/person/model'], want: ['马库斯-\r\n\u3000\u3000韦伯/person'] },
  { rule: 'no share class where a mention starts on the next line', text: '腾讯-\nK歌上线新功能。', given: ['腾讯/organization/lexicon-company', 'K歌/person/model'], want: ['腾讯/organization', 'K歌/person'] },
  { rule: 'a hyphen inside a line is no wrap', text: '他输给了马库斯-韦伯。', given: ['马库斯-韦伯/person/model'], want: ['马库斯-韦伯/person'] },
];

for (const c of CASES) {
  test(`hyphen wrap: ${c.rule}`, () => {
    const mentions = given(c.text, c.given);
    const got = joinHyphenWraps(c.text, proseBlocks(findBlocks(c.text)), mentions);
    for (const m of got) assert.equal(c.text.slice(m.start, m.end), m.text);
    assert.deepEqual(got.map((m) => `${m.text}/${m.type}`), c.want);
  });
}

test('hyphen wrap: nothing to change gives the same array', () => {
  const text = '他输给了马库斯，但随后扳回。';
  const mentions = given(text, ['马库斯/person/model']);
  assert.equal(joinHyphenWraps(text, proseBlocks(findBlocks(text)), mentions), mentions);
});

test('hyphen wrap: a name joined across the break groups as the name on one line', async () => {
  const { groupEntities } = await import('../../server/src/analysis/entities/grouping');
  const { unwrapName } = await import('../../server/src/analysis/softWraps');
  // [as written, on one line]
  const cases: [string, string][] = [['马库斯-\n韦伯', '马库斯-韦伯'], ['美团-\nW', '美团-W'], ['Y\nCombinator', 'Y Combinator'], ['Nissin Foods Holdings\nCo.Ltd.', 'Nissin Foods Holdings Co.Ltd.'], ['马库斯-\r\n\u3000韦伯', '马库斯-韦伯'], ['董军', '董军']];
  for (const [written, line] of cases) assert.equal(unwrapName(written), line, JSON.stringify(written));
  const text = '马库斯-\n韦伯输了。马库斯-韦伯赛后表示满意。';
  const at = text.indexOf('马库斯-韦伯');
  const entities = groupEntities([
    { start: 0, end: 7, text: '马库斯-\n韦伯', type: 'person', rule: 'model' },
    { start: at, end: at + 6, text: '马库斯-韦伯', type: 'person', rule: 'model' },
  ]);
  assert.deepEqual(entities.map((e) => [e.name, e.mentions.length, e.aliases]), [['马库斯-韦伯', 2, []]]);
});
