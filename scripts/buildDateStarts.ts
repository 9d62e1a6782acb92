// Generates server/src/analysis/dates/starts.json: the two-character beginnings of every match of the
// date grammar (dates/grammar.ts RECOGNIZER), read from the regex source by dates/prefixes.ts. The
// recogniser skips every position no match can begin at. Deriving them at start-up cost ~16 ms and
// ~10 MB of resident memory in every server and CLI process, so they are generated here instead, and
// test/unit/dateStarts.test.ts fails when the grammar changes without a rerun (`npm run lexicons`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RECOGNIZER } from '../server/src/analysis/dates/grammar';
import { prefixes } from '../server/src/analysis/dates/prefixes';

export function dateStarts(): string[] {
  return [...prefixes(RECOGNIZER, 2)].sort();
}

if (process.argv[1] && path.basename(process.argv[1]).startsWith('buildDateStarts')) {
  const out = path.resolve(__dirname, '../server/src/analysis/dates/starts.json');
  const starts = dateStarts();
  fs.writeFileSync(out, `${JSON.stringify(starts)}\n`);
  console.log(`wrote ${starts.length} starts to ${path.relative(process.cwd(), out)}`);
}
