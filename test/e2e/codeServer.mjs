// Runs code-server (VS Code in the browser) on 127.0.0.1 with throwaway user data and extensions.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** User settings for a quiet, offline, trusted workbench: no welcome page, chat, git prompts or update checks. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'editor.minimap.enabled': false,
  'outline.collapseItems': 'alwaysExpand',
  'workbench.tree.enableStickyScroll': false,
};

/** Folders of one run under `root`: user data (with settings), extensions, config, log. */
export function prepareProfile(root) {
  const dirs = {
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    config: path.join(root, 'config.yaml'),
    log: path.join(root, 'code-server.log'),
  };
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  // An explicit config keeps code-server from writing ~/.config/code-server/config.yaml.
  writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  return dirs;
}

const baseArgs = (dirs) => ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', dirs.config, '--disable-telemetry'];

/** `code-server --install-extension FILE` into the profile; returns its output. */
export function installExtension(tools, dirs, vsix) {
  const r = spawnSync(tools.node24, [tools.codeServer, ...baseArgs(dirs), '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`code-server --install-extension ${vsix} failed:\n${out}`);
  return out.trim();
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on a free loopback port and resolves once /healthz answers; `args` are added to
 * its command line (`--locale zh-cn` for the display-language run).
 */
export async function startCodeServer(tools, dirs, { deadlineMs = 60_000, args = [] } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(dirs.log);
  // Its own process group, so stop() also ends the extension host and language server it spawns.
  const child = spawn(tools.node24, [tools.codeServer, ...baseArgs(dirs), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before answering; see ${dirs.log}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { url, port, stop, pid: child.pid };
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url}/healthz within ${deadlineMs / 1000}s; see ${dirs.log}`);
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 250))]);
  }
}

/**
 * Makes an installed language pack the one VS Code finds for its language: writes
 * `<user-data>/languagepacks.json` as VS Code's localization service does after installing a pack
 * through a running server (`--install-extension` on the command line does not run that step, and
 * without the file `--locale zh-cn` resolves to English). Same shape and hash (md5 of id + version).
 */
export function registerLanguagePack(dirs, extensionId) {
  const entry = JSON.parse(readFileSync(path.join(dirs.extensions, 'extensions.json'), 'utf8')).find((e) => e.identifier.id === extensionId);
  if (!entry) throw new Error(`${extensionId} is not installed in ${dirs.extensions}`);
  const folder = entry.location.fsPath ?? entry.location.path;
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const packs = {};
  for (const loc of manifest.contributes?.localizations ?? []) {
    const hash = createHash('md5').update(entry.identifier.uuid || entry.identifier.id).update(manifest.version).digest('hex');
    packs[loc.languageId] = {
      hash,
      extensions: [{ extensionIdentifier: entry.identifier, version: manifest.version }],
      translations: Object.fromEntries(loc.translations.map((t) => [t.id, path.join(folder, t.path)])),
      label: loc.localizedLanguageName ?? loc.languageName,
    };
  }
  writeFileSync(path.join(dirs.userData, 'languagepacks.json'), JSON.stringify(packs));
  return Object.keys(packs);
}
