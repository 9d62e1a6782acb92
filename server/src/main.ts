// Entry point of dist/server.js: load the segmenter and the entity model first (so no request waits on it), then serve.
// The same script is the workspace index's worker process (node/indexWorker.ts).
import * as fs from 'node:fs';
import { createConnection, ProposedFeatures, StreamMessageReader, type Connection } from 'vscode-languageserver/node';
import { loadSegmenter } from './node/segmenter';
import { entityModelOrNone } from './node/entityModel';
import { loadScriptConverter } from './node/scriptConverter';
import { startServer } from './server';
import { limitHeapGrowth } from './node/memoryGuard';
import { keepServing } from './node/keepServing';
import { FrameRepair } from './node/frameRepair';
import { FrameWriter } from './node/frameWriter';
import { INDEX_WORKER_FLAG, serveIndexWorker } from './node/indexWorker';
import { version } from '../../package.json';

if (process.argv.includes(INDEX_WORKER_FLAG)) serveIndexWorker();
else serve();

function serve(): void {
  limitHeapGrowth();
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
  keepServing((message) => connection.console.error(message));
  const tools = { segment: loadSegmenter(), model: entityModelOrNone(), convert: loadScriptConverter() };
  startServer(connection, { ...tools, workspace: { engine: engineKey(!!tools.model), script: __filename, tools } });
}

/** What the saved workspace index must have been made by: this build (version, bundle size and time) with or without the model. */
function engineKey(model: boolean): string {
  let build = '';
  try {
    const st = fs.statSync(__filename);
    build = `${st.size}@${Math.round(st.mtimeMs)}`;
  } catch {
    // the bundle is always there when this runs; without it the version alone keys the index
  }
  return `${version}|${build}|${model ? 'model' : 'rules'}`;
}

/**
 * Over stdio, frames pass through FrameRepair first and are written whole (FrameWriter); stdout carries
 * only the protocol, so console output goes to stderr.
 */
function stdioConnection(): Connection {
  // a bad header is only ever read after listen(), when the connection exists
  let c: Connection | undefined;
  const repaired = process.stdin.pipe(new FrameRepair((m) => c?.console.error(m)));
  process.stdin.on('end', () => repaired.end());
  for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = (...args: unknown[]) => void process.stderr.write(`${args.join(' ')}\n`);
  c = createConnection(ProposedFeatures.all, new StreamMessageReader(repaired), new FrameWriter(process.stdout));
  return c;
}
