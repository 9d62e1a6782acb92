// Entry point of dist/server.js: load the segmenter first (so no request waits on it), then serve.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadSegmenter } from './node/segmenter';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all), { segment: loadSegmenter() });
