// Entry point of dist/server.js: load the segmenter and the entity model first (so no request waits on it), then serve.
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { loadSegmenter } from './node/segmenter';
import { entityModelOrNone } from './node/entityModel';
import { loadScriptConverter } from './node/scriptConverter';
import { startServer } from './server';
import { limitHeapGrowth } from './node/memoryGuard';
import { keepServing } from './node/keepServing';
import { FrameRepair } from './node/frameRepair';

limitHeapGrowth();
const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);
keepServing((message) => connection.console.error(message));
startServer(connection, { segment: loadSegmenter(), model: entityModelOrNone(), convert: loadScriptConverter() });

/** Over stdio, frames pass through FrameRepair first; stdout carries only the protocol, so console output goes to stderr. */
function stdioConnection(): Connection {
  // a bad header is only ever read after listen(), when the connection exists
  let c: Connection | undefined;
  const repaired = process.stdin.pipe(new FrameRepair((m) => c?.console.error(m)));
  process.stdin.on('end', () => repaired.end());
  for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) console[k] = (...args: unknown[]) => void process.stderr.write(`${args.join(' ')}\n`);
  c = createConnection(ProposedFeatures.all, new StreamMessageReader(repaired), new StreamMessageWriter(process.stdout));
  return c;
}
