// `npm run test:neovim`: the language server under a second LSP client, Neovim's built-in one
// (Debian's neovim 0.7: no pull diagnostics, no workspace/configuration, UTF-16 positions).
// Runs test/neovim/test.lua in headless Neovim with test/neovim/init.lua, prints its `ok` /
// `not ok` lines and exits with its status. Without an `nvim` on PATH (or one older than 0.7) it
// prints `SKIPPED: …` and exits 77: non-zero, so a skip never counts as a pass (.ci/run installs
// neovim first). NEWSLENS_NVIM=/path/to/nvim picks another Neovim; the server is this checkout's
// dist/server.js (built by `npm run test:neovim`), or NEWSLENS_SERVER.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HERE = import.meta.dirname;
const ROOT = path.resolve(HERE, '..', '..');
const NVIM = process.env.NEWSLENS_NVIM || 'nvim';
const SKIP_EXIT = 77;
const TIMEOUT_MS = 90_000; // the Lua script's own deadline is 60 s; this one is for a Neovim that hangs

function skip(reason) {
  console.log(`SKIPPED: ${reason}`);
  console.log('Install Neovim 0.7 or later (Debian/Ubuntu: apt-get install -y neovim) to run this test.');
  process.exit(SKIP_EXIT);
}

const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
if (version.error) skip(`${NVIM} not found (${version.error.code})`);
const m = /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(version.stdout ?? '');
if (!m) skip(`cannot read the version of ${NVIM}: ${(version.stdout || version.stderr || '').split('\n')[0]}`);
if (Number(m[1]) === 0 && Number(m[2]) < 7) skip(`${NVIM} is ${m[0]}; the test needs 0.7 or later`);
console.log(`# ${m[0]} (${NVIM})`);

const server = process.env.NEWSLENS_SERVER || path.join(ROOT, 'dist', 'server.js');
if (!existsSync(server)) {
  console.log(`not ok - ${server} exists (run node esbuild.mjs)`);
  process.exit(1);
}

// Neovim's config, data, state and cache (lsp.log) in a temporary folder: no user config or plugin
// is loaded and nothing is written to the home folder.
const home = mkdtempSync(path.join(os.tmpdir(), 'newslens-nvim-'));
const env = { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CACHE_HOME: path.join(home, 'cache'), NVIM_LOG_FILE: path.join(home, 'nvim.log'), NEWSLENS_SERVER: server };
delete env.NVIM; delete env.NVIM_LISTEN_ADDRESS; delete env.VIMINIT; delete env.MYVIMRC;

const args = ['--headless', '--noplugin', '-i', 'NONE', '-u', path.join(HERE, 'init.lua'), '-c', `luafile ${path.join(HERE, 'test.lua').replace(/[ \\]/g, '\\$&')}`];
const child = spawn(NVIM, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
let timedOut = false;
const timer = setTimeout(() => {
  timedOut = true;
  child.kill('SIGKILL');
}, TIMEOUT_MS);
child.stdout.pipe(process.stdout);
// Neovim's own messages (errors from the config, "Client 1 quit …") go to stderr.
let stderr = '';
child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
child.on('close', (code, signal) => {
  clearTimeout(timer);
  for (const line of stderr.split(/\r?\n/).filter((l) => l.trim())) console.log(`# nvim: ${line}`);
  rmSync(home, { recursive: true, force: true });
  if (timedOut) {
    console.log(`not ok - nvim did not exit within ${TIMEOUT_MS / 1000} s (killed)`);
    process.exit(1);
  }
  if (code !== 0) console.log(`neovim: FAILED (nvim exited with ${code ?? signal})`);
  else console.log('neovim: passed');
  process.exit(code === 0 ? 0 : 1);
});
