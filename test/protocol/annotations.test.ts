// Fact-check annotations through the real server: code action → command → sidecar → diagnostic,
// anchors kept through edits, removal, lexicon corrections, export.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  HoverRequest,
  type CodeAction,
  type FullDocumentDiagnosticReport,
  type Hover,
} from 'vscode-languageserver-protocol';
import { startClient, open, change, type TestClient } from './lspClient';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-ann-'));
const file = path.join(dir, 'article.txt');
const text = '# 标题\n\n国防部长董军表示，两军关系稳定。\n\n第二段有评论称，局势紧张。\n';
fs.writeFileSync(file, text);
const uri = pathToFileURL(file).toString();
let client: TestClient;

before(async () => {
  client = await startClient({}, dir);
  await open(client, uri, text);
});
after(() => client.close());

const pos = (t: string, needle: string) => {
  const at = t.indexOf(needle);
  const lines = t.slice(0, at).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
};
const diagnostics = async () => ((await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport).items;

test('a code action on a selection offers the five verdicts and lexicon corrections', async () => {
  const start = pos(text, '董军');
  const range = { start, end: { line: start.line, character: start.character + 2 } };
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })) as CodeAction[];
  const titles = actions.map((a) => a.title);
  assert.equal(titles.filter((t) => t.startsWith('Fact-check “董军”')).length, 5);
  assert.ok(titles.includes('“董军” is not an entity 非实体'));
});

test('one command adds a verdict: sidecar written in the W3C model, diagnostic shown, anchor kept through an edit, then removed', async () => {
  const start = pos(text, '两军关系稳定');
  const range = { start, end: { line: start.line, character: start.character + 6 } };
  const r = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'newslens.annotate', arguments: [{ uri, range, verdict: 'false', note: '数据有误', sources: ['https://example.com/a'] }] });
  assert.equal((r as { ok: boolean }).ok, true, JSON.stringify(r));
  const sidecar = JSON.parse(fs.readFileSync(`${file}.annotations.json`, 'utf8'));
  assert.equal(sidecar.type, 'AnnotationCollection');
  const anno = sidecar.first.items?.[0] ?? sidecar.first[0] ?? sidecar.items?.[0];
  assert.ok(anno, JSON.stringify(sidecar).slice(0, 300));
  assert.equal(anno.motivation, 'assessing');
  const quote = anno.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
  assert.equal(quote.exact, '两军关系稳定');
  let d = (await diagnostics()).filter((x) => x.code === 'factcheck.false');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 2);
  assert.match(String(d[0].message), /数据有误/);
  assert.deepEqual(d[0].range.start, start);
  // Typing before the annotated text on the same line moves the diagnostic with it.
  const at = pos(text, '国防部长');
  await change(client, uri, 2, { start: at, end: at }, '𠮷');
  d = (await diagnostics()).filter((x) => x.code === 'factcheck.false');
  assert.deepEqual(d[0].range.start, { line: start.line, character: start.character + 2 });
  const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: start.line, character: start.character + 3 } })) as Hover;
  assert.match((hover.contents as { value: string }).value, /不实 False/);
  const id = anno.id;
  await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'newslens.removeAnnotation', arguments: [{ uri, id }] });
  assert.equal((await diagnostics()).filter((x) => x.code === 'factcheck.false').length, 0);
});

test('"Not an entity" writes the workspace lexicon and the entity disappears', async () => {
  const r = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'newslens.setLexiconEntry', arguments: [{ word: '董军', type: 'none' }] });
  assert.equal((r as { ok: boolean }).ok, true);
  assert.match(fs.readFileSync(path.join(dir, '.newslens', 'lexicon.txt'), 'utf8'), /^董军 none$/m);
  const report = (await client.connection.sendRequest('newslens/analysis', { uri })) as { entities: { text: string }[] };
  assert.ok(!report.entities.some((e) => e.text === '董军'));
});

test('an untitled document gets a clear refusal, nothing written', async () => {
  await open(client, 'untitled:new', '他说：“好。”');
  const r = await client.connection.sendRequest(ExecuteCommandRequest.type, {
    command: 'newslens.annotate',
    arguments: [{ uri: 'untitled:new', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, verdict: 'true' }],
  });
  assert.equal((r as { ok: boolean }).ok, false);
  assert.match((r as { message: string }).message, /untitled|not a file/);
});

test('export returns brat and CSV text for the open document', async () => {
  const csv = (await client.connection.sendRequest('newslens/export', { uri, format: 'csv' })) as string;
  assert.match(csv, /^name,type,aliases,mentions/);
  const bad = (await client.connection.sendRequest('newslens/export', { uri, format: 'pdf' })) as { ok: boolean };
  assert.equal(bad.ok, false);
});
