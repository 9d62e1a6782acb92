// `npm run bench`: bundles the benchmark with esbuild, like the shipped server and CLI, so the numbers
// are those of production code (a TypeScript loader would slow the analysis down), then runs it.
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

await esbuild.build({ entryPoints: ['bench/bench.ts'], bundle: true, platform: 'node', target: 'node20', outfile: 'bench/.out/bench.js', external: ['nodejieba'], logLevel: 'warning' });
execFileSync(process.execPath, ['bench/.out/bench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
