// Clients nobody here wrote: no handlers for server→client requests, no pull diagnostics, requests out
// of lifecycle order, malformed parameters and framing, and edits that overtake requests in flight.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  SemanticTokensRequest,
  type ClientCapabilities,
  type MessageConnection,
  type DocumentSymbol,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { SERVER_NODE_FLAGS } from '../../client/src/serverFlags';
import { SERVER } from './lspClient';

const seed = fs.readFileSync(path.resolve(__dirname, '../../seeds/000_6e34d8bb3fe969e6.txt'), 'utf8');

/** A bare client: it answers no server→client request (each gets MethodNotFound), and records them. */
function bareClient() {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const asked: string[] = [];
  const pushed: PublishDiagnosticsParams[] = [];
  let exited = false;
  child.on('exit', () => (exited = true));
  // the star handler (every request without a handler of its own), typed on MessageConnection only
  (connection as unknown as MessageConnection).onRequest((method: string) => {
    asked.push(method);
    return new ResponseError(ErrorCodes.MethodNotFound, `no handler for ${method}`);
  });
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => void pushed.push(p));
  connection.listen();
  const initialize = async (capabilities: ClientCapabilities) => {
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities });
    await connection.sendNotification(InitializedNotification.type, {});
  };
  const close = async () => {
    connection.dispose();
    child.kill();
  };
  return { child, connection, asked, pushed, initialize, close, exited: () => exited };
}

async function until(what: string, ok: () => boolean, ms = 15000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const errorCode = (p: Promise<unknown>) => p.then(() => 0, (e: { code?: number }) => e.code ?? -1);

test('a client with no pull diagnostics and no handlers gets pushed, versioned diagnostics, and the server survives refreshes', async () => {
  const c = bareClient();
  try {
    await c.initialize({});
    const uri = 'file:///tmp/push/2024/04/17/seed.txt';
    await c.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text: seed } });
    await until('publishDiagnostics', () => c.pushed.some((p) => p.uri === uri && p.version === 1 && p.diagnostics.length > 0));
    // settings and lexicons changed: a pull client would be asked to refresh; this one gets pushes
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { newslens: { diagnostics: { source: { vague: 'off' } } } } });
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '𠮷' }] });
    await until('diagnostics of version 2', () => c.pushed.some((p) => p.version === 2));
    const v2 = c.pushed.filter((p) => p.version === 2).at(-1)!;
    assert.ok(v2.diagnostics.every((d) => d.code !== 'source.vague'), 'the pushed setting applies');
    const hover = await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 2 } });
    assert.ok(hover === null || typeof hover === 'object');
    assert.deepEqual(c.asked, [], 'the server asked nothing the client did not declare');
    assert.equal(c.exited(), false);
  } finally {
    await c.close();
  }
});

test('requests out of lifecycle order and malformed ones get the error codes the spec names, and the server goes on', async () => {
  const c = bareClient();
  try {
    const hover = (params: unknown) => c.connection.sendRequest(HoverRequest.type, params as never);
    const valid = { textDocument: { uri: 'file:///none.txt' }, position: { line: 0, character: 0 } };
    assert.equal(await errorCode(hover(valid)), -32002, 'ServerNotInitialized before initialize');
    await c.initialize({ textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: false } } });
    assert.equal(await errorCode(hover({ textDocument: 5 })), -32602, 'InvalidParams for a wrong type');
    assert.equal(await errorCode(hover({ textDocument: { uri: 'file:///x' }, position: { line: -1, character: 'a' } })), -32602);
    assert.equal(await errorCode(c.connection.sendRequest('newslens/nothing', {})), -32601, 'MethodNotFound');
    // a change to a document that was never opened, and a malformed one: ignored
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: 'file:///never.txt', version: 3 }, contentChanges: [{ text: 'x' }] });
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: null, contentChanges: 7 } as never);
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { newslens: { maxDocumentSize: 'big' } } });
    assert.equal(await errorCode(hover(valid)), 0);
    // binary content, a lone surrogate, positions past the end, a version going backwards
    const bin = 'file:///tmp/bin.txt';
    const bytes = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    await c.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bin, languageId: 'plaintext', version: 5, text: `\u0000${bytes}\ud800` } });
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: bin, version: 1 }, contentChanges: [{ range: { start: { line: 900, character: 0 }, end: { line: 901, character: 9 } }, text: '“' }] });
    assert.equal(await errorCode(hover({ textDocument: { uri: bin }, position: { line: 5000, character: 5000 } })), 0);
    assert.equal(await errorCode(c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: bin } })), 0);
    await c.connection.sendRequest('shutdown');
    assert.equal(await errorCode(hover(valid)), -32600, 'InvalidRequest after shutdown');
    assert.deepEqual(c.asked, []);
    assert.equal(c.exited(), false);
  } finally {
    await c.close();
  }
});

