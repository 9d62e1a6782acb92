// `npm run test:electron`: the e2e assertions through the VS Code API in desktop VS Code, with
// @vscode/test-electron 2.x. Where VS Code cannot be downloaded it prints `SKIPPED: <reason>` and
// exits 77, the conventional "skipped" status: non-zero, so no CI counts a skip as a pass.
// NEWSLENS_ELECTRON_ALLOW_SKIP=1 makes a skip exit 0 (for a local script that chains test commands).
// VSCODE_EXECUTABLE=/path/to/code uses an installed VS Code instead of downloading one.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { npmEnv } from '../e2e/setup.mjs';
import { compareInstalled, folderFiles, vsixFiles } from '../e2e/vsix.mjs';

const HERE = import.meta.dirname;
const ROOT = path.resolve(HERE, '..', '..');
const SKIP_EXIT = 77;
const NETWORK_ERRORS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH']);
const started = Date.now();
const log = (msg) => console.log(`[electron ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${msg}`);

function skip(reason) {
  console.log(`SKIPPED: ${reason}`);
  console.log('The same assertions run in code-server: npm run test:e2e.');
  process.exit(process.env.NEWSLENS_ELECTRON_ALLOW_SKIP === '1' ? 0 : SKIP_EXIT);
}

function fail(message) {
  console.log(`electron: FAILED: ${message}`);
  process.exit(1);
}

/** A download failure that means "this machine cannot reach VS Code's servers", not a bug. */
function isNetworkError(err) {
  for (let e = err; e; e = e.cause) {
    if (NETWORK_ERRORS.has(e.code) || /getaddrinfo|socket hang up|network|timed? ?out/i.test(String(e.message))) return true;
  }
  return false;
}

async function vscodeExecutable() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  try {
    return await downloadAndUnzipVSCode({ version: 'stable', cachePath: path.join(ROOT, '.vscode-test') });
  } catch (err) {
    if (isNetworkError(err)) skip(`@vscode/test-electron could not download VS Code (${err.code ?? ''} ${err.message}). Set VSCODE_EXECUTABLE to use an installed VS Code.`);
    throw err;
  }
}

function packageExtension() {
  const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, env: npmEnv(), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) fail(`npm run package failed:\n${`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-30).join('\n')}`);
  const vsix = path.join(ROOT, 'newslens.vsix');
  if (!(statSync(vsix, { throwIfNoEntry: false })?.mtimeMs >= started - 1000)) fail(`npm run package did not write ${vsix}`);
  return vsix;
}

async function main() {
  log('resolving VS Code');
  const executable = await vscodeExecutable();
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail('VS Code needs a display: run under xvfb-run (apt-get install xvfb; xvfb-run -a npm run test:electron)');
  }
  log(`VS Code: ${executable}`);
  log('npm run package');
  const vsix = packageExtension();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'newslens-electron-'));
  const dirs = { extensions: path.join(scratch, 'extensions'), userData: path.join(scratch, 'user-data'), workspace: path.join(scratch, 'workspace') };
  cpSync(path.join(ROOT, 'test', 'e2e', 'fixtures', 'workspace'), dirs.workspace, { recursive: true });
  try {
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable);
    const install = spawnSync(cli, [...cliArgs, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData, '--install-extension', vsix], { encoding: 'utf8', shell: process.platform === 'win32' });
    if (install.status !== 0) fail(`installing ${vsix} failed:\n${install.stdout}${install.stderr}`);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const installedDir = path.join(dirs.extensions, JSON.parse(readFileSync(path.join(dirs.extensions, 'extensions.json'), 'utf8')).find((e) => e.identifier.id === `${pkg.publisher}.${pkg.name}`).relativeLocation);
    const diff = compareInstalled(vsixFiles(vsix).files, folderFiles(installedDir));
    if (diff.length) fail(`the installed extension differs from ${vsix}: ${diff.join(', ')}`);
    log(`installed ${path.basename(installedDir)}; its files are those of newslens.vsix`);
    await runTests({
      vscodeExecutablePath: executable,
      // An empty development extension: NewsLens itself is the one installed from the .vsix.
      extensionDevelopmentPath: path.join(HERE, 'harness'),
      extensionTestsPath: path.join(HERE, 'suite', 'index.cjs'),
      extensionTestsEnv: { NEWSLENS_EXTENSIONS_DIR: path.dirname(installedDir), NEWSLENS_EXPECTED_VERSION: pkg.version },
      launchArgs: [dirs.workspace, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-gpu'],
    });
  } catch (err) {
    fail(err?.message ?? String(err));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err) => fail(err?.stack ?? String(err)));
