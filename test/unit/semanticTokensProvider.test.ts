// provideSemanticTokens called directly (as vscode-markdown-languageservice tests its providers): the
// delta-encoded tokens decoded back to document spans and compared with the analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/analysis/article';
import { provideSemanticTokens, SEMANTIC_LEGEND } from '../../server/src/features/semanticTokens';
import type { ArticleAnalysis } from '../../server/src/analysis/types';
import { loadSegmenter } from '../helpers/segmenter';
import { NESTED, SURROGATES } from '../helpers/providerTexts';

const segment = loadSegmenter();

function analyze(text: string): { a: ArticleAnalysis; doc: TextDocument } {
  return {
    a: analyzeArticle(text, { segment, path: '/news/2024/04/17/briefing.txt' }),
    doc: TextDocument.create('file:///news/2024/04/17/briefing.txt', 'plaintext', 1, text),
  };
}

interface Token {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** Undoes the delta encoding: each token's line is relative to the last, its character too when on the same line. */
function decode(data: number[]): Token[] {
  assert.equal(data.length % 5, 0, 'five numbers per token');
  const out: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dLine, dChar, length, type, bits] = data.slice(i, i + 5);
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    assert.ok(type < SEMANTIC_LEGEND.tokenTypes.length, `token type ${type} not in the legend`);
    assert.equal(bits >> SEMANTIC_LEGEND.tokenModifiers.length, 0, `modifier bits ${bits} not in the legend`);
    const modifiers = SEMANTIC_LEGEND.tokenModifiers.filter((_, k) => bits & (1 << k));
    out.push({ line, character, length, type: SEMANTIC_LEGEND.tokenTypes[type], modifiers });
  }
  return out;
}

/** Tokens as `[text, type, modifiers]`, the text read back through the document (offsetAt). */
function tokens(doc: TextDocument, a: ArticleAnalysis): [string, string, string[]][] {
  const text = doc.getText();
  return decode(provideSemanticTokens(doc, a).data).map((t) => {
    const start = doc.offsetAt({ line: t.line, character: t.character });
    return [text.slice(start, start + t.length), t.type, t.modifiers];
  });
}

/** Token spans as `[start, end]` offsets. */
function offsets(doc: TextDocument, a: ArticleAnalysis): [number, number][] {
  return decode(provideSemanticTokens(doc, a).data).map((t) => {
    const start = doc.offsetAt({ line: t.line, character: t.character });
    return [start, start + t.length];
  });
}

// CRLF, 𠮷 in the title, full-width punctuation, names inside a quote, an unclosed quote at the end.
const ARTICLE = [
  '# 𠮷城新闻：外交部记者会',
  '',
  '**会谈**',
  '',
  '外交部发言人王文斌4月16日在北京表示：“中方愿与美方加强沟通。”',
  '',
  '李强说：“王文斌的说法没错，北京会支持。”近日，国务院发布通知。',
  '',
  '一名官员称：“我们会继续努力。',
  '',
].join('\r\n');

test('the legend: people, places, organizations, dates as four standard token types; one modifier', () => {
  assert.deepEqual(SEMANTIC_LEGEND, { tokenTypes: ['function', 'enumMember', 'class', 'number'], tokenModifiers: ['declaration'] });
});

const CASES: { name: string; text: string; expected: [string, string, string[]][] }[] = [
  {
    name: 'the CRLF article',
    text: ARTICLE,
    expected: [
      ['外交部', 'class', ['declaration']],
      ['外交部', 'class', []],
      ['王文斌', 'function', ['declaration']],
      ['4月16日', 'number', []],
      ['北京', 'enumMember', ['declaration']],
      ['李强', 'function', ['declaration']],
      ['王文斌', 'function', []],
      ['北京', 'enumMember', []],
      ['近日', 'number', []],
      ['国务院', 'class', ['declaration']],
    ],
  },
  {
    name: 'nested quotes, dates out of calendar order',
    text: NESTED,
    expected: [
      ['台湾', 'enumMember', ['declaration']],
      ['2024年3月5日', 'number', []],
      ['王文斌', 'function', ['declaration']],
      ['北京', 'enumMember', ['declaration']],
      ['去年12月', 'number', []],
      ['今年1月', 'number', []],
    ],
  },
  {
    name: 'surrogate pairs on CRLF lines',
    text: SURROGATES,
    expected: [
      ['王文斌', 'function', ['declaration']],
      ['上海', 'enumMember', ['declaration']],
      ['外交部', 'class', ['declaration']],
      ['北京', 'enumMember', ['declaration']],
      ['4月16日', 'number', []],
      ['王文斌', 'function', []],
      ['上海', 'enumMember', []],
    ],
  },
];

