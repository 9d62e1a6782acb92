// FrameWriter writes the bytes vscode-jsonrpc's StreamMessageWriter writes (header, then UTF-8 JSON),
// one write per message, for small messages and large ones (the kept buffer, reused), with CJK text,
// surrogate pairs and a lone surrogate.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { FrameWriter } from '../../server/src/node/frameWriter';

function expected(msg: Message): Buffer {
  const body = Buffer.from(JSON.stringify(msg), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

test('each message is one write of its header and UTF-8 JSON body, large ones through a reused buffer', async () => {
  const writes: Buffer[] = [];
  // copied: a large frame's buffer is reused once its write is done
  const out = new Writable({ write: (chunk: Buffer, _enc, done) => (writes.push(Buffer.from(chunk)), done()) });
  const writer = new FrameWriter(out);
  const item = (i: number) => ({ range: { start: { line: i, character: 1 } }, message: `“董军”说 𠮷👍 \ud800 ${i}`, code: 'quote.unattributed' });
  const messages: Message[] = [
    { jsonrpc: '2.0', id: 1, result: null } as Message,
    { jsonrpc: '2.0', id: 2, result: { items: Array.from({ length: 3000 }, (_, i) => item(i)) } } as Message,
    { jsonrpc: '2.0', id: 3, result: { items: Array.from({ length: 2500 }, (_, i) => item(i + 7)) } } as Message,
    { jsonrpc: '2.0', id: 4, result: { items: Array.from({ length: 4000 }, (_, i) => item(i * 3)) } } as Message,
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '日志' } } as Message,
  ];
  for (const m of messages) await writer.write(m);
  assert.equal(writes.length, messages.length);
  messages.forEach((m, i) => assert.deepEqual(writes[i], expected(m)));
});
