// Packages the .vsix for this machine's platform: nodejieba's native binary makes it platform specific.
import { execFileSync } from 'node:child_process';

const target = `${process.platform === 'win32' ? 'win32' : process.platform}-${process.arch}`;
const out = process.argv[2] ?? 'newslens.vsix';
execFileSync('node', ['esbuild.mjs'], { stdio: 'inherit' });
// vsce copies production dependencies (only nodejieba); .vscodeignore keeps just the nodejieba
// files the extension needs (binary, JS, dictionaries): everything else is bundled by esbuild.
// README images are shipped in the .vsix and stay relative (there is no public repository to point at).
execFileSync('npx', ['vsce', 'package', '--no-rewrite-relative-links', '--target', target, '--out', out], { stdio: 'inherit' });
console.log(`packaged ${out} for ${target}`);
