// The shape of server/src, read from the source with the TypeScript compiler API: the import graph
// (every relative `import`, `import type`, `export … from`, `import x = require()` and `import()`),
// the layers of the analysis, what the server, features and CLI may import from each other, and the
// size of files and functions.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const src = path.resolve(__dirname, '../../server/src');
const files = fs.readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => f.split(path.sep).join('/')).sort();
const parsed = new Map(files.map((f) => [f, ts.createSourceFile(f, fs.readFileSync(path.join(src, f), 'utf8'), ts.ScriptTarget.Latest, true)]));

/** The relative module specifiers a file names, wherever it names them. */
function specifiers(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) out.push(n.moduleSpecifier.text);
    else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference) && ts.isStringLiteral(n.moduleReference.expression)) out.push(n.moduleReference.expression.text);
    else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments.length > 0 && ts.isStringLiteral(n.arguments[0])) out.push(n.arguments[0].text);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out.filter((s) => s.startsWith('.'));
}

/** A relative specifier of `from` as a path under server/src (`analysis/types.ts`), or as written when it leaves it. */
function resolve(from: string, spec: string): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (parsed.has(candidate)) return candidate;
  return base;
}

const imports = new Map(files.map((f) => [f, [...new Set(specifiers(parsed.get(f)!).map((s) => resolve(f, s)))]]));

/** Every `importer → imported` pair for which `bad` says yes. */
function edges(bad: (from: string, to: string) => boolean): string[] {
  const out: string[] = [];
  for (const [from, tos] of imports) for (const to of tos) if (bad(from, to)) out.push(`${from} → ${to}`);
  return out;
}

test('the import graph reads every kind of import', () => {
  assert.ok(files.length > 50);
  const article = imports.get('analysis/article.ts')!;
  assert.ok(article.includes('analysis/types.ts'), 'import type');
  assert.ok(article.includes('analysis/reuse/cachedAnalysis.ts'));
  assert.ok(imports.get('analysis/quotes/index.ts')!.includes('analysis/quotes/units.ts'), 'export … from and import');
});

/** The cycles of a graph: its strongly connected components of more than one node, or a node importing itself (Tarjan). */
function findCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)!.includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return cycles;
}

test('cycles are found', () => {
  const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['d']], ['e', ['a']]]);
  assert.deepEqual(findCycles(g), [['a', 'b', 'c'], ['d']]);
  assert.deepEqual(findCycles(new Map([['a', ['b']], ['b', []]])), []);
});

test('no import cycle anywhere in server/src', () => {
  assert.deepEqual(findCycles(imports), []);
});

/** The analysis layers, lowest first: a file imports only its own layer or lower ones. */
const BASE = new Set(['types.ts', 'tokens.ts', 'sentences.ts', 'structure.ts', 'softWraps.ts', 'longLines.ts', 'publicationDate.ts', 'lowerBound.ts']);
const DOMAIN = new Set(['entities', 'dates', 'quotes', 'annotations', 'script', 'claims']);
/**
 * Imports between domain folders. `quotes→entities`: a speaker phrase is checked against the entity
 * module's name shapes and lexicons (`isChineseName`, `ORGANIZATIONS`, issue 16), read-only data.
 */
const DOMAIN_LINKS = new Set<string>(['quotes→entities']);

function layerOf(f: string): { rank: number; name: string } | null {
  const rel = f.slice('analysis/'.length);
  const folder = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : null;
  if (BASE.has(rel)) return { rank: 0, name: 'base' };
  if (folder && DOMAIN.has(folder)) return { rank: 1, name: folder };
  if (folder === 'reuse') return { rank: 2, name: 'reuse' };
  if (rel === 'article.ts') return { rank: 3, name: 'article' };
  return null;
}

const analysisFiles = files.filter((f) => f.startsWith('analysis/'));

test('every analysis file belongs to a layer: base, domain (entities/, dates/, quotes/, annotations/), reuse/, article.ts', () => {
  assert.deepEqual(analysisFiles.filter((f) => !layerOf(f)), []);
});

test('within analysis/, nothing imports a higher layer, and domain folders import each other only where listed', () => {
  const bad = edges((from, to) => {
    if (!from.startsWith('analysis/') || !to.startsWith('analysis/') || to.endsWith('.json')) return false;
    const a = layerOf(from);
    const b = layerOf(to);
    if (!a || !b) return false;
    if (a.rank !== b.rank) return a.rank < b.rank;
    return a.rank === 1 && a.name !== b.name && !DOMAIN_LINKS.has(`${a.name}→${b.name}`);
  });
  assert.deepEqual(bad, []);
});

