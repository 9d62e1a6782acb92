// server/src/analysis/ stays pure: no editor, protocol or Node imports (the lint rule
// microsoft/vscode-markdown-languageservice enforces with no-restricted-imports, as a test here).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';

const root = path.resolve(__dirname, '../../server/src/analysis');
const forbidden = new Set([...builtinModules, 'vscode', 'nodejieba']);
const isForbidden = (spec: string) => spec.startsWith('node:') || forbidden.has(spec.split('/')[0]) || spec.startsWith('vscode-languageserver');

test('analysis modules import only analysis modules and JSON data', () => {
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 10);
  const bad: string[] = [];
  for (const f of files) {
    const src = fs.readFileSync(path.join(root, f), 'utf8');
    for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2];
      if (isForbidden(spec)) bad.push(`${f}: ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});
