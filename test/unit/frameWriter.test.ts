// FrameWriter writes the bytes vscode-jsonrpc's StreamMessageWriter writes (header, then the UTF-8 of
// JSON.stringify), one write per message: small messages, large ones (the kept buffer, reused and
// grown), and messages holding long arrays, written in pieces, with CJK text, surrogate pairs, a lone
// surrogate, holes, undefined, functions, symbols, dates and objects with toJSON among the data.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { FrameWriter } from '../../server/src/node/frameWriter';

function expected(msg: Message): Buffer {
  const body = Buffer.from(JSON.stringify(msg), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

async function written(messages: Message[]): Promise<Buffer[]> {
  const writes: Buffer[] = [];
  // copied: a large frame's buffer is reused once its write is done
  const out = new Writable({ write: (chunk: Buffer, _enc, done) => (writes.push(Buffer.from(chunk)), done()) });
  const writer = new FrameWriter(out);
  for (const m of messages) await writer.write(m);
  return writes;
}

const item = (i: number) => ({ range: { start: { line: i, character: 1 }, end: { line: i, character: 9 } }, severity: 3, code: 'quote.unattributed', source: 'newslens', message: `“董军”说 𠮷👍 \ud800 "q" \\ \n ${i}`, relatedInformation: undefined });

test('each message is one write of its header and UTF-8 JSON body, large ones through a reused buffer', async () => {
  const messages: Message[] = [
    { jsonrpc: '2.0', id: 1, result: null } as Message,
    { jsonrpc: '2.0', id: 2, result: { kind: 'full', resultId: '1', items: Array.from({ length: 3000 }, (_, i) => item(i)) } } as Message,
    { jsonrpc: '2.0', id: 3, result: { kind: 'full', resultId: '2', items: Array.from({ length: 2500 }, (_, i) => item(i + 7)) } } as Message,
    { jsonrpc: '2.0', id: 4, result: { items: Array.from({ length: 9000 }, (_, i) => item(i * 3)) } } as Message,
    // large without a long array: written whole
    { jsonrpc: '2.0', id: 5, result: Array.from({ length: 200 }, (_, i) => ({ name: `名字${i}`, children: Array.from({ length: 100 }, (_, j) => item(j)) })) } as Message,
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '日志' } } as Message,
  ];
  const writes = await written(messages);
  assert.equal(writes.length, messages.length);
  messages.forEach((m, i) => assert.deepEqual(writes[i], expected(m)));
});

test('a message holding a long array is written as JSON.stringify writes it, whatever the data', async () => {
  const odd: unknown[] = Array.from({ length: 700 }, (_, i) => [item(i), undefined, () => 1, Symbol('s'), new Date(Date.UTC(2024, 1, i % 28)), { toJSON: (k: string) => `k${k}` }, null, -0, NaN, 1e21, '\u2028', i][i % 12]);
  delete odd[5];
  odd.length = 710;
  const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, list: odd.slice() });
  const messages = [
    { jsonrpc: '2.0', id: 7, result: { f: () => 1, u: undefined, s: Symbol('x'), 2: 'two', 1: 'one', '': 'empty', '"k"': odd, nested: { deep: { list: odd } } } },
    { jsonrpc: '2.0', id: 8, result: { dated: { toJSON: () => ({ items: odd }) }, bare, list: odd } },
    { jsonrpc: '2.0', id: 9, result: odd },
    { jsonrpc: '2.0', method: 'm', params: { a: { b: { c: { d: { e: odd } } } } } },
    { jsonrpc: '2.0', id: 10, result: { t: { toJSON: (k: string) => `key:${k}` }, gone: { toJSON: () => undefined }, ['__proto__']: 1, list: Array(300).fill(1), last: [undefined] } },
  ] as unknown as Message[];
  const writes = await written(messages);
  messages.forEach((m, i) => assert.deepEqual(writes[i], expected(m)));
});
