import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findBlocks } from '../../server/src/analysis/structure';
import { findPublicationDate, toIsoDate } from '../../server/src/analysis/publicationDate';

const cases: { name: string; text: string; kinds: string[]; contents: string[] }[] = [
  { name: 'title, image, heading, paragraph', text: '# 标题\n\n![a](https://x/2024/04/17/a.jpg)\n\n**高层交往恢复**\n\n正文一句。', kinds: ['title', 'image', 'heading', 'paragraph'], contents: ['标题', '', '高层交往恢复', '正文一句。'] },
  { name: 'CRLF line endings', text: '# 标题\r\n\r\n**小节**\r\n正文，有标点。\r\n', kinds: ['title', 'heading', 'paragraph'], contents: ['标题', '小节', '正文，有标点。'] },
  { name: 'a short unpunctuated line is a heading', text: '正文，有标点。\n警惕危险动向\n又一段。', kinds: ['paragraph', 'heading', 'paragraph'], contents: ['正文，有标点。', '警惕危险动向', '又一段。'] },
  { name: 'a single line is a paragraph, never a heading', text: '王毅会见布林肯', kinds: ['paragraph'], contents: ['王毅会见布林肯'] },
  { name: 'a second # line is a heading', text: '# 一\n## 二\n# 三', kinds: ['title', 'heading', 'heading'], contents: ['一', '二', '三'] },
  { name: 'surrogate pair and indentation', text: '  𠮷字开头的段落，有逗号。  \n', kinds: ['paragraph'], contents: ['𠮷字开头的段落，有逗号。'] },
  { name: 'empty text', text: '', kinds: [], contents: [] },
];

for (const c of cases) {
  test(`findBlocks: ${c.name}`, () => {
    const blocks = findBlocks(c.text);
    assert.deepEqual(blocks.map((b) => b.kind), c.kinds);
    assert.deepEqual(blocks.map((b) => c.text.slice(b.content.start, b.content.end)), c.contents);
    for (const b of blocks) assert.ok(!/[\r\n]/.test(c.text.slice(b.start, b.end)));
  });
}

test('findBlocks: image URL is recorded, never prose', () => {
  const [img] = findBlocks('![x.jpg](https://raw.githubusercontent.com/q/main/2024/04/17/标题/x.jpg)');
  assert.equal(img.kind, 'image');
  assert.equal(img.url, 'https://raw.githubusercontent.com/q/main/2024/04/17/标题/x.jpg');
});

const pubCases: { name: string; text: string; path?: string; setting?: string; value: string | null; source?: string }[] = [
  { name: 'a date line wins', text: '# 标题\n\n发布时间：2024年4月18日 09:30\n\n![a](https://x/2024/04/17/a.jpg)\n\n正文。', value: '2024-04-18', source: 'text' },
  { name: 'ISO date line', text: '# 标题\n2024-04-16\n正文，内容。', value: '2024-04-16', source: 'text' },
  { name: 'image URL', text: '# 标题\n\n![a](https://x/main/2024/04/17/t/a.jpg)\n\n正文。', value: '2024-04-17', source: 'image-url' },
  { name: 'image URL with spaces in the path', text: '# 标题\n\n![a.jpg](https://x/main/2024/03/31/普京下令 波兰总理警告/a.jpg)\n\n正文。', value: '2024-03-31', source: 'image-url' },
  { name: 'path folders', text: '正文。', path: '/data/2024/02/05/x.md', value: '2024-02-05', source: 'path' },
  { name: 'path ISO', text: '正文。', path: 'C:\\news\\2024-03-11-x.md', value: '2024-03-11', source: 'path' },
  { name: 'setting', text: '正文。', path: '/tmp/x.md', setting: '2024-01-02', value: '2024-01-02', source: 'setting' },
  { name: 'invalid dates are ignored', text: '发布时间：2024年2月30日', path: '/a/2024/13/01/x.md', setting: 'tomorrow', value: null },
  // a date line after the body is a reprinted notice's signature: the article's date is the image's or the path's, the signature's only when none
  { name: 'a signature date after the body gives way to the image URL', text: '# 国务院批复方案\n\n![a](https://x/main/2024/02/19/t/a.jpg)\n\n国务院近日批复同意《上海东方枢纽国际商务合作区建设总体方案》，要求有关方面认真组织实施，切实加强领导。\n\n国务院\n\n2024年2月9日', value: '2024-02-19', source: 'image-url' },
  { name: 'a signature date after the body gives way to the path', text: '商务部等9单位发布关于支持新能源汽车贸易合作健康发展的意见，其中提到，鼓励海外研发合作，提升创新能力。\n\n商务部\n\n2023年12月7日', path: '/c/2024/02/07/x.md', value: '2024-02-07', source: 'path' },
  { name: 'a signature date when nothing else dates the article', text: '为加强管理，现就有关事项通知如下，请各单位认真贯彻执行，确保各项措施落实到位，不走过场。\n\n中共湖南省委\n\n2024年2月5日', path: '/tmp/x.md', setting: '2024-01-02', value: '2024-02-05', source: 'text' },
  { name: 'a date line under a short lede is still the head', text: '# 标题\n\n记者 张三\n\n2024年4月18日\n\n![a](https://x/2024/04/17/a.jpg)\n\n正文很长的一段，这里是新闻内容本身，包含大量信息，不是日期行，而是正文，记者采访了多位专家。', value: '2024-04-18', source: 'text' },
  { name: 'a date inside a long paragraph is not a date line', text: '2024年4月16日，中美防长通电话，双方就两军关系等问题交换了意见，这是一段很长的正文句子，不是日期行，而是新闻内容本身，包含大量信息。', value: null },
];
for (const c of pubCases) {
  test(`findPublicationDate: ${c.name}`, () => {
    const p = findPublicationDate(c.text, findBlocks(c.text), c.path, c.setting);
    assert.equal(p?.value ?? null, c.value);
    if (c.source) assert.equal(p?.source, c.source);
    if (p?.span) assert.ok(p.span.end <= c.text.length);
  });
}

