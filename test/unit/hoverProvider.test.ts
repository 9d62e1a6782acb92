// provideHover called directly (as vscode-markdown-languageservice tests its providers): the real
// analysis of small inline articles, a TextDocument, an offset in, a Hover (or null) out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver';
import { analyzeArticle } from '../../server/src/analysis/article';
import { provideHover } from '../../server/src/features/hover';
import { loadEntityModel, loadSegmenter } from '../helpers/segmenter';
import { ARTICLE, NESTED } from '../helpers/providerTexts';

const segment = loadSegmenter();
const PATH = '/news/2024/04/17/briefing.txt';

/** `path: null` analyses without a path, so without a publication date. */
function analyze(text: string, path: string | null = PATH) {
  return { a: analyzeArticle(text, { segment, path: path ?? undefined }), doc: TextDocument.create(`file://${path ?? '/untitled.txt'}`, 'plaintext', 1, text) };
}

/** Offset of the `nth` occurrence of `needle` in `text`. */
function at(text: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `${needle} (#${nth}) not in text`);
  }
  return i;
}

const value = (h: Hover | null): string => {
  assert.ok(h, 'expected a hover');
  assert.ok(typeof h.contents === 'object' && 'kind' in h.contents && h.contents.kind === 'markdown', 'markdown contents');
  return h.contents.value;
};

/** The hover's range as text, read back through the document (offsetAt), so CRLF and 𠮷 are counted as the editor counts them. */
const rangeText = (doc: TextDocument, h: Hover | null): string => {
  assert.ok(h?.range, 'expected a hover with a range');
  return doc.getText().slice(doc.offsetAt(h.range.start), doc.offsetAt(h.range.end));
};

/** The hover's account of a rule: `lexicon (lexicon-prefix)`, `rule (title-name)`. */
const foundBy = (rule: string) => (rule.startsWith('lexicon') ? `lexicon (${rule})` : `rule (${rule})`);
const person = (name: string, count: number, line: number, rule: string) =>
  `**人物 Person** · ${name}\n\nAliases 别名: —\n\nMentions 提及: ${count} · first on line ${line}\n\n_Found by: ${foundBy(rule)}_`;
const place = (name: string, count: number, line: number, rule: string) =>
  `**地点 Place** · ${name}\n\nAliases 别名: —\n\nMentions 提及: ${count} · first on line ${line}\n\n_Found by: ${foundBy(rule)}_`;
const organization = (name: string, count: number, line: number, rule: string) =>
  `**机构 Organization** · ${name}\n\nAliases 别名: —\n\nMentions 提及: ${count} · first on line ${line}\n\n_Found by: ${foundBy(rule)}_`;
const FROM_PATH = '_Publication date 2024-04-17, from the file path_';

const ITEMS: { what: string; needle: string; nth?: number; span: string; hover: string; line: number; character: number }[] = [
  { what: 'organization in the title, after 𠮷', needle: '外交部', span: '外交部', hover: organization('外交部', 2, 1, 'lexicon'), line: 0, character: 8 },
  { what: 'organization starting a CRLF line', needle: '外交部', nth: 1, span: '外交部', hover: organization('外交部', 2, 1, 'lexicon'), line: 4, character: 0 },
  { what: 'person after a title', needle: '王文斌', span: '王文斌', hover: person('王文斌', 2, 5, 'title-name'), line: 4, character: 6 },
  { what: 'place', needle: '北京', span: '北京', hover: place('北京', 2, 5, 'lexicon-short'), line: 4, character: 15 },
  {
    what: 'date with weekday',
    needle: '4月16日',
    span: '4月16日',
    hover: `**时间 Date** · 4月16日 → \`2024-04-16\`\n\n星期二 Tuesday\n\n4月16日 = 2024-04-16; no year: the most recent 4月 = 2024, relative to 2024-04-17 (file path)\n\n${FROM_PATH}`,
    line: 4,
    character: 9,
  },
  {
    what: 'vague date',
    needle: '近日',
    span: '近日',
    hover: `**时间 Date** · 近日 → \`vague 模糊 (not resolved)\`\n\n近日: vague, deliberately not resolved to a calendar value\n\n${FROM_PATH}`,
    line: 6,
    character: 21,
  },
  { what: 'speech quote', needle: '中方愿', span: '“中方愿与美方加强沟通。”', hover: '**引语 Quote** · speech 直接引语\n\nSpeaker 说话人: **王文斌** _(verb-before: named before the speech verb · 说话动词前)_', line: 4, character: 20 },
  { what: 'person inside a quote (innermost wins)', needle: '王文斌', nth: 1, span: '王文斌', hover: person('王文斌', 2, 5, 'jieba-nr'), line: 6, character: 5 },
  { what: 'place inside a quote (innermost wins)', needle: '北京', nth: 1, span: '北京', hover: place('北京', 2, 5, 'lexicon-short'), line: 6, character: 14 },
  { what: 'quote text around the inner names', needle: '的说法', span: '“王文斌的说法没错，北京会支持。”', hover: '**引语 Quote** · speech 直接引语\n\nSpeaker 说话人: **李强** _(verb-before: named before the speech verb · 说话动词前)_', line: 6, character: 4 },
  { what: 'organization after full-width punctuation', needle: '国务院', span: '国务院', hover: organization('国务院', 1, 7, 'lexicon'), line: 6, character: 24 },
];

