// A child process for test/unit/sidecarFaultsKill.test.ts, run from an esbuild bundle:
//   <pool.json> <sidecar> <first version> atomic|naive
// writes sidecarVersion(pool, n), n = first, first+1, … until it is killed; prints `ready` after the first.
import * as fs from 'node:fs';
import { writeFileAtomic } from '../../server/src/node/sidecarFiles';
import { sidecarVersion } from './sidecarVersions';

const [poolFile, file, first, mode] = process.argv.slice(2);
const pool = JSON.parse(fs.readFileSync(poolFile, 'utf8'));

/** The write a torn file comes from: truncate, then the content in pieces, no rename. */
function writeNaive(target: string, content: string): void {
  const fd = fs.openSync(target, 'w');
  const bytes = Buffer.from(content);
  for (let at = 0; at < bytes.length; at += 16384) fs.writeSync(fd, bytes, at, Math.min(16384, bytes.length - at));
  fs.closeSync(fd);
}

for (let k = 0; k < 7; k++) sidecarVersion(pool, k); // every template built before the first write: the loop only writes

for (let n = Number(first); ; n++) {
  const content = sidecarVersion(pool, n);
  if (mode === 'naive') writeNaive(file, content);
  else writeFileAtomic(file, content);
  if (n === Number(first)) process.stdout.write('ready\n');
}
