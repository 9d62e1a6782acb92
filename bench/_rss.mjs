// `node bench/largeEdits.mjs <checkout> [--prof dir] [--edits 200] [--dump file] [--flags "node flags"]`: the
// benchmark's 1 MB edit rows alone (`roundTrips` in bench/protocol.ts: the same article, edits and
// result ids) against <checkout>/dist/server.js, in ~30 s instead of the whole `npm run bench`, so two
// checkouts can be measured alternately. --prof writes a server CPU profile of the edits (an idle gap of
// 2 s separates them from the opening analysis); --dump writes the md5 of each edit's diagnostics.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as crypto from 'node:crypto';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const P = require('vscode-languageserver-protocol/node');
const args = process.argv.slice(2);
const tree = path.resolve(args[0]);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const prof = opt('--prof');
const N = Number(opt('--edits', 200));
const dump = opt('--dump');
const corpusDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../shared/corpus');
function buildLargeArticle(targetBytes = 1_000_000) {
  const parts = ['# 大文档基准\n'];
  let bytes = 0;
  const files = fs.readdirSync(corpusDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
  for (const f of files) for (const line of fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('![')) continue;
    parts.push(line); bytes += Buffer.byteLength(line) + 2;
    if (bytes >= targetBytes) return parts.join('\n\n');
  }
  return parts.join('\n\n');
}
function positionAt(text, offset) { let line = 0, start = 0; for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; start = i + 1; } return { line, character: offset - start }; }
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const now = () => Number(process.hrtime.bigint()) / 1e6;
const extra = opt('--flags', '').split(' ').filter(Boolean);
const flags = ['--expose-gc', '--max-semi-space-size=8', ...extra, ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : [])];
// the checkout's own server environment (bin/newslens-server.js SERVER_ENV, where it has one)
const serverEnv = require(path.join(tree, 'bin/newslens-server.js')).SERVER_ENV ?? {};
const child = spawn(process.execPath, [...flags, path.join(tree, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...serverEnv, ...process.env, XDG_CACHE_HOME: path.join(os.tmpdir(), 'newslens-test-cache') } });
const c = P.createProtocolConnection(new P.StreamMessageReader(child.stdout), new P.StreamMessageWriter(child.stdin));
c.onRequest(P.ConfigurationRequest.type, (p) => p.items.map(() => ({})));
c.onRequest(P.RegistrationRequest.type, () => undefined);
c.onRequest(P.DiagnosticRefreshRequest.type, () => undefined);
c.onRequest('window/workDoneProgress/create', () => null);
c.onNotification('window/logMessage', () => {}); c.onNotification('$/progress', () => {});
c.listen();
await c.sendRequest(P.InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { diagnostic: {} } }, locale: 'en' });
await c.sendNotification(P.InitializedNotification.type, {});
const text = buildLargeArticle();
const uri = 'untitled:large.txt';
await c.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
const hwm = () => (/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"))[1] / 1024).toFixed(0) + "/" + (/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"))[1] / 1024).toFixed(0);
const first = await c.sendRequest(P.DocumentDiagnosticRequest.type, { textDocument: { uri } });
const out = dump ? fs.createWriteStream(dump) : null;
out?.write(JSON.stringify(first.items) + '\n');
console.log("after open HWM/RSS", hwm()); await new Promise((r) => setTimeout(r, 2000)); console.log("after idle", hwm()); // an idle gap separates the edits from the opening analysis in a profile
let version = 2, current = text, resultId, unchanged = 0;
const diag = [], diagU = [], diagF = [];
const WARM = 10, edits = N;
let lastItems = first.items;
for (let i = -WARM; i < edits; i++) {
  const at = current.indexOf('。', Math.floor((((i + WARM) * 7) % edits / edits) * current.length));
  const offset = at < 0 ? 0 : at;
  const pos = positionAt(current, offset);
  const t = now();
  await c.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: version++ }, contentChanges: [{ range: { start: pos, end: pos }, text: '的' }] });
  const report = await c.sendRequest(P.DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: resultId });
  const ms = now() - t;
  if (i >= 0) { diag.push(ms); if (report.kind === 'unchanged') { unchanged++; diagU.push(ms); } else diagF.push(ms); }
  if (report.kind !== 'unchanged') lastItems = report.items;
  if (out) out.write(crypto.createHash('md5').update(JSON.stringify(lastItems)).digest('hex') + ' ' + report.kind + '\n');
  resultId = report.resultId;
  current = current.slice(0, offset) + '的' + current.slice(offset);
}
const f = (xs) => xs.length ? `${pct(xs, 50).toFixed(2)} / ${pct(xs, 99).toFixed(2)}` : '-';
console.log(`${path.basename(tree)}: edit p50/p99 ${f(diag)} ms (${diag.length} edits, ${unchanged} unchanged; unchanged ${f(diagU)}, full ${f(diagF)}) items ${lastItems.length}`);
out?.end(); console.log("after edits HWM/RSS", hwm());
await c.sendRequest('shutdown'); await c.sendNotification('exit'); c.dispose();
await new Promise((r) => child.once('exit', r));
