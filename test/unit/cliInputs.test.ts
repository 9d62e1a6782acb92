// The CLI's input handling without a process: line index, file decoding, option checks.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/cli/lines';
import { decodeArticle, InputError } from '../../server/src/node/articleFiles';
import { publicationDateError } from '../../server/src/cli/options';

/** The scan `check` used before the index: from the start of the text for every offset. */
function scanLineColumn(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

const lineCases: { name: string; text: string; offset: number; expected: { line: number; character: number } }[] = [
  { name: 'start of text', text: 'ab\ncd', offset: 0, expected: { line: 0, character: 0 } },
  { name: 'on the LF', text: 'ab\ncd', offset: 2, expected: { line: 0, character: 2 } },
  { name: 'after the LF', text: 'ab\ncd', offset: 3, expected: { line: 1, character: 0 } },
  { name: 'between CR and LF', text: 'ab\r\ncd', offset: 3, expected: { line: 0, character: 3 } },
  { name: 'after CRLF', text: 'ab\r\ncd', offset: 4, expected: { line: 1, character: 0 } },
  { name: 'after a lone CR', text: 'ab\rcd', offset: 3, expected: { line: 1, character: 0 } },
  { name: 'after a surrogate pair', text: '𠮷\n甲𠮷乙', offset: 6, expected: { line: 1, character: 3 } },
  { name: 'end of text after a final LF', text: 'a\n', offset: 2, expected: { line: 1, character: 0 } },
  { name: 'past the end', text: 'a\nb', offset: 9, expected: { line: 1, character: 7 } },
  { name: 'empty text', text: '', offset: 0, expected: { line: 0, character: 0 } },
];
for (const c of lineCases) {
  test(`LineIndex: ${c.name}`, () => {
    assert.deepEqual(new LineIndex(c.text).toLineColumn(c.offset), c.expected);
    assert.deepEqual(scanLineColumn(c.text, c.offset), c.expected, 'the table agrees with the old scan');
  });
}

test('LineIndex answers as the old scan did for every offset of random texts', () => {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const pieces = ['\n', '\r\n', '\r', '甲', '“', '𠮷', ' ', 'a'];
  for (let t = 0; t < 50; t++) {
    let text = '';
    for (let i = rand(40); i > 0; i--) text += pieces[rand(pieces.length)];
    const index = new LineIndex(text);
    for (let o = 0; o <= text.length + 1; o++) assert.deepEqual(index.toLineColumn(o), scanLineColumn(text, o), JSON.stringify({ text, o }));
  }
});

const decodeCases: { name: string; bytes: number[]; text?: string; error?: RegExp }[] = [
  { name: 'UTF-8', bytes: [...Buffer.from('北京')], text: '北京' },
  { name: 'UTF-8 with BOM (dropped)', bytes: [0xef, 0xbb, 0xbf, ...Buffer.from('北京')], text: '北京' },
  { name: 'UTF-16 LE BOM', bytes: [0xff, 0xfe, 0x17, 0x53], error: /UTF-16 text \(byte order mark FF FE\); save it as UTF-8/ },
  { name: 'UTF-16 BE BOM', bytes: [0xfe, 0xff, 0x53, 0x17], error: /UTF-16 text \(byte order mark FE FF\); save it as UTF-8/ },
  { name: 'UTF-16 LE of ASCII (NULs)', bytes: [0xff, 0xfe, 0x41, 0, 0x42, 0], error: /UTF-16 text/ },
  { name: 'NUL bytes', bytes: [0x89, 0x50, 0, 1], error: /binary file, not an article/ },
  { name: 'GBK', bytes: [0xc4, 0xe3, 0xba, 0xc3], error: /not valid UTF-8 text/ },
  { name: 'a lone FF', bytes: [0xff], error: /not valid UTF-8 text/ },
  { name: 'empty', bytes: [], text: '' },
];
for (const c of decodeCases) {
  test(`decodeArticle: ${c.name}`, () => {
    const bytes = Uint8Array.from(c.bytes);
    if (c.error) assert.throws(() => decodeArticle('x.txt', bytes), (e: Error) => e instanceof InputError && c.error!.test(e.message) && e.message.startsWith('x.txt: '));
    else assert.equal(decodeArticle('x.txt', bytes), c.text);
  });
}

const dateCases: { value: string | undefined; ok: boolean }[] = [
  { value: undefined, ok: true },
  { value: '2024-04-17', ok: true },
  { value: '2024-02-29', ok: true },
  { value: '2023-02-29', ok: false },
  { value: '2024-13-45', ok: false },
  { value: '2024-04-31', ok: false },
  { value: '2024-00-10', ok: false },
  { value: '2024-4-17', ok: false },
  { value: 'yesterday', ok: false },
];
for (const c of dateCases) {
  test(`--publication-date ${c.value ?? '(none)'} is ${c.ok ? 'accepted' : 'refused'}`, () => {
    assert.equal(publicationDateError(c.value) === null, c.ok, String(publicationDateError(c.value)));
  });
}
