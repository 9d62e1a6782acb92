import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCompanies } from '../../server/src/analysis/entities/companies';
import { findEntityMentions } from '../../server/src/analysis/entities/index';
import { tokenize } from '../../server/src/analysis/tokens';
import { loadEntityModel, loadSegmenter } from '../helpers/segmenter';

/** Sentences written for these tests: company names the lexicon holds, with and without a cue. */
const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'a well-known company in running text', text: '特斯拉宣布在柏林扩建工厂，奈飞则推迟了新剧上线。', yes: ['特斯拉', '奈飞'], no: [] },
  { rule: 'a name across the segmenter’s words', text: '宁德时代与一家车企签下供货协议。', yes: ['宁德时代'], no: [] },
  { rule: 'an A-share short name', text: '贵州茅台昨日公布了年度经营数据。', yes: ['贵州茅台'], no: [] },
  { rule: 'a name whose last character the segmenter glued to a speech verb (`摩根/大/通称`)', text: '同样持有评级的摩根大通称，利润将改善。', yes: ['摩根大通'], no: [] },
  { rule: 'a company whose last character the segmenter glued to a move (`奈/飞涨`); an index family before a move is the index (`标普涨`)', text: '特斯拉涨6.23%，奈飞涨2.47%，标普涨0.17%。', yes: ['奈飞'], no: ['标普'] },
  { rule: 'a name whose last characters the segmenter glued to a modal or preposition opening the predicate (`华润/双鹤拟`, `中国/恒大于`) or to a move (`跌超`)', text: '附属华润双鹤拟收购资产。中国恒大于去年申请清盘。爱奇艺跌超3%。', yes: ['华润双鹤', '中国恒大', '爱奇艺'], no: ['华润'] },
  { rule: '… or to a word of place or time after it (`人保后`) or a verb (`阿斯麦发`)', text: '赵鹏调任中国人保后离开，荷兰拒向阿斯麦发许可。', yes: ['中国人保', '阿斯麦'], no: [] },
  { rule: 'China’s state investment funds, across an announcing word the segmenter cut (`中央/汇金官/宣`)', text: '2月6日，中央汇金官宣，将扩大增持范围；中投公司也表示支持。', yes: ['中央汇金', '中投公司'], no: [] },
  { rule: 'an outlet whose last characters the segmenter glued to a reporting word (`第一/财经报道`, `澎湃/新闻记者`)', text: '据第一财经报道，物业方面回应澎湃新闻记者称，费用不变。', yes: ['第一财经', '澎湃新闻'], no: [] },
  { rule: 'a common word with a company word after it', text: '苹果股价周二下挫，理想交付量创新高。', yes: ['苹果', '理想'], no: [] },
  { rule: 'a common word with a company word before it', text: '科技巨头苹果将在秋季推出新品。', yes: ['苹果'], no: [] },
  { rule: 'a common word joined to a company', text: '英伟达、苹果和微软的市值都超过了两万亿美元。', yes: ['英伟达', '苹果', '微软'], no: [] },
  { rule: 'an institution’s verb after a cued name, or speech after one that is no everyday word', text: '小米回应称不实。合力泰表示，业绩下滑。', yes: ['小米', '合力泰'], no: [] },
  { rule: 'a common word before a speech verb is no company (大众: the public)', text: '对此，大众表示，票价太高了。', yes: [], no: ['大众'] },
  { rule: 'a common word without a cue is no company', text: '她每天吃一个苹果，理想是当一名医生。', yes: [], no: ['苹果', '理想'] },
  { rule: 'a name inside a longer word is no company', text: '这个苹果园里种满了果树。', yes: [], no: ['苹果'] },
  { rule: 'the name runs on into 汽车, 控股 and a share class', text: '福特汽车、腾讯控股与网易-S均发布了公告。', yes: ['福特汽车', '腾讯控股', '网易-S'], no: ['福特', '腾讯', '网易'] },
  { rule: 'an index named after a company is none', text: '道琼斯指数收跌0.3%。', yes: [], no: ['道琼斯'] },
  { rule: 'an index family with its number is none', text: '标普500收涨0.2%，纳指和标普止住两连跌。', yes: [], no: ['标普'] },
  { rule: 'the index family’s publisher with a cue is a firm', text: '标普方面表示，评级维持不变。', yes: ['标普'], no: [] },
  { rule: 'firms the news cites as sources (accounting, rating, research)', text: '德勤和普华永道发布报告，惠誉下调评级，艾媒咨询的数据显示销量增长。', yes: ['德勤', '普华永道', '惠誉', '艾媒咨询'], no: [] },
  { rule: 'the name runs on into its registered form and a courier’s 快递', text: '春秋航空股份有限公司与中通快递均发布了公告。', yes: ['春秋航空股份有限公司', '中通快递'], no: ['春秋航空', '中通'] },
  { rule: 'a company’s branch in a city is named by the company, the city and 公司', text: '操盘方招商蛇口深圳公司称，碧桂园上海分公司也发布了公告。', yes: ['招商蛇口深圳公司', '碧桂园上海分公司'], no: ['招商蛇口', '碧桂园'] },
  { rule: 'the usual short names of China’s largest companies', text: '中石油、中石化和好未来均发布了公告。', yes: ['中石油', '中石化', '好未来'], no: [] },
  { rule: 'a cued name run on into 公司 is cued by it', text: '小米公司在一封信中表示担忧。', yes: ['小米公司'], no: ['小米'] },
  { rule: 'a name inside a book title is none', text: '他的代表作有《美的历程》等。', yes: [], no: ['美的'] },
  { rule: 'well-known companies by their Latin-script names', text: 'Meta和Adobe、Netflix均发布了财报，OpenAI与Anthropic也在融资。Arm表示收入增长。', yes: ['Meta', 'Adobe', 'Netflix', 'OpenAI', 'Anthropic', 'Arm'], no: [] },
  { rule: 'a Latin name before another Latin word or a number names a product', text: '他戴着Apple Watch，开着BMW 5系，用Google\nScholar查资料。', yes: [], no: ['Apple', 'BMW', 'Google'] },
  { rule: 'a country and a common word read as a phrase need a cue', text: '中国建筑上的斗拱很有特色，中国建筑股价则微跌。', yes: ['中国建筑'], no: [] },
  { rule: 'a country phrase without a cue is none', text: '这本书讲中国建筑的历史。', yes: [], no: ['中国建筑'] },
  { rule: 'a province and an activity read as a phrase need a cue (`湖南/ns 发展/vn`)', text: '当前，湖南发展到了关键阶段。湖南发展股价大涨。', yes: ['湖南发展'], no: [] },
  { rule: 'a province and an activity without a cue is none', text: '关心西藏旅游和湖南发展的人越来越多。', yes: [], no: ['西藏旅游', '湖南发展'] },
  { rule: 'a place and a company word stays firm (`东莞/ns 控股/vn`)', text: '东莞控股昨日召开了董事会。', yes: ['东莞控股'], no: [] },
  { rule: 'a stock name whose second word is rare stays firm', text: '中国人寿昨日召开了业绩说明会。', yes: ['中国人寿'], no: [] },
  { rule: 'a name after a name dot is a person’s', text: '执行董事长比尔·福特说，总统萨兰格尔·惠普斯也到场。', yes: [], no: ['福特', '惠普'] },
  { rule: 'a news outlet needs no cue', text: '据路透社报道，澎湃新闻和《经济学人》也注意到了。', yes: ['路透社', '澎湃新闻', '经济学人'], no: [] },
  { rule: 'a magazine title that is an everyday phrase is none', text: '美国的外交政策关乎国家利益。', yes: [], no: ['外交政策', '国家利益'] },
  { rule: 'an outlet inside a longer word is none', text: '他在世界报道中写了这件事。', yes: [], no: ['世界报'] },
  { rule: 'a surrogate pair before the name keeps every span', text: '𠮷字号门店旁，比亚迪开了新展厅。', yes: ['比亚迪'], no: [] },
];