test('the domain modules know nothing of caching (no reuse/ import; no placed, run or memo fields)', () => {
  const domain = analysisFiles.filter((f) => layerOf(f)?.rank === 1);
  const fields: string[] = [];
  for (const f of domain) {
    const visit = (n: ts.Node): void => {
      if ((ts.isPropertySignature(n) || ts.isPropertyDeclaration(n)) && ts.isIdentifier(n.name) && /^(placed|placedRun|run|memo)$/.test(n.name.text)) fields.push(`${f}: ${n.name.text}`);
      ts.forEachChild(n, visit);
    };
    visit(parsed.get(f)!);
  }
  assert.deepEqual(fields, []);
});

test('analysis/ imports nothing outside analysis/ except JSON data', () => {
  assert.deepEqual(edges((from, to) => from.startsWith('analysis/') && !to.startsWith('analysis/') && !to.endsWith('.json')), []);
});

test('features/ imports nothing from annotationStore.ts, analysisStore.ts, lsp/ or cli/', () => {
  assert.deepEqual(edges((from, to) => from.startsWith('features/') && (to === 'annotationStore.ts' || to === 'analysisStore.ts' || to.startsWith('lsp/') || to.startsWith('cli/'))), []);
});

test('workspace/ (the index as pure data) imports only analysis/, common/ and itself, and no Node module', () => {
  assert.deepEqual(edges((from, to) => from.startsWith('workspace/') && !/^(analysis|common|workspace)\//.test(to)), []);
  const nodeImports = files.filter((f) => f.startsWith('workspace/')).filter((f) => /from '(node:|fs|path|os|worker_threads)/.test(parsed.get(f)!.text));
  assert.deepEqual(nodeImports, []);
});

test('cli/ imports nothing from features/ or lsp/', () => {
  assert.deepEqual(edges((from, to) => from.startsWith('cli/') && (to.startsWith('features/') || to.startsWith('lsp/'))), []);
});

test('nothing outside cli/ imports from cli/', () => {
  assert.deepEqual(edges((from, to) => !from.startsWith('cli/') && to.startsWith('cli/')), []);
});

const MAX_FUNCTION_LINES = 60;
const MAX_FILE_LINES = 300;

/** The functions of `sf` longer than the limit, as `file:line name (n lines)`. */
function longFunctions(f: string, sf: ts.SourceFile): string[] {
  const long: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const first = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
      const lines = sf.getLineAndCharacterOfPosition(n.getEnd()).line - first + 1;
      if (lines > MAX_FUNCTION_LINES) long.push(`${f}:${first + 1} ${nameOf(n)} (${lines} lines)`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return long;
}

test('the function-size rule counts from the first line to the closing brace, methods and arrows too', () => {
  const body = (n: number) => '  g();\n'.repeat(n);
  const text = `function ok() {\n${body(58)}}\nclass C {\n  long() {\n${body(59)}  }\n}\nconst arrow = () => {\n${body(59)}};\n`;
  const sf = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  assert.deepEqual(longFunctions('x.ts', sf), ['x.ts:62 long (61 lines)', 'x.ts:124 arrow (61 lines)']);
});

test(`every function in server/src is at most ${MAX_FUNCTION_LINES} lines`, () => {
  assert.deepEqual([...parsed].flatMap(([f, sf]) => longFunctions(f, sf)), []);
});

function nameOf(n: ts.Node): string {
  const named = n as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  if (ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) return n.parent.name.text;
  if (ts.isPropertyAssignment(n.parent) && ts.isIdentifier(n.parent.name)) return n.parent.name.text;
  return ts.SyntaxKind[n.kind];
}

test(`every .ts file in server/src is at most ${MAX_FILE_LINES} lines`, () => {
  const long: string[] = [];
  for (const [f, sf] of parsed) {
    const lines = sf.getLineAndCharacterOfPosition(sf.getEnd()).line + (sf.text.endsWith('\n') ? 0 : 1);
    if (lines > MAX_FILE_LINES) long.push(`${f} (${lines} lines)`);
  }
  assert.deepEqual(long, []);
});
