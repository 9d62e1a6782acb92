// npm run fuzz -- --edits N --seed S [--docs K] [--inflight M] [--push] [--server dist/server.js] [--corpus DIR] [--slow MS]
// Exit status 1 when the server exited, answered invalidly or with an error that was not a cancellation.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../helpers/root';
import { runFuzz, type FuzzOptions } from './harness';
import { failed, reportLines } from './report';

const root = projectRoot();

/** The corpus beside the checkout, or the project's own fixtures and sample when it is missing. */
export function defaultCorpus(): string[] {
  const shared = path.resolve(root, '../shared/corpus');
  return fs.existsSync(shared) ? [shared] : [path.join(root, 'test/fixtures'), path.join(root, 'seeds')];
}

export function parseOptions(argv: string[]): FuzzOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      edits: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      docs: { type: 'string', default: '6' },
      inflight: { type: 'string', default: '16' },
      push: { type: 'boolean', default: false },
      server: { type: 'string', default: path.join(root, 'dist/server.js') },
      corpus: { type: 'string', multiple: true },
      slow: { type: 'string', default: '5000' },
    },
  });
  const int = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} wants an integer ≥ ${min}, got ${v}`);
    return n;
  };
  return {
    edits: int('edits', values.edits, 0),
    seed: int('seed', values.seed, 0),
    docs: int('docs', values.docs, 1),
    inflight: int('inflight', values.inflight, 1),
    kind: values.push ? 'push' : 'pull',
    server: path.resolve(values.server),
    corpus: values.corpus?.map((c) => path.resolve(c)) ?? defaultCorpus(),
    slowMs: int('slow', values.slow, 1),
  };
}

if (require.main === module) {
  let options: FuzzOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`fuzz: ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  }
  runFuzz(options).then(
    (r) => {
      for (const line of reportLines(r, options)) console.log(line);
      process.exitCode = failed(r) ? 1 : 0;
    },
    (e) => {
      console.error(e);
      process.exitCode = 2;
    },
  );
}
