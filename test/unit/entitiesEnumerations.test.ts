import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeEnumerations } from '../../server/src/analysis/entities/enumerations';
import { tokenize } from '../../server/src/analysis/tokens';
import { loadSegmenter } from '../helpers/segmenter';
import { given } from '../helpers/entities';


/** Lists of names (sentences written for these tests) and the mentions the pass leaves. */
const CASES: { rule: string; text: string; found: string[]; yes: string[]; no: string[]; suppressed?: string[] }[] = [
  {
    rule: 'among people, a rare surname’s name and a given name of one character twice are names', text: '晚会上，张伟、于和平、王莉莉、李强等人同台演出。',
    found: ['张伟/person/model', '李强/person/model'], yes: ['于和平/person', '王莉莉/person'], no: [],
  },
  {
    rule: '… but not a surname before a kinship word', text: '晚会上，张伟、王姐姐、李强等人同台演出。',
    found: ['张伟/person/model', '李强/person/model'], yes: [], no: ['王姐姐/person'],
  },
  {
    rule: 'unfound stock names take the list’s type', text: '白酒板块午后走强，金山酒业、青禾股份、远航食品等纷纷涨停。',
    found: ['金山酒业/organization/org-head', '青禾股份/organization/org-head'], yes: ['金山酒业/organization', '青禾股份/organization', '远航食品/organization'], no: [],
  },
  {
    rule: 'the last item ends before a verb', text: '早盘低迷，海川科技、明远电子、北辰药业跌停。',
    found: ['海川科技/organization/org-head', '明远电子/organization/org-head'], yes: ['北辰药业/organization'], no: ['北辰药业跌停/organization'],
  },
  {
    rule: 'a name the dictionary read as a person inside an item gives way', text: '午后拉升，金山酒业、青禾股份、王林电子涨停。',
    found: ['金山酒业/organization/org-head', '青禾股份/organization/org-head', '王林/person/jieba-nr'], yes: ['王林电子/organization'], no: ['王林/person'],
  },
  {
    rule: 'a weakly typed item is retyped', text: '题材股活跃，金山酒业、青禾股份、华兴光电等走高。',
    found: ['金山酒业/organization/org-head', '青禾股份/organization/org-head', '华兴光电/person/model'], yes: ['华兴光电/organization'], no: ['华兴光电/person'],
  },
  {
    rule: 'the user’s entry keeps its type', text: '题材股活跃，金山酒业、青禾股份、华兴光电等走高。',
    found: ['金山酒业/organization/org-head', '青禾股份/organization/org-head', '华兴光电/person/user-lexicon'], yes: ['华兴光电/person'], no: ['华兴光电/organization'],
  },
  {
    rule: 'a `none` word stays out', text: '题材股活跃，金山酒业、青禾股份、华兴光电等走高。',
    found: ['金山酒业/organization/org-head', '青禾股份/organization/org-head'], suppressed: ['华兴光电'], yes: [], no: ['华兴光电/organization'],
  },
  {
    rule: 'one found item is no evidence', text: '题材股活跃，金山酒业、华兴光电、远航食品等走高。',
    found: ['金山酒业/organization/org-head'], yes: [], no: ['华兴光电/organization', '远航食品/organization'],
  },
  {
    rule: 'common words and kinds are no names', text: '板块方面，金山酒业、青禾股份、银行、半导体板块等表现较好。',
    found: ['金山酒业/organization/org-head', '青禾股份/organization/org-head'], yes: [], no: ['银行/organization', '半导体板块/organization'],
  },
  {
    rule: 'a first item after a verb is too long to be a name', text: '他用刀砍伤受害人左臂部、背部、腰部等部位。',
    found: ['背部/organization/org-head', '腰部/organization/org-head'], yes: [], no: ['受害人左臂部/organization', '砍伤受害人左臂部/organization'],
  },
  {
    rule: 'a list without a dominant type is left alone', text: '会上，张文涛、金山酒业、北河市、远航食品等代表发言。',
    found: ['张文涛/person/surname-name', '金山酒业/organization/org-head', '北河市/place/lexicon'], yes: ['张文涛/person', '北河市/place'], no: ['远航食品/organization'],
  },
  {
    rule: 'people need a name word of the segmenter', text: '出席的有张文涛、李明华、群众代表等。',
    found: ['张文涛/person/surname-name', '李明华/person/surname-name'], yes: [], no: ['群众代表/person'],
  },
  {
    rule: 'among people, an item shaped like a Chinese name is one whatever the segmenter read', text: '主席团成员张文涛、何维、李明华等出席会议。',
    found: ['张文涛/person/title-name', '李明华/person/title-name'], yes: ['何维/person'], no: [],
  },
  {
    rule: 'a kind of body after the list types every item (`等公司`), a word opening the list stays out', text: '会议邀请了包括星河电子、Zentrix、Moravo等公司的代表。',
    found: [], yes: ['星河电子/organization', 'Zentrix/organization', 'Moravo/organization'], no: ['包括星河电子/organization'],
  },
  {
    rule: 'a verb whose object is the list stays out of the first item', text: '本季度基金增持了网易，减持星河电子、远汯投资、蓝科锂业等公司。在百货领域，有星河百货、高鑫零售、三江购物等公司。',
    found: [], yes: ['星河电子/organization', '星河百货/organization'], no: ['减持星河电子/organization', '有星河百货/organization'],
  },
  {
    rule: '… and its one character glued to an unknown first item (`为志存/x`)', text: '产量前五的企业，依次为志存锂业、蓝河锂业、天齐锂业、永兴材料和赣锋锂业。',
    found: ['志存锂业/organization/model', '蓝河锂业/organization/model', '天齐锂业/organization/lexicon-company'], yes: ['志存锂业/organization'], no: ['为志存锂业/organization'],
  },
  {
    rule: 'a count of bodies after the list (`等多家`) types every item; the last grows over the head the others share', text: '此外，清岚投资、墨勰投资、远汯投资等多家量化私募也发布声明。',
    found: [], yes: ['清岚投资/organization', '墨勰投资/organization', '远汯投资/organization'], no: ['远汯/organization'],
  },
  {
    rule: 'a kind of body after the list may be qualified (`等知名教育公司`)', text: '在县城，明途、优学派、云途等知名教育公司都没有开班。',
    found: [], yes: ['明途/organization', '优学派/organization', '云途/organization'], no: [],
  },
  {
    rule: 'a body named further on is no kind of the list (`等大城市的企业`)', text: '有10人左右在北京、深圳等大城市的企业工作。',
    found: ['北京/place/lexicon', '深圳/place/lexicon'], yes: ['北京/place', '深圳/place'], no: ['北京/organization', '深圳/organization'],
  },
  {
    rule: 'one found body in a list of three takes in names in Latin letters, spaces around them stepped over', text: '它要与市场上的 星河电子、Zentrix、Moravo 等对手竞争。',
    found: ['星河电子/organization/lexicon-company'], yes: ['Zentrix/organization', 'Moravo/organization'], no: [],
  },
  {
    rule: '… not acronyms, tickers or model numbers', text: '热门方向包括新能源、AI、CQQQ、SU7等。',
    found: ['新能源/organization/lexicon-company'], yes: [], no: ['AI/organization', 'CQQQ/organization', 'SU7/organization'],
  },
  {
    rule: 'a conjunction after one common word is inside a name, not the join of one more item', text: '涉及能源部 (DOE)、国土安全部 (DHS)、卫生与公众服务部 (HHS)、交通部 (DOT)等机构。',
    found: ['能源部/organization/org-head', '国土安全部/organization/org-head'], yes: [], no: ['公众服务部/organization', '卫生/organization'],
  },
  {
    rule: 'a credit is no name (`X截图`, `X供图`)', text: '图源：海峰网、晨光网、星辰财经截图',
    found: ['海峰网/organization/media-source', '晨光网/organization/media-source'], yes: [], no: ['星辰财经截图/organization'],
  },
  {
    rule: 'Hong Kong stock codes are no part of the name', text: '名单中，明远科技-W(01234.HK)、海川控股(05678.HK)、金山酒业(09876.HK)将被纳入。',
    found: ['明远科技-W/organization/org-head', '海川控股/organization/org-head'], yes: ['金山酒业/organization'], no: [],
  },
  {
    rule: 'a surrogate pair before the list keeps every span', text: '𠮷野家概念走强，金山酒业、青禾股份、远航食品涨停。',
    found: ['金山酒业/organization/org-head', '青禾股份/organization/org-head'], yes: ['远航食品/organization'], no: [],
  },
  {
    rule: 'a word glued across the end of a name the model read does not join the last item', text: '晨光日报、北辰网和观察者网都报道了此事。',
    found: ['晨光日报/organization/org-head', '北辰网/organization/lexicon-outlet', '观察者网/organization/model'], yes: ['观察者网/organization'], no: ['观察者网都/organization'],
  },
  {
    rule: 'a company a rule found is an item, its kind’s word no kind (`礼来公司`); a dotted transliteration the model read is an item however the segmenter cut it',
    text: '市值先后超过星河电子、海川科技、青禾制药公司、伯克希尔·哈撒韦，排名第十。',
    found: ['星河电子/organization/lexicon-company', '海川科技/organization/lexicon-company', '青禾制药公司/organization/lexicon-company', '伯克希尔·哈撒韦/person/model'], yes: ['伯克希尔·哈撒韦/organization'], no: ['伯克希尔·哈撒韦/person'],
  },
  {
    rule: '… and a list of people keeps its dotted names people', text: '出席晚宴的有马斯克、贝索斯、沃伦·巴菲特等人。',
    found: ['马斯克/person/model', '贝索斯/person/model', '沃伦·巴菲特/person/model'], yes: ['沃伦·巴菲特/person'], no: ['沃伦·巴菲特/organization'],
  },
  {
    rule: 'a Latin name is an item whatever the segmenter tags it, and is not bounded at eight characters', text: '本周，由Zentrixo、Moravian和BrightLeaf运营的基金开始流入。',
    found: ['Zentrixo/organization/model', 'BrightLeaf/organization/model'], yes: ['Moravian/organization'], no: [],
  },
  {
    rule: 'a change of script bounds a first item in Latin letters', text: '他通过投资Zentrixo、Moravian和星河电子赚了钱。',
    found: ['Moravian/organization/model', '星河电子/organization/lexicon-company'], yes: ['Zentrixo/organization'], no: ['他通过投资Zentrixo/organization'],
  },
  {
    rule: 'two Latin names joined by 和 before a kind of body are bodies (`等公司`)', text: '他通过投资Zentrixo和Moravian等公司赚得大笔财富。',
    found: [], yes: ['Zentrixo/organization', 'Moravian/organization'], no: [],
  },
  {
    rule: '… not without the kind after them', text: '他通过投资Zentrixo和Moravian赚得大笔财富。',
    found: [], yes: [], no: ['Zentrixo/organization', 'Moravian/organization'],
  },
];

