// The real server over stdio, driven by a real JSON-RPC client: initialize, open, edit, hover, symbols, diagnostics.
import { test, after, before } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HoverRequest, DocumentSymbolRequest, SemanticTokensRequest, DocumentDiagnosticRequest, type DocumentSymbol, type Hover, type FullDocumentDiagnosticReport, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { startClient, open, change, type TestClient } from './lspClient';

const seedPath = path.resolve(__dirname, '../../seeds/000_6e34d8bb3fe969e6.txt');
const seed = fs.readFileSync(seedPath, 'utf8');
const uri = pathToFileURL(seedPath).toString();
let client: TestClient;

before(async () => {
  client = await startClient();
  await open(client, uri, seed);
});
after(() => client.close());

function positionOf(text: string, needle: string, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not in text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

test('hover on 董军 shows a person with its mention count', async () => {
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(seed, '董军') });
  assert.match(hoverText(h), /人物 Person\*\* · 董军/);
  assert.match(hoverText(h), /Mentions 提及: \d+/);
});

test('hover on 去年12月 shows 2023-12', async () => {
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(seed, '去年12月') });
  assert.match(hoverText(h), /2023-12/);
});

test('document symbols: title with sections, and the five groups', async () => {
  const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.equal(symbols[0].name, '17个月来首次重要沟通，中美防长这通电话释放什么信号');
  assert.deepEqual(symbols[0].children?.map((s) => s.name), ['高层交往恢复', '涉及台海、南海问题', '警惕危险动向']);
  const groups = symbols.slice(1).map((s) => s.name);
  for (const g of ['人物 People', '地点 Places', '机构 Organizations', '时间 Dates', '引语 Quotes']) assert.ok(groups.includes(g), `missing group ${g}`);
  const people = symbols.find((s) => s.name === '人物 People')!;
  assert.ok(people.children!.some((c) => c.name === '董军'));
});

test('an incremental edit across a surrogate pair updates hover and diagnostics', async () => {
  // Insert "𠮷“" at the start of the first paragraph: an unclosed quote before 董军, and a surrogate pair that shifts columns.
  const p = positionOf(seed, '中国国防部长董军');
  await change(client, uri, 2, { start: p, end: p }, '𠮷“');
  const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  const unbalanced = report.items.filter((d) => d.code === 'quote.unbalanced');
  assert.equal(unbalanced.length, 1, JSON.stringify(report.items.map((d) => d.code)));
  assert.deepEqual(unbalanced[0].range.start, { line: p.line, character: p.character + 2 });
  assert.equal(unbalanced[0].source, 'newslens');
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: p.line, character: p.character + 3 + 6 } });
  assert.match(hoverText(h), /董军/);
  // Remove the two inserted code units' worth of text (𠮷 is 2 UTF-16 units, “ is 1).
  await change(client, uri, 3, { start: p, end: { line: p.line, character: p.character + 3 } }, '');
  const after = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  assert.equal(after.items.filter((d) => d.code === 'quote.unbalanced').length, 0);
});

test('a pull with the last result id is answered unchanged when no diagnostic moved, in full when one did', async () => {
  const other = 'untitled:result-ids.txt';
  const text = '# 标题\n\n有舆论认为，这件事需要调查。\n\n第二段说明情况。';
  await open(client, other, text);
  const pull = (previousResultId?: string) => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: other }, previousResultId }) as Promise<DocumentDiagnosticReport>;
  const first = (await pull()) as FullDocumentDiagnosticReport;
  assert.equal(first.kind, 'full');
  assert.ok(first.resultId && first.items.some((d) => d.code === 'source.vague'), JSON.stringify(first));
  // a character typed in the second paragraph moves no diagnostic
  await change(client, other, 2, { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } }, '的');
  const same = await pull(first.resultId);
  assert.deepEqual(same, { kind: 'unchanged', resultId: first.resultId });
  // one typed before the finding moves it: a full report with a new id
  await change(client, other, 3, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, '的');
  const moved = (await pull(first.resultId)) as FullDocumentDiagnosticReport;
  assert.equal(moved.kind, 'full');
  assert.notEqual(moved.resultId, first.resultId);
  assert.equal(moved.items.find((d) => d.code === 'source.vague')!.range.start.character, first.items.find((d) => d.code === 'source.vague')!.range.start.character + 1);
  // without an id (a client that keeps none), always in full
  assert.equal((await pull()).kind, 'full');
});

test('diagnostics carry codes and the newslens source; a severity setting turns one off', async () => {
  const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  assert.ok(report.items.every((d) => d.source === 'newslens' && typeof d.code === 'string'));
  const quiet = await startClient({ diagnostics: { quote: { unbalanced: 'off' } } });
  try {
    await open(quiet, 'untitled:x', '他说：“没有结尾');
    await new Promise((r) => setTimeout(r, 100)); // let the configuration pull after initialized settle
    const r = (await quiet.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'untitled:x' } })) as FullDocumentDiagnosticReport;
    assert.equal(r.items.filter((d) => d.code === 'quote.unbalanced').length, 0);
  } finally {
    await quiet.close();
  }
});

test('newslens.maxDiagnostics keeps the most severe and says how many were left out', async () => {
  const capped = await startClient({ maxDiagnostics: 1 });
  try {
    await open(capped, 'untitled:y', '有舆论认为如此。他说：“没有结尾');
    await new Promise((r) => setTimeout(r, 100)); // let the configuration pull after initialized settle
    const r = (await capped.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: 'untitled:y' } })) as FullDocumentDiagnosticReport;
    assert.deepEqual(r.items.map((d) => d.code), ['quote.unbalanced', 'diagnostics.limit']);
    assert.match(r.items[1].message as string, /1 more/);
  } finally {
    await capped.close();
  }
});

test('semantic tokens mark 董军 as a person (function) and 去年12月 as a date (number)', async () => {
  const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  const decoded: { line: number; character: number; length: number; type: number }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens!.data.length; i += 5) {
    const [dl, dc, length, type] = tokens!.data.slice(i, i + 4);
    line += dl;
    character = dl ? dc : character + dc;
    decoded.push({ line, character, length, type });
  }
  const at = (needle: string) => decoded.find((t) => t.line === positionOf(seed, needle).line && t.character === positionOf(seed, needle).character);
  assert.equal(at('董军')?.type, 0);
  assert.equal(at('去年12月')?.type, 3);
});
