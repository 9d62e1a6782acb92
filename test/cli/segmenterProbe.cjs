// Preloaded with `node --require` by cli.test.ts: says on stderr when the CLI loads nodejieba.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'nodejieba') process.stderr.write('probe: nodejieba loaded\n');
  return load.call(this, request, ...rest);
};