test('a header without a valid Content-Length costs only its own message', async () => {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const frame = (o: unknown) => {
    const body = Buffer.from(JSON.stringify(o));
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
  };
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  try {
    child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    child.stdin.write('Content-Type: text/plain\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}');
    child.stdin.write('Content-Length: many\r\n\r\n{"jsonrpc":"2.0","id":3,"method":"shutdown"}');
    child.stdin.write('Content-Length: 5\r\n\r\n{{{{{');
    child.stdin.write(frame({ jsonrpc: '2.0', id: 4, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///none.txt' } } }));
    await until('the answer to the request after the bad ones', () => out.includes('"id":4,"result":[]'));
    assert.ok(!out.includes('"id":2') && !out.includes('"id":3'));
  } finally {
    child.kill();
  }
});

function inside(r: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, r.start) && le(r.end, outer.end);
}

function within(r: Range, text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: Range['start']) => p.line < lines.length && p.character <= lines[p.line].length;
  return ok(r.start) && ok(r.end);
}

test('an edit that overtakes requests in flight: every answer is for the version it was asked about, or ContentModified', async () => {
  const c = bareClient();
  try {
    await c.initialize({ textDocument: { diagnostic: {} } });
    const uri = 'file:///tmp/race/big.txt';
    const big = Array.from({ length: 40 }, () => seed).join('\n\n');
    await c.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text: big } });
    const td = { textDocument: { uri } };
    const tokens = c.connection.sendRequest(SemanticTokensRequest.type, td).then((r) => r, (e) => e);
    const diags = c.connection.sendRequest(DocumentDiagnosticRequest.type, td).then((r) => r, (e) => e);
    const symbols = c.connection.sendRequest(DocumentSymbolRequest.type, td).then((r) => r, (e) => e);
    await new Promise((r) => setTimeout(r, 20));
    const small = '# 标题\n\n董军说：“好的。”去年12月，北京。'.padEnd(40, '。');
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: small }] });
    // the same version number again, with other text: not the analysis of the first
    const other = '# 另一篇\n\n古普塔表示：“不行。”';
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: other }] });
    const answers = [await tokens, await diags, await symbols];
    for (const a of answers) {
      if (a instanceof Error) assert.ok([-32801, -32802].includes((a as unknown as { code: number }).code), `error ${(a as Error).message}`);
    }
    const s = answers[2];
    if (Array.isArray(s)) for (const sym of flatten(s)) assert.ok(within(sym.range, big));
    const fresh = (await c.connection.sendRequest(DocumentSymbolRequest.type, td)) as DocumentSymbol[];
    for (const sym of flatten(fresh)) assert.ok(within(sym.range, other), `${sym.name} inside the current text`);
    assert.ok(flatten(fresh).some((x) => x.name === '古普塔'), 'the analysis of the text sent last');
    const report = await c.connection.sendRequest(DocumentDiagnosticRequest.type, td);
    assert.ok('items' in report && report.items.every((d) => within(d.range, other)));
  } finally {
    await c.close();
  }
});

test('outline: selection ranges inside ranges and children inside parents, with nested quotes and dates out of text order', async () => {
  const c = bareClient();
  try {
    await c.initialize({ textDocument: { diagnostic: {} } });
    const uri = 'file:///tmp/outline/2024/04/17/a.txt';
    const text = '**小节一**\n\n正文。\n\n# 标题\n\n**小节二**\n\n美方重申坚持“基于“与台湾关系法”的一中政策”。\n\n5月3日，董军表示：“很好。”此前的1月2日，他说：“同意。”2023年也是如此。';
    await c.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const symbols = (await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    let checked = 0;
    const walk = (list: DocumentSymbol[], parent?: DocumentSymbol) => {
      for (const s of list) {
        assert.ok(inside(s.selectionRange, s.range), `${s.name}: selectionRange inside range`);
        if (parent) assert.ok(inside(s.range, parent.range), `${s.name} inside ${parent.name}`);
        checked++;
        walk(s.children ?? [], s);
      }
    };
    walk(symbols);
    assert.ok(checked > 8 && symbols.some((s) => s.name === '时间 Dates') && symbols.some((s) => s.name === '引语 Quotes'));
  } finally {
    await c.close();
  }
});

function flatten(list: DocumentSymbol[]): DocumentSymbol[] {
  return list.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}
