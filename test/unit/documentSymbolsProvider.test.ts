// provideDocumentSymbols called directly (as vscode-markdown-languageservice tests its providers): the
// real analysis of small inline articles, a TextDocument, the outline out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol, type Position, type Range } from 'vscode-languageserver';
import { analyzeArticle } from '../../server/src/analysis/article';
import { provideDocumentSymbols } from '../../server/src/features/documentSymbols';
import type { ArticleAnalysis } from '../../server/src/analysis/types';
import { loadSegmenter } from '../helpers/segmenter';
import { ARTICLE, NESTED, SURROGATES } from '../helpers/providerTexts';

const segment = loadSegmenter();

function outline(text: string): { a: ArticleAnalysis; doc: TextDocument; symbols: DocumentSymbol[] } {
  const a = analyzeArticle(text, { segment, path: '/news/2024/04/17/briefing.txt' });
  const doc = TextDocument.create('file:///news/2024/04/17/briefing.txt', 'plaintext', 1, text);
  return { a, doc, symbols: provideDocumentSymbols(doc, a) };
}

/** A symbol tree as `[name, kind, detail, children?]`, so a whole outline compares in one deepEqual. */
type Shape = [string, SymbolKind, string | undefined, Shape[]?];
const shape = (s: DocumentSymbol): Shape => (s.children ? [s.name, s.kind, s.detail, s.children.map(shape)] : [s.name, s.kind, s.detail]);

const group = (symbols: DocumentSymbol[], name: string): DocumentSymbol => {
  const g = symbols.find((s) => s.name === name);
  assert.ok(g, `no group ${name} in ${symbols.map((s) => s.name).join(', ')}`);
  return g;
};

const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character <= q.character);
const inside = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);
const show = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const textOf = (doc: TextDocument, r: Range) => doc.getText().slice(doc.offsetAt(r.start), doc.offsetAt(r.end));