test('toIsoDate validates the calendar', () => {
  assert.equal(toIsoDate(2024, 2, 29), '2024-02-29');
  assert.equal(toIsoDate(2023, 2, 29), null);
  assert.equal(toIsoDate('2024', '4', '7'), '2024-04-07');
});

test('updateBlocks after random edits equals findBlocks of the new text, and blocks before the edit are the old objects', async () => {
  const { updateBlocks, unmoveBlocks } = await import('../../server/src/analysis/structure');
  const { diffTexts, mapBlocks } = await import('../../server/src/analysis/reuse/blockMap');
  const { prng } = await import('../helpers/random');
  const rand = prng(7);
  const pieces = ['\n', '\n\n', '\r\n', '# 新标题', '# ', '**小标题**', '![图](a.jpg)', '短行', '他说：“好。”', '。', ' ', '  \n', 'x', '𠮷', '苹果在Vision\nPro'];
  let text = '# 标题\n\n**第一节**\n\n第一段，有标点。\n\n![图](https://x/2024/04/17/a.jpg)\n\n第二段。\n\n# 二级\n\n高层交往恢复\n\n第三段，结束。';
  let blocks = findBlocks(text);
  let updated = 0;
  for (let step = 0; step < 3000; step++) {
    const at = Math.floor(rand() * (text.length + 1));
    const cut = rand() < 0.4 ? Math.floor(rand() * 4) : 0;
    const next = text.slice(0, at) + (rand() < 0.7 ? pieces[Math.floor(rand() * pieces.length)] : '') + text.slice(at + cut);
    const { pre, suf } = diffTexts(text, next);
    const fresh = findBlocks(next);
    const map = mapBlocks(text, blocks, next, fresh, { pre, suf });
    const before = JSON.stringify(blocks);
    const got = updateBlocks(text, blocks, next, pre, suf);
    if (got) {
      updated++;
      assert.deepEqual(got.blocks, fresh, `step ${step}: ${JSON.stringify(text)} → ${JSON.stringify(next)}`);
      // blocks before the edit are the old objects, but for the last line of blocks before it, which is read
      // again (whether a line follows it directly sets its kind)
      const ahead = got.blocks.filter((b) => { const nl = next.indexOf('\n', b.end); return nl >= 0 && nl < pre; });
      const lastLine = ahead.length ? next.lastIndexOf('\n', ahead[ahead.length - 1].start - 1) : -1;
      for (const b of ahead) if (next.lastIndexOf('\n', b.start - 1) !== lastLine) assert.ok(blocks.includes(b), 'a block before the edit is the old object');
      assert.equal(got.blocks.slice(got.blocks.length - got.moved).filter((b) => blocks.includes(b)).length, got.moved, 'blocks after the edit are the old objects, moved');
      unmoveBlocks(got);
      assert.equal(JSON.stringify(blocks), before, 'unmoveBlocks puts the old blocks back');
    }
    map.old.forEach((j, i) => {
      if (j >= 0) assert.equal(next.slice(fresh[i].content.start, fresh[i].content.end), text.slice(blocks[j].content.start, blocks[j].content.end));
    });
    text = next.length > 400 ? next.slice(0, 200) : next;
    blocks = findBlocks(text);
  }
  assert.ok(updated > 2500, `most edits were updates (${updated})`);
});

test('a short line a soft wrap cut is a paragraph, not a heading', () => {
  // [text, kinds]: a wrap is a line that runs on into the next with no blank line between, where a Latin
  // letter, a digit or a hyphen meets the break or a bracket is left open
  const cases: [string, string[]][] = [
    ['# 题\n\n苹果在Vision\nPro的开发仍需努力。\n\n小节\n\n正文。', ['title', 'paragraph', 'paragraph', 'heading', 'paragraph']],
    ['# 题\n\n腾讯科技讯\n2月20日消息，销量下滑。', ['title', 'paragraph', 'paragraph']],
    ['# 题\n\n埃隆·马斯克（Elon\nMusk）表示。', ['title', 'paragraph', 'paragraph']],
    ['# 题\r\n\r\n苹果在Vision\r\nPro的开发。', ['title', 'paragraph', 'paragraph']],
    // two Chinese characters at the break: a line of its own, a heading as before (`第一条` over its text)
    ['# 题\n\n第一条\n本办法适用于全市。', ['title', 'heading', 'paragraph']],
    ['正文，有标点。\n警惕危险动向\n又一段。', ['paragraph', 'heading', 'paragraph']],
    // a blank line after it (spaces, a no-break space) is a paragraph break, not a wrap
    ['# 题\n\nVision\n\u00a0\n正文。', ['title', 'heading', 'paragraph']],
    ['# 题\n\n版本2\n\n正文。', ['title', 'heading', 'paragraph']],
  ];
  for (const [text, kinds] of cases) assert.deepEqual(findBlocks(text).map((b) => b.kind), kinds, JSON.stringify(text));
});