for (const c of CASES) {
  test(`companies: ${c.rule}`, () => {
    const out = findCompanies(c.text, tokenize(c.text, loadSegmenter()));
    for (const m of out) assert.equal(m.type, 'organization');
    const got = out.map((m) => c.text.slice(m.start, m.end));
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}

/** With the model and every other rule: the lexicon's type holds against the model's reading. */
const PIPELINE: { text: string; organizations: string[] }[] = [
  { text: '特斯拉首席执行官马斯克周三表示，公司将继续降价。', organizations: ['特斯拉'] },
  { text: '英特尔和京东宣布合作，比亚迪与迪士尼也在名单上。', organizations: ['英特尔', '京东', '比亚迪', '迪士尼'] },
];

for (const c of PIPELINE) {
  test(`companies with the model: ${c.text}`, () => {
    const model = loadEntityModel();
    const ms = findEntityMentions(c.text, tokenize(c.text, loadSegmenter()), new Map(), model ?? undefined);
    for (const m of ms) assert.equal(c.text.slice(m.start, m.end), m.text, `span of ${m.text}`);
    const got = ms.map((m) => `${m.text}/${m.type}`);
    for (const o of c.organizations) assert.ok(got.includes(`${o}/organization`), `${o}/organization in ${got.join(' ')}`);
  });
}
