// The fuzz report: details first, then the one summary line that scripts and the README quote.
import type { FuzzOptions, FuzzResult } from './harness';

const DECLINED: Record<number, string> = { [-32800]: 'RequestCancelled', [-32801]: 'ContentModified', [-32802]: 'ServerCancelled' };

export function summaryLine(r: FuzzResult): string {
  const errors = [...r.errors.values()].reduce((s, n) => s + n, 0);
  return `fuzz: edits=${r.edits} exits=${r.exits} invalid=${r.invalid} errors=${errors} slow=${r.slow} rss=${r.rssMb}MB`;
}

/** Whether the run found anything that fails it (slow answers are reported, not failed). */
export function failed(r: FuzzResult): boolean {
  return r.exits + r.invalid + [...r.errors.values()].reduce((s, n) => s + n, 0) > 0;
}

export function reportLines(r: FuzzResult, o: FuzzOptions): string[] {
  const lines: string[] = [];
  const repro = `npm run fuzz -- --seed ${o.seed} --docs ${o.docs} --inflight ${o.inflight}${o.kind === 'push' ? ' --push' : ''} --edits`;
  const s = r.stats;
  const declined = [...s.declined].map(([code, n]) => `${n} ${DECLINED[code] ?? code}`).join(', ') || 'none declined';
  lines.push(`${o.kind} client, seed ${o.seed}, ${o.docs} documents, ${o.inflight} in flight: ${s.requests} requests (${s.cancelled} cancelled): ${s.answered} answered and checked, ${declined}; ${s.publishes} publishDiagnostics (${s.unchecked} unversioned or of versions no longer kept), ${s.refreshes} diagnostic refreshes`);
  lines.push(`edit operations: ${[...s.kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  for (const n of r.details.notes) lines.push(`note: ${n}`);
  for (const e of r.details.exits) lines.push(`exit: ${e}`);
  if (r.errors.size) lines.push(`errors by code: ${[...r.errors].map(([code, n]) => `${code} ×${n}`).join(', ')}`);
  for (const e of r.details.errors) lines.push(`  error ${e}`);
  if (r.invalid) lines.push(`invalid answers: ${r.invalid}, by kind of problem (answers with it; the first):`);
  for (const [kind, { answers, first }] of r.invalidKinds) lines.push(`  invalid: ${kind} ×${answers}; first: ${first}`);
  if (r.slow) lines.push(`slow answers (> ${o.slowMs} ms): ${r.slow}; the first ${r.details.slow.length}:`);
  for (const x of r.details.slow) lines.push(`  slow ${x}`);
  const at = /after edit (\d+)/.exec([...r.details.exits, ...[...r.invalidKinds.values()].map((k) => k.first), ...r.details.errors].join('\n'));
  if (at) lines.push(`reproduce (timing permitting): ${repro} ${Number(at[1]) + 1}`);
  lines.push(summaryLine(r));
  return lines;
}
