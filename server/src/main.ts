// Entry point of dist/server.js: load the segmenter first (so no request waits on it), then serve.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadSegmenter } from './node/segmenter';
import { startServer } from './server';
import { limitHeapGrowth } from './node/memoryGuard';
import { keepServing } from './node/keepServing';

limitHeapGrowth();
const connection = createConnection(ProposedFeatures.all);
keepServing((message) => connection.console.error(message));
startServer(connection, { segment: loadSegmenter() });