for (const c of CASES) {
  test(`enumeration: ${c.rule}`, () => {
    const tokens = tokenize(c.text, loadSegmenter());
    const suppressed = (c.suppressed ?? []).map((w) => ({ start: c.text.indexOf(w), end: c.text.indexOf(w) + w.length, word: w }));
    const out = completeEnumerations(c.text, tokens, given(c.text, c.found), suppressed);
    for (const m of out) assert.equal(c.text.slice(m.start, m.end), m.text, `span of ${m.text}`);
    const got = out.map((m) => `${m.text}/${m.type}`);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}

test('enumeration: a conjunction joins one more item to a `、` list', () => {
  const text = '投资额下降的城市中，奥斯卡、多伦城以及温哥华分别下降了两成。';
  const tokens = tokenize(text, loadSegmenter());
  const out = completeEnumerations(text, tokens, given(text, ['奥斯卡/organization/model', '多伦城/place/lexicon', '温哥华/place/lexicon']), []);
  assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), ['奥斯卡/place', '多伦城/place', '温哥华/place']);
});

test('enumeration: a bare pair joined by 和 is no list', () => {
  const text = '苹果和华为发布了新品。';
  const tokens = tokenize(text, loadSegmenter());
  const out = completeEnumerations(text, tokens, given(text, ['苹果/person/model', '华为/organization/lexicon']), []);
  assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), ['苹果/person', '华为/organization']);
});

test('enumeration: a pair of a place and a model-read body stays mixed', () => {
  const text = '会谈中，日本、东亚联盟都表示关切。';
  const tokens = tokenize(text, loadSegmenter());
  const out = completeEnumerations(text, tokens, given(text, ['日本/place/lexicon', '东亚联盟/organization/model']), []);
  assert.deepEqual(out.map((m) => `${m.text}/${m.type}`), ['日本/place', '东亚联盟/organization']);
});