for (const c of ITEMS) {
  test(`hover on a ${c.what}: ${c.span}`, () => {
    const { a, doc } = analyze(ARTICLE);
    const start = at(ARTICLE, c.needle, c.nth);
    // the first, a middle and the last code unit of the needle all give the same hover
    for (const offset of [start, start + (c.needle.length >> 1), start + c.needle.length - 1]) {
      const h = provideHover(doc, a, offset);
      assert.equal(value(h), c.hover, `at offset ${offset}`);
      assert.equal(rangeText(doc, h), c.span, `range at offset ${offset}`);
      assert.deepEqual(h!.range!.start, { line: c.line, character: c.character });
      assert.deepEqual(h!.range!.end, { line: c.line, character: c.character + c.span.length });
    }
  });
}

const NOTHING: { what: string; offset: number }[] = [
  { what: 'the high half of 𠮷 in the title', offset: at(ARTICLE, '𠮷') },
  { what: 'the low half of 𠮷 in the title', offset: at(ARTICLE, '𠮷') + 1 },
  { what: 'plain title text', offset: at(ARTICLE, '城新闻') },
  { what: 'heading markup', offset: at(ARTICLE, '**会谈**') },
  { what: 'plain text between items', offset: at(ARTICLE, '发言人') },
  { what: 'the code unit right after a name (end is exclusive)', offset: at(ARTICLE, '北京表示') + 2 },
  { what: 'full-width colon before a quote', offset: at(ARTICLE, '表示：“') + 2 },
  { what: 'the CR of a CRLF', offset: at(ARTICLE, '\r\n') },
  { what: 'the LF of a CRLF', offset: at(ARTICLE, '\r\n') + 1 },
  { what: 'the end of the document', offset: ARTICLE.length },
];

test('an unclosed quotation is a quote whose hover says its closing mark is missing, from its mark on', () => {
  const { a, doc } = analyze(ARTICLE);
  for (const offset of [at(ARTICLE, '“我们'), at(ARTICLE, '继续努力')]) {
    const h = provideHover(doc, a, offset);
    assert.ok(h, 'a hover');
    assert.match(value(h), /^\*\*引语 Quote\*\* · speech 直接引语\n\n_No closing mark 缺少后引号: read to the end of its paragraph_/);
  }
  // a closed quote says nothing of it
  assert.doesNotMatch(value(provideHover(doc, a, at(ARTICLE, '加强沟通'))), /closing mark/);
});

for (const c of NOTHING) {
  test(`no hover on ${c.what}`, () => {
    const { a, doc } = analyze(ARTICLE);
    assert.equal(provideHover(doc, a, c.offset), null);
  });
}

const NESTED_CASES: { needle: string; span: string; hover: string }[] = [
  { needle: '基于', span: '“基于“与台湾关系法”的一中政策”', hover: '**引语 Quote** · speech 直接引语\n\nSpeaker 说话人: — _(none found)_' },
  { needle: '的一中', span: '“基于“与台湾关系法”的一中政策”', hover: '**引语 Quote** · speech 直接引语\n\nSpeaker 说话人: — _(none found)_' },
  { needle: '“与', span: '“与台湾关系法”', hover: '**引语 Quote** · term 专名/术语\n' },
  { needle: '关系法', span: '“与台湾关系法”', hover: '**引语 Quote** · term 专名/术语\n' },
  { needle: '台湾', span: '台湾', hover: place('台湾', 1, 1, 'lexicon') },
  {
    needle: '2024年3月5日',
    span: '2024年3月5日',
    hover: `**时间 Date** · 2024年3月5日 → \`2024-03-05\`\n\n星期二 Tuesday\n\n2024年3月5日 = 2024-03-05 (explicit)\n\n${FROM_PATH}`,
  },
  { needle: '去年12月', span: '去年12月', hover: `**时间 Date** · 去年12月 → \`2023-12\`\n\n去年12月 = 2023-12, relative to 2024-04-17 (file path)\n\n${FROM_PATH}` },
];

for (const c of NESTED_CASES) {
  test(`nested quotes: hover on ${c.needle} is ${c.span}`, () => {
    const { a, doc } = analyze(NESTED);
    const h = provideHover(doc, a, at(NESTED, c.needle));
    assert.equal(value(h), c.hover);
    assert.equal(rangeText(doc, h), c.span);
  });
}

test('the closing mark of the inner quote belongs to the inner quote, the next code unit to the outer one', () => {
  const { a, doc } = analyze(NESTED);
  const close = at(NESTED, '”的一中');
  assert.equal(rangeText(doc, provideHover(doc, a, close)), '“与台湾关系法”');
  assert.equal(rangeText(doc, provideHover(doc, a, close + 1)), '“基于“与台湾关系法”的一中政策”');
  assert.equal(provideHover(doc, a, at(NESTED, '”。') + 1), null);
});

