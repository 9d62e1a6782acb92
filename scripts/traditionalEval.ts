// Scores the analysis of the gold articles converted to Traditional characters (issue 19): the
// articles and their gold annotations go through the same OpenCC converter (`s2twp`, `s2hk`) into a
// temporary folder (dated folders kept, so publication dates still come from the path), and
// ../shared/eval/score.mjs scores them beside the Simplified originals.
//
//   npm run eval:traditional            (builds first)
//   node --import tsx scripts/traditionalEval.ts [--verbose]
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as OpenCC from 'opencc-js';

const GOLD = path.resolve('../shared/eval/gold');
const SCORER = path.resolve('../shared/eval/score.mjs');
const CMD = 'node dist/cli.js analyze --format json';
/** Gold fields that are not article text: kept as they are. */
const KEEP = new Set(['article', 'file', 'pubdate', 'type', 'kind', 'value', 'optional']);

type Convert = (text: string) => string;

/** Every string of a gold annotation converted, but paths, types and values. */
function convertGold(value: unknown, convert: Convert, key = ''): unknown {
  if (typeof value === 'string') return KEEP.has(key) ? value : convert(value);
  if (Array.isArray(value)) return value.map((v) => convertGold(v, convert, key));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertGold(v, convert, k)]));
  return value;
}

/** Writes converted copies of the gold and its articles under `dir`; returns the gold folder. */
function writeConverted(dir: string, convert: Convert): string {
  const goldDir = path.join(dir, 'gold');
  fs.mkdirSync(goldDir, { recursive: true });
  for (const name of fs.readdirSync(GOLD).filter((n) => n.endsWith('.json'))) {
    const gold = JSON.parse(fs.readFileSync(path.join(GOLD, name), 'utf8')) as { file: string };
    // `file` is relative to the gold folder's parent: the same relative path under `dir`
    const from = path.resolve(path.dirname(GOLD), gold.file);
    const to = path.join(dir, gold.file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, convert(fs.readFileSync(from, 'utf8')));
    fs.writeFileSync(path.join(goldDir, name), JSON.stringify(convertGold(gold, convert), null, 2));
  }
  return goldDir;
}

function score(goldDir: string, verbose: boolean): string {
  const out = execFileSync('node', [SCORER, '--gold', goldDir, '--batch', '--cmd', CMD, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return verbose ? out : out.split('\n').filter((l) => l.startsWith('summary')).join('\n');
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-traditional-'));
  try {
    console.log(`simplified ${score(GOLD, verbose)}`);
    for (const to of ['twp', 'hk'] as const) {
      const convert = OpenCC.Converter({ from: 'cn', to });
      console.log(`s2${to}${' '.repeat(7 - to.length)} ${score(writeConverted(path.join(tmp, to), convert), verbose)}`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
