// The e2e assertions through the VS Code API, run in VS Code's extension host by @vscode/test-electron.
// NewsLens is the extension installed from newslens.vsix (see ../run.mjs); this file only looks at it.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const SEED = '000_6e34d8bb3fe969e6.txt';
const FIXTURE = 'weekday-and-quote.txt';
const GROUPS = ['人物 People', '地点 Places', '机构 Organizations', '时间 Dates', '引语 Quotes'];

/** Polls `probe` until it returns something truthy; throws after `timeoutMs` with the last value seen. */
async function until(what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const find = (symbols, name) => symbols.flatMap((s) => [...(s.name === name ? [s] : []), ...find(s.children ?? [], name)]);
const names = (symbol) => (symbol?.children ?? []).map((c) => c.name);
const hoverText = (hovers) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
const codeOf = (d) => (typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code));

async function open(file) {
  const [folder] = vscode.workspace.workspaceFolders ?? [];
  assert.ok(folder, 'VS Code was started without the fixture workspace');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, file));
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}

async function hoverAt(doc, needle, ready) {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} is not in ${path.basename(doc.uri.fsPath)}`);
  const position = doc.positionAt(offset + 1);
  return until(`a hover over ${needle}`, async () => {
    const text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, position));
    return ready(text) ? text : null;
  });
}

async function newslensDiagnostics(uri, ready) {
  return until('NewsLens diagnostics', () => {
    const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'newslens');
    return ready(diagnostics.map(codeOf)) ? diagnostics : null;
  });
}

exports.run = async function run() {
  const results = { passed: 0, failed: 0 };
  const check = async (name, fn) => {
    try {
      const seen = await fn();
      results.passed++;
      console.log(`ok - ${name}${seen ? `\n        ${seen}` : ''}`);
    } catch (err) {
      results.failed++;
      console.log(`not ok - ${name}\n        ${String(err?.stack ?? err).replace(/\n/g, '\n        ')}`);
    }
  };
  const extension = vscode.extensions.getExtension('newslens.newslens');
  await check('5. the NewsLens running here is the one installed from newslens.vsix', async () => {
    assert.ok(extension, 'newslens.newslens is not installed');
    assert.equal(path.dirname(extension.extensionPath), process.env.NEWSLENS_EXTENSIONS_DIR, 'NewsLens was not loaded from the extensions folder the .vsix was installed into');
    assert.equal(extension.packageJSON.version, process.env.NEWSLENS_EXPECTED_VERSION);
    return `${extension.id}@${extension.packageJSON.version} from ${extension.extensionPath}`;
  });

  const seed = await open(SEED);
  await check('1. opening the article activates NewsLens and its server answers', async () => {
    await until('NewsLens to activate', () => extension?.isActive);
    const symbols = await until('document symbols from the server', async () => (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', seed.doc.uri))?.length);
    return `active; the server returned ${symbols} top-level symbols`;
  });
  await check('2. document symbols: the title, the sections and the 人物/地点/机构/时间/引语 groups with known items', async () => {
    const symbols = await until('all five groups', async () => {
      const s = (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', seed.doc.uri)) ?? [];
      return GROUPS.every((g) => find(s, g).length) ? s : null;
    });
    const title = find(symbols, '17个月来首次重要沟通，中美防长这通电话释放什么信号')[0];
    assert.ok(title, `no title symbol: ${symbols.map((s) => s.name).join(' | ')}`);
    assert.deepEqual(names(title).filter((n) => ['高层交往恢复', '涉及台海、南海问题', '警惕危险动向'].includes(n)), ['高层交往恢复', '涉及台海、南海问题', '警惕危险动向']);
    const group = (g) => find(symbols, g)[0];
    for (const [g, items] of Object.entries({ '人物 People': ['董军', '奥斯汀'], '地点 Places': ['柬埔寨', '旧金山'], '机构 Organizations': ['中国人民解放军'] })) {
      for (const item of items) assert.ok(names(group(g)).includes(item), `${item} not under ${g}: ${names(group(g)).join(' | ')}`);
    }
    assert.ok(find([group('时间 Dates')], '去年12月')[0]?.detail.includes('2023-12'), '时间 Dates has no 去年12月 → 2023-12');
    const quotes = group('引语 Quotes').children.flatMap((s) => [s.name, ...names(s)]);
    assert.ok(quotes.some((q) => q.startsWith('“我完全期待')), `引语 Quotes lacks “我完全期待…: ${quotes.join(' | ')}`);
    return GROUPS.map((g) => `${g} (${group(g).children.length})`).join(', ');
  });
  await check('3a. the hover over 董军 is the person hover', async () => {
    const text = await hoverAt(seed.doc, '董军', (t) => t.includes('人物 Person'));
    assert.match(text, /^\*\*人物 Person\*\* · 董军/);
    return text.split('\n')[0];
  });
  await check('3b. the hover over 去年12月 shows 2023-12', async () => {
    const text = await hoverAt(seed.doc, '去年12月', (t) => t.includes('时间 Date'));
    assert.ok(text.includes('2023-12'), text);
    return text.split('\n')[0];
  });

  const fixture = await open(FIXTURE);
  await check('4a. diagnostics for the fixture include quote.unbalanced and date.weekday-mismatch', async () => {
    const diagnostics = await newslensDiagnostics(fixture.doc.uri, (codes) => codes.includes('quote.unbalanced') && codes.includes('date.weekday-mismatch'));
    return diagnostics.map((d) => `${codeOf(d)} [Ln ${d.range.start.line + 1}]`).join(', ');
  });
  await check('4b. typing the missing ” removes quote.unbalanced; the weekday mismatch stays', async () => {
    const line = fixture.doc.getText().split('\n').findIndex((l) => l.includes('“') && !l.includes('”'));
    assert.ok(line >= 0, `${FIXTURE} has no line with an unclosed “`);
    const end = fixture.doc.lineAt(line).range.end;
    fixture.editor.selection = new vscode.Selection(end, end);
    // The `type` command is what a keystroke runs in the editor.
    await vscode.commands.executeCommand('type', { text: '”' });
    assert.ok(fixture.doc.lineAt(line).text.endsWith('”'), `line ${line + 1} is now: ${fixture.doc.lineAt(line).text}`);
    const diagnostics = await newslensDiagnostics(fixture.doc.uri, (codes) => !codes.includes('quote.unbalanced') && codes.includes('date.weekday-mismatch'));
    return diagnostics.map((d) => codeOf(d)).join(', ');
  });

  console.log(`electron: ${results.passed} passed, ${results.failed} failed`);
  if (results.failed) throw new Error(`${results.failed} NewsLens assertion(s) failed`);
};
