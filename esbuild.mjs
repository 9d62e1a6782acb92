// Bundles the client (vscode external), the server and the CLI. nodejieba stays external: its
// index.js assigns undeclared globals and loads a native .node file, so it is shipped in node_modules.
import * as fs from 'node:fs';
import * as esbuild from 'esbuild';

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expressions and comments,
 * and one Chinese character makes V8 keep the whole bundle's source as a two-byte string (the server's
 * 1.8 MB bundle took 3.5 MB of heap for its source text, kept for the life of the process). Every
 * non-ASCII code unit left is written as `\uXXXX`, which means the same in a regular expression (with or
 * without the `u` flag: an escaped surrogate pair is one code point there), a string and a comment; the
 * one raw template holding Chinese (`publicationDate.ts`) is a regular expression's source. (The source
 * maps are left as esbuild wrote them: columns after an escaped character on those lines are off.)
 */
const asciiOnly = {
  name: 'ascii-only',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      const file = build.initialOptions.outfile;
      const text = fs.readFileSync(file, 'utf8');
      // `\（` (an escaped character, legal in a regular expression without `u`) would become `\\uff08`
      const escaped = /\\[^\x00-\x7f]/.exec(text);
      if (escaped) throw new Error(`${file}: a backslash before a non-ASCII character at ${escaped.index} cannot be rewritten as \\uXXXX; drop the backslash in the source`);
      const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      if (ascii !== text) fs.writeFileSync(file, ascii);
    });
  },
};

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['nodejieba'],
  logLevel: 'warning',
  plugins: [asciiOnly],
};
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
