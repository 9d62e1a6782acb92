/**
 * Soft wraps (`analysis/softWraps.ts`): which line breaks are inside a paragraph, the view that reads them
 * as spaces, and the texts given back as the article writes them. Every line is written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSoftWrap, restoreWrittenTexts, unwrapSoftWraps } from '../../server/src/analysis/softWraps';
import { analyzeArticle } from '../../server/src/analysis/article';
import { loadSegmenter } from '../../server/src/node/segmenter';

/** [line, the line right after it, is the break between them a soft wrap?] */
const CASES: [string, string, boolean][] = [
  // a sentence cut where the page had a space or an inline element
  ['苹果上周在发布会上展示了Vision', 'Pro的新功能，引来不少关注。', true],
  ['海关总署公开数据显示，2023', '年全年出口增长了百分之五。', true],
  ['市交通局表示，今年将新增公交线路十二条，', '**其中八条连通新建的住宅区。**', true],
  ['财报显示，该公司的营业收入达到了681', '亿元，同比增长了两成以上。', true],
  ['这名工程师此前在一家设计院工作了多年，后来', '跳槽到了现在的公司。', true],
  ['研究员周海涛（Zhou', 'Haitao）表示，结论还需要更多数据支持。', true],
  ['记者联系了该县的教育局，', '工作人员称正在调查。', true],
  ['会议决定从下月起暂停这项政策', '。', true],
  // a line that ends its sentence keeps its break: single-spaced drafts put one paragraph a line
  ['市交通局表示，今年将新增公交线路十二条。', '其中八条连通新建的住宅区。', false],
  ['张海涛说：', '“项目已经验收，下周交付。”', false],
  ['“我们会继续出海。”', '朱海波说，这是他们唯一的生计。', false],
  // a short unpunctuated line is a heading in a draft, unless a Latin letter or a digit shows a cut
  ['高层交往恢复', '双方同意在年内举行新一轮会谈，并保持沟通。', false],
  ['苹果在Vision', 'Pro的开发上投入了大量工程师。', true],
  // lines that are never part of a paragraph
  ['# 标题没有句号', '正文第一段从这里开始，讲的是一件事情。', false],
  ['**小标题没有句号**', '正文第一段从这里开始，讲的是一件事情。', false],
  ['正文第一段从这里开始，讲的是一件事情，然后', '![图](https://example.com/a.jpg)', false],
  ['调查中发现了以下几个问题，分别是', '1. 账目不清，资金去向不明。', false],
  ['调查中发现了以下几个问题，分别是', '* 账目不清，资金去向不明。', false],
  ['记者在现场看到的情况和公司的说法不一', '', false],
  // a header's fields, front matter and dialogue lines stand on their own
  ['发布时间：2024-02-18 10:30', '国家电影局昨天发布数据，春节档票房创新高', false],
  ['来源：新华社', '“我们会继续努力。”李明说。', false],
  ['---', 'title: 春节档票房', false],
  ['国家电影局昨天发布数据，春节档票房创新高，其中', '记者：票房为什么这么高？', false],
  ['记者来到村里，见到了村支书，', '张海涛说：“今年的收成不错。”', true],
  // Chinese list markers
  ['调查中发现了以下几个问题，分别是', '一、账目不清，资金去向不明', false],
  ['调查中发现了以下几个问题，分别是', '①账目不清，资金去向不明', false],
  ['调查中发现了以下几个问题，分别是', '• 账目不清，资金去向不明', false],
  ['调查中发现了以下几个问题，分别是', '第一，账目不清，资金去向不明', false],
  // a short line before one opening with a digit, or ending in one, is still a heading
  ['高层交往恢复', '2月20日，外交部发言人表示，双方将保持沟通。', false],
  ['展望2024', '今年以来，市场整体保持平稳。', false],
  // … but a number whose unit opens the next line was cut, as is a long line whose colon comes late
  ['抖音电商曾在 2023', '年大力引入白牌及中小商家，但当时它们主要集中在货架场中。', true],
  ['经过网友深挖，发现这个商标是在2023 年 11', '月注册的商标：旨在涵盖数据标注和注释服务，以及相关的软件开发。', true],
  // a sentence ended before punctuation that opens the next line keeps its break
  ['他说。', '……后来的事情大家都知道了。', false],
  // a Markdown hard break (two trailing spaces) is a break
  ['记者在现场看到的情况和公司的说法不一样，  ', '工作人员称正在调查。', false],
  // a line ending in a hyphen keeps its break (`entities/hyphenWraps.ts` joins names across it without a space)
  ['此前，合资公司一汽-', '大众宣布召回部分车辆。', false],
];

