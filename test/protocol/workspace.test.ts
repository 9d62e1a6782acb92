// The workspace index over the protocol, with a real server process on a folder of articles:
// Go to Symbol in Workspace, references across two articles, rename with confirmation annotations,
// a file changed on disk, and what a client without change annotations gets.
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, SymbolInformation, WorkspaceEdit, TextDocumentEdit, AnnotatedTextEdit } from 'vscode-languageserver-protocol';
import { startClient, open, type TestClient } from './lspClient';

const ARTICLES: Record<string, string> = {
  'a.md': '# 古普塔访问新德里\n\n印度总理苏拉布·古普塔12日表示，古普塔将访问新德里。\n',
  'b.md': '# 会谈\n\n古普塔说，会谈很顺利。\n',
  'c.md': '# 天气预报\n\n北京今天下雪。\n',
};
const CAPABILITIES = { workspace: { configuration: true, workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } }, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { diagnostic: {}, rename: { prepareSupport: true } } };

let dir: string;
let client: TestClient;
const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;
/** Where `needle` starts in article `f` (first occurrence after `from`). */
function positionOf(f: string, needle: string, from = 0) {
  const lines = ARTICLES[f].split('\n');
  for (let line = 0; line < lines.length; line++) {
    const character = lines[line].indexOf(needle, line === 2 ? from : 0);
    if (character >= 0) return { line, character };
  }
  throw new Error(`${needle} not in ${f}`);
}

async function indexed(articles: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const last = client.notifications.filter((n) => n.method === 'newslens/indexStatus').pop()?.params as { articles: number; pending: number } | undefined;
    if (last && last.pending === 0 && last.articles === articles) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not indexed: ${JSON.stringify(client.notifications.filter((n) => n.method === 'newslens/indexStatus').pop())}`);
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-ws-'));
  for (const [f, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, f), text);
  client = await startClient({}, dir, { capabilities: CAPABILITIES, initializationOptions: { storagePath: path.join(dir, '.storage') } });
  await open(client, uri('a.md'), ARTICLES['a.md'], 'markdown');
  await indexed(3);
});
after(() => client?.close());

test('workspace/symbol: an entity with its type and article count, and article titles', async () => {
  const found = (await client.connection.sendRequest('workspace/symbol', { query: '古普' })) as SymbolInformation[];
  const gupta = found.find((s) => s.name === '苏拉布·古普塔');
  assert.ok(gupta, JSON.stringify(found));
  assert.equal(gupta.containerName, 'person · 2 articles');
  assert.equal(gupta.location.uri, uri('a.md'));
  const titles = (await client.connection.sendRequest('workspace/symbol', { query: '天气' })) as SymbolInformation[];
  assert.deepEqual(titles.map((s) => [s.name, s.location.uri]), [['天气预报', uri('c.md')]]);
});

test('references: the mentions in the open article and in the closed one, aliases included', async () => {
  const locations = (await client.connection.sendRequest('textDocument/references', { textDocument: { uri: uri('a.md') }, position: positionOf('a.md', '古普塔', 12), context: { includeDeclaration: true } })) as Location[];
  const byFile = locations.map((l) => `${path.basename(new URL(l.uri).pathname)}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`);
  assert.deepEqual(byFile, ['a.md:0:2-5', 'a.md:2:4-11', 'a.md:2:17-20', 'b.md:2:0-3']);
});

test('rename: this article at once, the other article behind a change annotation that needs confirmation', async () => {
  const edit = (await client.connection.sendRequest('textDocument/rename', { textDocument: { uri: uri('a.md') }, position: positionOf('a.md', '古普塔', 12), newName: '古帕塔' })) as WorkspaceEdit;
  const changes = edit.documentChanges as TextDocumentEdit[];
  const summary = changes.map((c) => [path.basename(new URL(c.textDocument.uri).pathname), c.textDocument.version, (c.edits as AnnotatedTextEdit[]).map((e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.character}=${e.newText}@${e.annotationId}`)]);
  assert.deepEqual(summary, [
    ['a.md', 1, ['0:2-5=古帕塔@newslens.rename.here', '2:8-11=古帕塔@newslens.rename.here', '2:17-20=古帕塔@newslens.rename.here']],
    ['b.md', null, ['2:0-3=古帕塔@newslens.rename.elsewhere']],
  ]);
  assert.equal(edit.changeAnnotations?.['newslens.rename.elsewhere'].needsConfirmation, true);
  assert.equal(edit.changeAnnotations?.['newslens.rename.here'].needsConfirmation, false);
});

test('prepareRename refuses a position that is not an entity, with a message', async () => {
  await assert.rejects(client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: uri('a.md') }, position: positionOf('a.md', '表示') }), /no entity here/);
  const ok = (await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: uri('a.md') }, position: positionOf('a.md', '新德里', 12) })) as { placeholder: string };
  assert.equal(ok.placeholder, '新德里');
});

test('a file created on disk is in workspace symbols once its file event arrives', async () => {
  const file = path.join(dir, 'd.md');
  fs.writeFileSync(file, '# 访问\n\n莫迪总理昨天到访孟买。\n');
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 1 }] });
  await indexed(4);
  const found = (await client.connection.sendRequest('workspace/symbol', { query: '孟买' })) as SymbolInformation[];
  assert.deepEqual(found.map((s) => s.location.uri), [pathToFileURL(file).href]);
  fs.rmSync(file);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 3 }] });
  await indexed(3);
  assert.deepEqual(await client.connection.sendRequest('workspace/symbol', { query: '孟买' }), []);
});

test('the sidebar requests: entity rows by type, an entity\'s articles with their lines', async () => {
  const rows = (await client.connection.sendRequest('newslens/workspaceEntities', {})) as { types: { type: string; rows: { key: string; name: string; articles: number }[] }[] };
  const people = rows.types.find((t) => t.type === 'person')!.rows;
  const gupta = people.find((r) => r.name === '苏拉布·古普塔')!;
  assert.equal(gupta.articles, 2);
  const arts = (await client.connection.sendRequest('newslens/entityArticles', { key: gupta.key })) as { articles: { uri: string; title: string; places: { line: string }[] }[] };
  assert.deepEqual(arts.articles.map((a) => [a.title, a.places.length]), [['古普塔访问新德里', 3], ['会谈', 1]]);
  assert.equal(arts.articles[1].places[0].line, '古普塔说，会谈很顺利。');
  const queue = (await client.connection.sendRequest('newslens/factCheckQueue', {})) as { verdicts: unknown[]; unreviewed: { text: string; note: string }[] };
  assert.deepEqual(queue.verdicts, []);
  assert.deepEqual(queue.unreviewed, []);
});

test('a client without change annotations gets a rename of the current article only', async () => {
  const plain = await startClient({}, dir, { initializationOptions: { storagePath: path.join(dir, '.storage2') } });
  try {
    await open(plain, uri('a.md'), ARTICLES['a.md'], 'markdown');
    const edit = (await plain.connection.sendRequest('textDocument/rename', { textDocument: { uri: uri('a.md') }, position: positionOf('a.md', '古普塔', 12), newName: '古帕塔' })) as WorkspaceEdit;
    assert.deepEqual(Object.keys(edit.changes ?? {}), [uri('a.md')]);
  } finally {
    await plain.close();
  }
});