for (const c of CASES) {
  test(`tokens decode to exactly the entity and date spans, first mentions declared: ${c.name}`, () => {
    const { a, doc } = analyze(c.text);
    assert.deepEqual(tokens(doc, a), c.expected);
    // and exactly the spans of the analysis, in text order
    const spans = [...a.mentions, ...a.dates].map((s): [number, number] => [s.start, s.end]).sort((x, y) => x[0] - y[0]);
    assert.deepEqual(offsets(doc, a), spans);
  });

  test(`no token overlaps another or leaves its line: ${c.name}`, () => {
    const { a, doc } = analyze(c.text);
    const decoded = decode(provideSemanticTokens(doc, a).data);
    assert.equal(decoded.length, c.expected.length);
    let last = { line: -1, end: 0 };
    for (const t of decoded) {
      assert.ok(t.length > 0, 'a token is never empty');
      if (t.line === last.line) assert.ok(t.character >= last.end, `token at ${t.line}:${t.character} overlaps the one before`);
      else assert.ok(t.line > last.line, 'tokens in document order');
      const lineText = doc.getText({ start: { line: t.line, character: 0 }, end: { line: t.line + 1, character: 0 } }).replace(/\r?\n$/, '');
      assert.ok(t.character + t.length <= lineText.length, `token at ${t.line}:${t.character} runs past the end of its line (into CR or LF)`);
      last = { line: t.line, end: t.character + t.length };
    }
  });
}

test('positions right after surrogate pairs and CRLF are in UTF-16 code units (the raw delta encoding)', () => {
  const { a, doc } = analyze(SURROGATES);
  // line 0: 𠮷 is two units, so 王文斌 starts at 2; line 1 starts after CRLF and 𠮷𠮷, so 北京 starts at 4
  // prettier-ignore
  assert.deepEqual(provideSemanticTokens(doc, a).data, [
    0, 2, 3, 0, 1, // 王文斌
    0, 4, 2, 1, 1, // 上海
    0, 5, 3, 2, 1, // 外交部
    1, 4, 2, 1, 1, // 北京
    0, 2, 5, 3, 0, // 4月16日
    0, 7, 3, 0, 0, // 王文斌
    0, 5, 2, 1, 0, // 上海
  ]);
});

test('an item that overlaps an earlier token gets no token; one that crosses a line break gets one per line', () => {
  // a hand-made analysis: the analysis never yields these, but the protocol forbids such tokens whatever it yields
  const text = '王文斌说\r\n北京时间4月16日';
  const doc = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
  const mention = (start: number, end: number, type: 'person' | 'place', entityId: string) => ({ start, end, text: text.slice(start, end), type, rule: 'test', entityId });
  const date = (start: number, end: number) => ({ start, end, text: text.slice(start, end), value: null, vague: true, relative: false, weekday: null, reason: '' });
  const a: ArticleAnalysis = {
    title: null,
    blocks: [],
    publicationDate: null,
    entities: [
      { id: 'p', name: '王文斌', type: 'person', aliases: [], mentions: [{ start: 0, end: 3 }] },
      { id: 'b', name: '北京', type: 'place', aliases: [], mentions: [{ start: 6, end: 8 }] },
    ],
    mentions: [mention(0, 3, 'person', 'p'), mention(6, 8, 'place', 'b')],
    dates: [
      date(2, 4), // overlaps 王文斌
      date(3, 6), // crosses CRLF: 说 on its line, nothing on the next
      date(6, 15), // starts with 北京: the mention came first
      date(10, 15), // 4月16日
    ],
    quotes: [],
    claims: [],
    findings: [],
  };
  assert.deepEqual(tokens(doc, a), [
    ['王文斌', 'function', ['declaration']],
    ['说', 'number', []],
    ['北京', 'enumMember', ['declaration']],
    ['4月16日', 'number', []],
  ]);
  assert.deepEqual(provideSemanticTokens(doc, a).data, [0, 0, 3, 0, 1, 0, 3, 1, 3, 0, 1, 0, 2, 1, 1, 0, 4, 5, 3, 0]);
});

test('a lone CR ends a line too: an item crossing it stays within each line', () => {
  // LSP counts \r, \n and \r\n as line breaks; a fuzzed edit left a lone \r, and a token ran one past its line
  const text = '王文斌说\r北京';
  const doc = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
  const a: ArticleAnalysis = {
    title: null,
    blocks: [],
    publicationDate: null,
    entities: [],
    mentions: [],
    dates: [{ start: 3, end: 6, text: text.slice(3, 6), value: null, vague: true, relative: false, weekday: null, reason: '' }],
    quotes: [],
    claims: [],
    findings: [],
  };
  // 说 alone on line 0 (length 1, not 2 with the \r), 北 on line 1
  assert.deepEqual(provideSemanticTokens(doc, a).data, [0, 3, 1, 3, 0, 1, 0, 1, 3, 0]);
});

test('a name or a date a soft wrap cuts is highlighted on both lines', () => {
  const { a, doc } = analyze('分析师周海涛（Zhou\r\nHaitao）说，2023\n年出口增长。');
  assert.deepEqual(tokens(doc, a).filter(([, type]) => type !== 'enumMember'), [
    ['周海涛', 'function', ['declaration']],
    ['Zhou', 'function', ['declaration']],
    ['Haitao', 'function', ['declaration']],
    ['2023', 'number', []],
    ['年', 'number', []],
  ]);
});

test('a text with no entities or dates has no tokens', () => {
  const { a, doc } = analyze('双方表示，会谈很顺利：“会继续。\r\n');
  assert.deepEqual(provideSemanticTokens(doc, a).data, []);
});