for (const [a, b, want] of CASES) {
  test(`soft wrap: ${a} / ${b} → ${want}`, () => assert.equal(isSoftWrap(a, b), want));
}

test('the view reads each soft wrap as spaces, offsets unchanged (CRLF as two)', () => {
  const text = '# 标题\n\n海关总署公开数据显示，2023\n年全年出口增长。\n\n他说：\r\n“好。”\r\n记者联系了教育局，\r\n工作人员称正在调查。';
  const v = unwrapSoftWraps(text);
  assert.ok(v);
  assert.equal(v.text.length, text.length);
  assert.equal(v.text, '# 标题\n\n海关总署公开数据显示，2023 年全年出口增长。\n\n他说：\r\n“好。”\r\n记者联系了教育局，  工作人员称正在调查。');
  assert.deepEqual([...v.wraps], [text.indexOf('\n年'), text.indexOf('\n工作')]);
  assert.equal(unwrapSoftWraps('# 标题\n\n第一段。\n\n第二段。\n'), null);
});

test('an analysis reads a date, a number and a name across a soft wrap and gives their texts as written', () => {
  const segment = loadSegmenter();
  const text = '# 出口数据\n\n海关总署公开数据显示，2023\n年全年出口增长，总额达到681\n亿美元。分析师周海涛（Zhou\nHaitao）表示：“这个数字\n超出了预期。”\n';
  const a = analyzeArticle(text, { segment, path: '/news/2024/02/20/a.md' });
  const date = a.dates.find((d) => d.text.startsWith('2023'));
  assert.ok(date, JSON.stringify(a.dates));
  assert.equal(date.text, '2023\n年');
  assert.equal(date.value, '2023');
  assert.match(date.reason, /^2023年 = 2023/);
  const number = a.claims.flatMap((c) => c.numbers).find((n) => n.value === 6.81e10);
  assert.ok(number, JSON.stringify(a.claims));
  assert.equal(number.text, '681\n亿美元');
  const quote = a.quotes.find((q) => q.text.startsWith('这个数字'));
  assert.ok(quote);
  assert.equal(quote.text, '这个数字\n超出了预期。');
  assert.equal(quote.speaker, '周海涛');
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  for (const d of a.dates) assert.equal(text.slice(d.start, d.end), d.text);
  assert.ok(a.mentions.some((m) => m.text === 'Zhou\nHaitao'), JSON.stringify(a.mentions.map((m) => m.text)));
});

test('restoring texts keeps every object that crosses no wrap', () => {
  const segment = loadSegmenter();
  const text = '第一段说的是北京的事情，张伟表示：“很好。”然后\n第二行接着说上海。';
  const v = unwrapSoftWraps(text);
  assert.ok(v);
  const a = analyzeArticle(v.text, { segment });
  const r = restoreWrittenTexts(a, text, v);
  assert.equal(r.quotes, a.quotes);
  assert.equal(r.mentions, a.mentions);
  assert.equal(restoreWrittenTexts(a, v.text, { text: v.text, wraps: new Int32Array(0) }), a);
});

test('lines inside a fenced code block and a paragraph past MAX_PARAGRAPH characters keep their breaks', () => {
  const code = '记者整理的数据如下，包括\n```\nconst a = 1，\nconst b = 2\n```\n后面的段落没有句号';
  assert.equal(unwrapSoftWraps(code), null);
  // a hard-wrapped text with no sentence ends: joined into paragraphs of at most MAX_PARAGRAPH characters
  const line = '这是一行没有句号的很长很长的文字，'.repeat(10);
  const text = Array.from({ length: 100 }, () => line).join('\n');
  const w = unwrapSoftWraps(text);
  assert.ok(w && w.wraps.length > 0 && w.wraps.length < 99);
  let start = 0;
  for (const para of w.text.split('\n')) {
    assert.ok(para.length <= 4000, `a paragraph of ${para.length}`);
    start += para.length + 1;
  }
  assert.equal(start, text.length + 1);
});

test('a span ending on the carriage return of a CRLF wrap is given back as written', () => {
  const text = '第一行说到一半的时候，就被打断了，然后\r\n第二行接着说。';
  const v = unwrapSoftWraps(text);
  assert.ok(v);
  const end = text.indexOf('\r') + 1;
  const a = { title: null, blocks: [], publicationDate: null, entities: [], mentions: [{ start: 3, end, text: v.text.slice(3, end), type: 'person' as const, rule: 'test' }], dates: [], quotes: [], claims: [], findings: [] };
  assert.equal(restoreWrittenTexts(a, text, v).mentions[0].text, text.slice(3, end));
});
