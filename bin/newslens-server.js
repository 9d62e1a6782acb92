#!/usr/bin/env node
// `newslens-server --stdio` (or --node-ipc, --socket=PORT): the NewsLens language server for any LSP
// client, after `npm install -g` or through `npx`. It starts dist/server.js in a child Node with the
// flags and environment the VS Code extension uses (client/src/serverFlags.ts; test/cli/serverBin.test.ts
// keeps the two equal): V8 takes them only at start, so they cannot be set from inside this process.
'use strict';
const { spawn } = require('node:child_process');
const path = require('node:path');

const SERVER_NODE_FLAGS = ['--expose-gc', '--max-semi-space-size=8'];
// and its environment (SERVER_ENV there): glibc malloc settings, read only at the child's start
const SERVER_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' };
const SERVER = path.join(__dirname, '..', 'dist', 'server.js');

function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('usage: newslens-server --stdio | --node-ipc | --socket=PORT\nThe NewsLens language server (LSP) for Chinese news articles.\n');
    return;
  }
  if (args.includes('--version')) {
    process.stdout.write(`${require('../package.json').version}\n`);
    return;
  }
  if (!require('node:fs').existsSync(SERVER)) {
    process.stderr.write(`newslens-server: ${SERVER} is missing; run \`npm install\` (or \`npm run build\`) in ${path.dirname(path.dirname(SERVER))}\n`);
    process.exitCode = 1;
    return;
  }
  // stdio is inherited: the LSP messages go straight between the client and the server.
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, ...args], { stdio: 'inherit', env: { ...SERVER_ENV, ...process.env } });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => { if (child.exitCode === null) child.kill(signal); });
  }
  child.on('error', (err) => {
    process.stderr.write(`newslens-server: cannot start ${SERVER}: ${err.message}\n`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

module.exports = { SERVER_NODE_FLAGS, SERVER_ENV, SERVER };
if (require.main === module) main();
