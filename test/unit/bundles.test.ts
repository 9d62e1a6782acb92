import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import { projectRoot } from '../helpers/root';

const root = projectRoot();

// `npm test` builds first (esbuild.mjs): its `ascii-only` step writes every non-ASCII code unit of the
// bundles as `\uXXXX`, so V8 keeps each bundle's source as a one-byte string (half the memory)
for (const name of ['server.js', 'cli.js', 'client.js']) {
  test(`dist/${name} is ASCII only`, () => {
    const file = path.join(root, 'dist', name);
    const text = fs.readFileSync(file, 'utf8');
    const at = text.search(/[^\x00-\x7f]/);
    assert.equal(at, -1, at < 0 ? '' : `non-ASCII at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`);
  });
}

test('the escaped bundle reads Chinese as before: regular expressions, a raw template and a surrogate pair', () => {
  // the CLI over a title, a date line (publicationDate.ts's raw template) and a speech quote
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'ascii-'));
  const file = path.join(dir, 'a.md');
  fs.writeFileSync(file, '# 国防部长奥斯汀访问柬埔寨😀\n\n发布时间：2024年4月17日\n\n奥斯汀表示：“我们会继续合作。”\n');
  const out = JSON.parse(execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'analyze', '--format', 'json', file], { encoding: 'utf8' }));
  assert.equal(out.publicationDate?.value, '2024-04-17');
  assert.ok(out.entities.some((e: { text: string; type: string }) => e.text === '柬埔寨' && e.type === 'place'));
  assert.equal(out.quotes.find((q: { kind: string }) => q.kind === 'speech')?.speaker, '奥斯汀');
});