test('positions after surrogate pairs on CRLF lines count UTF-16 code units', () => {
  const text = '𠮷王文斌在上海表示，外交部将派员前往。\r\n𠮷𠮷北京4月16日电，王文斌抵达上海。';
  const { a, doc } = analyze(text);
  const cases: [needle: string, nth: number, line: number, character: number, firstLine: number][] = [
    ['王文斌', 0, 0, 2, 1],
    ['上海', 0, 0, 6, 1],
    ['外交部', 0, 0, 11, 1],
    ['北京', 0, 1, 4, 2],
    ['王文斌', 1, 1, 13, 1],
    ['上海', 1, 1, 18, 1],
  ];
  for (const [needle, nth, line, character, firstLine] of cases) {
    const h = provideHover(doc, a, at(text, needle, nth));
    assert.deepEqual(h?.range, { start: { line, character }, end: { line, character: character + needle.length } }, needle);
    assert.equal(rangeText(doc, h), needle);
    assert.match(value(h), new RegExp(`^\\*\\*[^*]+\\*\\* · ${needle}\\n[^]*· first on line ${firstLine}\\n`), needle);
  }
  const date = provideHover(doc, a, at(text, '4月16日'));
  assert.deepEqual(date?.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 11 } });
  assert.equal(provideHover(doc, a, at(text, '电')), null);
  assert.equal(provideHover(doc, a, at(text, '𠮷𠮷') + 3), null);
});

test('without a publication date a relative date hovers as unresolved, with a hint to set one', () => {
  const text = '王文斌去年12月表示，双方会谈。';
  const { a, doc } = analyze(text, null);
  const h = provideHover(doc, a, at(text, '12月'));
  assert.equal(rangeText(doc, h), '去年12月');
  assert.equal(
    value(h),
    '**时间 Date** · 去年12月 → `unresolved 未能确定`\n\n去年12月: relative, and no publication date to resolve it against\n\n_No publication date known: set newslens.publicationDate_',
  );
});

test('a speech quote lists the other quotes of its speaker, clipped to 40 code units and never inside a surrogate pair', () => {
  // the first quote is 41 code units: 39 characters, then 𠮷 over units 39–40
  const long = `${'甲乙丙丁戊己庚辛壬癸'.repeat(3)}一二三四五六七八九𠮷后`;
  assert.equal(long.length, 42);
  const text = `王文斌称：“${long}”王文斌又说：“好的。”`;
  const { a, doc } = analyze(text);
  const h = provideHover(doc, a, at(text, '好的'));
  assert.equal(rangeText(doc, h), '“好的。”');
  assert.equal(
    value(h),
    `**引语 Quote** · speech 直接引语\n\nSpeaker 说话人: **王文斌** _(verb-before: named before the speech verb · 说话动词前)_\n\nOther quotes by 王文斌:\n- “${long.slice(0, 39)}…”`,
  );
});

test('a speaker whose name a line break cuts is one speaker with the same name on one line', () => {
  const text = '高盛首席经济学家Jan\nHatzius表示，“美联储年内可能降息三次。”\n\nJan Hatzius还说：“通胀会继续回落。”';
  const { a, doc } = analyze(text);
  const speakers = a.quotes.map((q) => q.speaker);
  assert.deepEqual(speakers, ['Jan\nHatzius', 'Jan Hatzius']);
  assert.match(value(provideHover(doc, a, at(text, '通胀'))), /Other quotes by Jan Hatzius:\n- “美联储年内可能降息三次。”/);
});

test('a mention the entity model found says so in its hover', () => {
  // an outlet no lexicon lists (`路透社` is now the outlet lexicon's)
  const text = '据墨西哥宇宙报报道，会谈周二举行。';
  const a = analyzeArticle(text, { segment, model: loadEntityModel() });
  const doc = TextDocument.create('file:///untitled.txt', 'plaintext', 1, text);
  const h = provideHover(doc, a, at(text, '墨西哥宇宙报') + 1);
  assert.equal(rangeText(doc, h), '墨西哥宇宙报');
  assert.match(value(h), /^\*\*机构 Organization\*\* · 墨西哥宇宙报/);
  assert.match(value(h), /_Found by: model_$/);
});

test('every way the analysis finds a speaker has a label in the hover', async () => {
  const { viaLabel } = await import('../../server/src/features/hover');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const dir = path.resolve(import.meta.dirname, '../../server/src/analysis/quotes');
  const vias = new Set<string>();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    // `via: 'topic'`, `speakerVia: wrap ? 'wrapped' : 'next-paragraph'`: every string literal of the expression
    for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/(?:speakerVia|via): ([^,}\n]+)/g)) for (const v of m[1].matchAll(/'([a-z-]+)'/g)) vias.add(v[1]);
  }
  for (const v of ['wrapped', 'next-paragraph', 'ranked', 'verb-after', 'verb-before']) assert.ok(vias.has(v), `${v} not found in the sources`);
  for (const v of vias) assert.match(viaLabel(v), new RegExp(`^${v}: .+ · .+`), v);
  assert.equal(viaLabel(null), 'found');
  assert.equal(viaLabel('something-new'), 'something-new');
});
