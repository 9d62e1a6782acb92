// Packages the .vsix for this machine's platform: nodejieba's native binary makes it platform specific.
import { execFileSync } from 'node:child_process';

const target = `${process.platform === 'win32' ? 'win32' : process.platform}-${process.arch}`;
const out = process.argv[2] ?? 'newslens.vsix';
execFileSync('node', ['esbuild.mjs'], { stdio: 'inherit' });
// vsce copies production dependencies (only nodejieba); .vscodeignore keeps just the nodejieba
// files the extension needs (binary, JS, dictionaries): everything else is bundled by esbuild.
execFileSync('npx', ['vsce', 'package', '--target', target, '--out', out], { stdio: 'inherit' });
console.log(`packaged ${out} for ${target}`);