/** Every symbol's selectionRange lies in its range, and every child's range in its parent's. */
function checkNesting(symbols: DocumentSymbol[], parent?: DocumentSymbol): number {
  let n = 0;
  for (const s of symbols) {
    n++;
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection ${show(s.selectionRange)} outside range ${show(s.range)}`);
    if (parent) assert.ok(inside(s.range, parent.range), `${s.name} ${show(s.range)} outside its parent ${parent.name} ${show(parent.range)}`);
    if (s.children) n += checkNesting(s.children, s);
  }
  return n;
}

// Two headings and no title; a vague date before a resolved one.
const SECTIONS = '**一**\n\n近日，王文斌说：“好。”\n\n**二**\n\n去年12月，李强说：“行。”';

test('the outline of an article: title with its sections, then the 人物/地点/机构/时间/引语 groups', () => {
  const { symbols } = outline(ARTICLE);
  assert.deepEqual(symbols.map(shape), [
    ['𠮷城新闻：外交部记者会', SymbolKind.File, undefined, [
      ['会谈', SymbolKind.Module, undefined],
      ['回应', SymbolKind.Module, undefined],
    ]],
    ['人物 People', SymbolKind.Namespace, '2', [
      ['王文斌', SymbolKind.Object, '×2'],
      ['李强', SymbolKind.Object, '×1'],
    ]],
    ['地点 Places', SymbolKind.Namespace, '1', [['北京', SymbolKind.Object, '×2']]],
    ['机构 Organizations', SymbolKind.Namespace, '2', [
      ['外交部', SymbolKind.Object, '×2'],
      ['国务院', SymbolKind.Object, '×1'],
    ]],
    ['时间 Dates', SymbolKind.Namespace, '2', [
      ['4月16日', SymbolKind.Event, '2024-04-16'],
      ['近日', SymbolKind.Event, 'vague'],
    ]],
    ['引语 Quotes', SymbolKind.Namespace, '3', [
      ['王文斌', SymbolKind.Key, '1', [['“中方愿与美方加强沟通。”', SymbolKind.String, undefined]]],
      ['李强', SymbolKind.Key, '1', [['“王文斌的说法没错，北京会支持。”', SymbolKind.String, undefined]]],
      // unclosed: named as written, with no closing mark
      ['未署名 Unattributed', SymbolKind.Key, '1', [['“我们会继续努力。', SymbolKind.String, undefined]]],
    ]],
  ]);
});

test('title and section ranges run to the next heading or the end of the document, across CRLF', () => {
  const { doc, symbols } = outline(ARTICLE);
  const [title] = symbols;
  assert.deepEqual([show(title.range), show(title.selectionRange)], ['0:0-11:0', '0:0-0:14']);
  assert.equal(textOf(doc, title.selectionRange), '# 𠮷城新闻：外交部记者会');
  assert.deepEqual(title.children!.map((s) => [show(s.range), textOf(doc, s.selectionRange)]), [
    ['2:0-8:0', '**会谈**'],
    ['8:0-11:0', '**回应**'],
  ]);
});

test('every leaf symbol covers exactly its item: the first mention of an entity, a date, a quote with its marks', () => {
  const { a, doc, symbols } = outline(ARTICLE);
  const leaves = (name: string) => group(symbols, name).children!.map((s) => [s.name, textOf(doc, s.range), show(s.range)]);
  assert.deepEqual(leaves('人物 People'), [['王文斌', '王文斌', '4:6-4:9'], ['李强', '李强', '6:0-6:2']]);
  assert.deepEqual(leaves('地点 Places'), [['北京', '北京', '4:15-4:17']]);
  assert.deepEqual(leaves('机构 Organizations'), [['外交部', '外交部', '0:8-0:11'], ['国务院', '国务院', '6:24-6:27']]);
  assert.deepEqual(leaves('时间 Dates'), [['4月16日', '4月16日', '4:9-4:14'], ['近日', '近日', '6:21-6:23']]);
  const quotes = group(symbols, '引语 Quotes').children!.flatMap((s) => s.children!.map((q) => textOf(doc, q.range)));
  assert.deepEqual(quotes, a.quotes.map((q) => ARTICLE.slice(q.start, q.end)));
  // the unclosed quotation runs from its mark to its paragraph's end
  assert.deepEqual(quotes, ['“中方愿与美方加强沟通。”', '“王文斌的说法没错，北京会支持。”', '“我们会继续努力。']);
});

for (const [name, text, count] of [
  ['the CRLF article', ARTICLE, 21],
  ['nested quotes and dates out of order', NESTED, 14],
  ['surrogate pairs on CRLF lines', SURROGATES, 9],
  ['sections without a title', SECTIONS, 13],
] as const) {
  test(`every selectionRange lies in its range and every child in its parent: ${name}`, () => {
    const { symbols } = outline(text);
    assert.equal(checkNesting(symbols), count);
  });
}

test('nested quotes: the outer quote under 未署名, the inner term under 术语, each group enclosing its children', () => {
  const { doc, symbols } = outline(NESTED);
  const quotes = group(symbols, '引语 Quotes');
  assert.deepEqual(shape(quotes), ['引语 Quotes', SymbolKind.Namespace, '2', [
    ['未署名 Unattributed', SymbolKind.Key, '1', [['“基于“与台湾关系法”的一中政策”', SymbolKind.String, undefined]]],
    ['术语 Terms', SymbolKind.Key, '1', [['“与台湾关系法”', SymbolKind.String, undefined]]],
  ]]);
  assert.equal(textOf(doc, quotes.range), '“基于“与台湾关系法”的一中政策”');
  assert.equal(textOf(doc, quotes.children![1].range), '“与台湾关系法”');
  assert.deepEqual(quotes.children!.map((s) => show(s.range)), ['0:8-0:25', '0:11-0:19']);
  // the place inside both quotes is in the outline too
  assert.deepEqual(group(symbols, '地点 Places').children!.map((s) => [s.name, show(s.range)]), [['台湾', '0:13-0:15'], ['北京', '0:40-0:42']]);
});

test('dates go in calendar order, and their group encloses them although they are not in text order', () => {
  const { doc, symbols } = outline(NESTED);
  const dates = group(symbols, '时间 Dates');
  assert.deepEqual(dates.children!.map((s) => [s.name, s.detail, show(s.range)]), [
    ['去年12月', '2023-12', '0:44-0:49'],
    ['今年1月', '2024-01', '0:54-0:58'],
    ['2024年3月5日', '2024-03-05', '0:26-0:35'],
  ]);
  assert.equal(show(dates.range), '0:26-0:58');
  assert.equal(show(dates.selectionRange), '0:44-0:49');
  assert.equal(textOf(doc, dates.range), '2024年3月5日，王文斌在北京说，去年12月双方会谈，今年1月');
});

test('a vague date goes after the resolved ones, wherever it is in the text', () => {
  const { symbols } = outline(SECTIONS);
  assert.deepEqual(group(symbols, '时间 Dates').children!.map((s) => [s.name, s.detail, show(s.range)]), [
    ['去年12月', '2023-12', '6:0-6:5'],
    ['近日', 'vague', '2:0-2:2'],
  ]);
});

test('without a title the sections are top-level symbols, each up to the next heading', () => {
  const { doc, symbols } = outline(SECTIONS);
  const sections = symbols.filter((s) => s.kind === SymbolKind.Module);
  assert.deepEqual(sections.map((s) => [s.name, show(s.range), textOf(doc, s.selectionRange)]), [
    ['一', '0:0-4:0', '**一**'],
    ['二', '4:0-6:14', '**二**'],
  ]);
  assert.deepEqual(symbols.map((s) => s.name), ['一', '二', '人物 People', '时间 Dates', '引语 Quotes']);
});

test('positions after surrogate pairs on CRLF lines count UTF-16 code units', () => {
  const { doc, symbols } = outline(SURROGATES);
  const leaves = symbols.flatMap((g) => g.children!.map((s) => [s.name, show(s.range), textOf(doc, s.range)]));
  assert.deepEqual(leaves, [
    ['王文斌', '0:2-0:5', '王文斌'],
    ['上海', '0:6-0:8', '上海'],
    ['北京', '1:4-1:6', '北京'],
    ['外交部', '0:11-0:14', '外交部'],
    ['4月16日', '1:6-1:11', '4月16日'],
  ]);
  assert.equal(show(group(symbols, '地点 Places').range), '0:6-1:6');
});

test('a text without items or headings has an empty outline', () => {
  assert.deepEqual(outline('双方表示，会谈很顺利。\r\n').symbols, []);
});

test('a long quote label is clipped to 24 code units, never between the halves of a surrogate pair', () => {
  // 23 characters, then 𠮷 over units 23–24
  const inner = `${'甲乙丙丁戊己庚辛壬癸'.repeat(2)}子丑寅𠮷之后。`;
  const { symbols } = outline(`王文斌称：“${inner}”`);
  const [label] = group(symbols, '引语 Quotes').children![0].children!.map((s) => s.name);
  assert.equal(label, `“${inner.slice(0, 23)}…”`);
  assert.doesNotMatch(label, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/, 'no lone surrogate');
});

test('a heading above the title stays inside the symbol that holds it', () => {
  const { symbols } = outline('**前言**\n\n# 标题\n\n王文斌表示，双方会谈。');
  assert.equal(checkNesting(symbols), 4);
});

test('week, season and half-year values take their calendar place among the dates', () => {
  const { symbols } = outline('今年夏天将举行会谈。今年5月双方接触。上周双方通话。去年12月双方会晤。今年上半年贸易增长。');
  // ordered by the first day each value covers
  assert.deepEqual(group(symbols, '时间 Dates').children!.map((s) => [s.name, s.detail]), [
    ['去年12月', '2023-12'],
    ['今年上半年', '2024-H1'],
    ['上周', '2024-W15'],
    ['今年5月', '2024-05'],
    ['今年夏天', '2024-SU'],
  ]);
});


test('the outline leaves out what only looks like a heading: a line cut by a soft wrap, a bold sentence', () => {
  // a line break where a space was (a Latin letter or a digit at it) is a wrap inside a paragraph
  const text = [
    '# 头显测评',
    '**硬件**',
    '苹果在Vision\nPro的开发道路上仍需努力。',
    '腾讯科技讯\n2月20日消息，销量不及预期。',
    '**单绑带却让人觉得不太舒适。**',
    '**下面是他在软件方面的感受：**',
    '**软件**',
    '应用仍然不多。',
    // a question, a numbered line ending a sentence and a `#` heading stay sections
    '**它真的能取代iPad吗？**',
    '**三、结论。**',
    '## 展望：',
  ].join('\n\n');
  const { symbols } = outline(text);
  const title = symbols.find((s) => s.kind === SymbolKind.File)!;
  assert.deepEqual(title.children!.map((s) => s.name), ['硬件', '软件', '它真的能取代iPad吗？', '三、结论。', '展望：']);
  // … while a short line of Chinese before its text is still a heading
  const plain = outline('正文，有标点。\n警惕危险动向\n又一段。').symbols;
  assert.deepEqual(plain.filter((s) => s.kind === SymbolKind.Module).map((s) => s.name), ['警惕危险动向']);
});

test('quotes of a speaker whose name a line break cuts are grouped under the name on one line', () => {
  const { symbols } = outline('高盛首席经济学家Jan\nHatzius表示，“美联储年内可能降息三次。”\n\nJan Hatzius还说：“通胀会继续回落。”');
  const quotes = group(symbols, '引语 Quotes');
  assert.deepEqual(quotes.children!.map((s) => [s.name, s.children!.length]), [['Jan Hatzius', 2]]);
});

test('a date or quote a line break cuts is named on one line in the outline', () => {
  const { symbols } = outline('海关总署公开数据显示，2023\n年全年出口增长，分析师周海涛表示：“这个数字\n超出了预期。”');
  assert.deepEqual(group(symbols, '时间 Dates').children!.map((s) => s.name), ['2023年']);
  assert.deepEqual(group(symbols, '引语 Quotes').children!.flatMap((s) => s.children!.map((q) => q.name)), ['“这个数字超出了预期。”']);
});
