// A short seeded fuzz run (test/fuzz): random incremental edits of several articles with requests in
// flight and cancellations, for a client that pulls diagnostics and for one that only takes pushes.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { runFuzz } from '../fuzz/harness';
import { defaultCorpus } from '../fuzz/fuzz';
import { reportLines } from '../fuzz/report';
import { SERVER } from './lspClient';

for (const kind of ['pull', 'push'] as const) {
  test(`fuzz, ${kind} client: 500 edits with 16 requests in flight, no exit, no invalid answer, no error`, { timeout: 60_000 }, async () => {
    const options = { edits: 500, seed: 13, docs: 5, inflight: 16, kind, server: SERVER, corpus: defaultCorpus(), slowMs: 5000 };
    const r = await runFuzz(options);
    const report = reportLines(r, options).join('\n');
    assert.equal(r.edits, 500, report);
    assert.ok(r.stats.requests > 100, report);
    if (kind === 'push') assert.ok(r.stats.publishes > 0, report);
    assert.deepEqual({ exits: r.exits, invalid: r.invalid, errors: Object.fromEntries(r.errors) }, { exits: 0, invalid: 0, errors: {} }, report);
  });
}
