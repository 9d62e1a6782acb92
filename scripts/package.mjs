// Packages the .vsix for this machine's platform: nodejieba's native binary makes it platform specific.
// Before packaging, checks that every %key% of package.json and every vscode.l10n.t string of the
// client has its English and zh-cn text; after, prints what takes the space in the .vsix.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const target = `${process.platform === 'win32' ? 'win32' : process.platform}-${process.arch}`;
const out = process.argv[2] ?? 'newslens.vsix';

/** Missing translations: %keys% without text in package.nls*.json, l10n.t strings without zh-cn text. */
function missingStrings() {
  const read = (f) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8'));
  const keys = [...readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  const problems = [];
  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const nls = read(file);
    for (const k of keys) if (typeof nls[k] !== 'string') problems.push(`${file} has no "${k}"`);
  }
  const bundle = read('l10n/bundle.l10n.zh-cn.json');
  const client = path.join(ROOT, 'client', 'src');
  for (const f of readdirSync(client).filter((n) => n.endsWith('.ts'))) {
    for (const m of readFileSync(path.join(client, f), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      if (typeof bundle[m[1]] !== 'string') problems.push(`l10n/bundle.l10n.zh-cn.json has no "${m[1]}" (client/src/${f})`);
    }
  }
  return problems;
}

/** The entries of a zip's central directory: name, compressed and uncompressed size. */
function zipEntries(file) {
  const zip = readFileSync(file);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const entries = [];
  for (let i = 0, at = zip.readUInt32LE(eocd + 16); i < zip.readUInt16LE(eocd + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), packed: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

const GROUPS = [
  ['entity model weights', /server\/resources\/entity-model\.bin$/],
  ['nodejieba dictionaries', /nodejieba\/submodules\//],
  ['nodejieba native binary', /nodejieba\.node$/],
  ['server bundle', /dist\/server\.js$/],
  ['client bundle', /dist\/client\.js$/],
  ['README screenshots', /docs\/screenshots\//],
  ['everything else', /./],
];

function report(file) {
  const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
  const sums = new Map(GROUPS.map(([g]) => [g, { packed: 0, size: 0, files: 0 }]));
  for (const e of zipEntries(file)) {
    const s = sums.get(GROUPS.find(([, re]) => re.test(e.name))[0]);
    s.packed += e.packed;
    s.size += e.size;
    s.files++;
  }
  console.log(`${out}: ${mb(statSync(file).size)}`);
  for (const [g, s] of sums) if (s.files) console.log(`  ${g.padEnd(26)} ${mb(s.packed).padStart(9)} packed, ${mb(s.size).padStart(9)} unpacked, ${s.files} file(s)`);
}

const missing = missingStrings();
if (missing.length) {
  console.error(`untranslated strings:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
execFileSync('node', ['esbuild.mjs'], { stdio: 'inherit', cwd: ROOT });
// vsce copies production dependencies; .vscodeignore keeps just the nodejieba files the extension
// needs (binary, JS, dictionaries): everything else is bundled by esbuild.
// README images are shipped in the .vsix and stay relative (the repository URL is a placeholder).
execFileSync('npx', ['vsce', 'package', '--no-rewrite-relative-links', '--target', target, '--out', out], { stdio: 'inherit', cwd: ROOT });
console.log(`packaged ${out} for ${target}`);
report(path.resolve(ROOT, out));
