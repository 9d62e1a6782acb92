// The `newslens-server` bin (bin/newslens-server.js): run as an installed command is, it starts
// dist/server.js with the extension's Node flags and answers initialize over stdio.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { createProtocolConnection, InitializeRequest, InitializedNotification, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { SERVER_ENV, SERVER_NODE_FLAGS } from '../../client/src/serverFlags';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const BIN = path.join(ROOT, pkg.bin['newslens-server']);

test('package.json names bin/newslens-server.js, an executable node script', () => {
  assert.equal(pkg.bin['newslens-server'], 'bin/newslens-server.js');
  assert.match(fs.readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  if (process.platform !== 'win32') assert.ok(fs.statSync(BIN).mode & 0o111, `${BIN} is not executable`);
});

test('the launcher starts the server with the Node flags of the extension (client/src/serverFlags.ts)', () => {
  const launcher = createRequire(__filename)(BIN) as { SERVER_NODE_FLAGS: string[]; SERVER_ENV: Record<string, string>; SERVER: string };
  assert.deepEqual(launcher.SERVER_NODE_FLAGS, [...SERVER_NODE_FLAGS]);
  assert.deepEqual(launcher.SERVER_ENV, { ...SERVER_ENV });
  assert.equal(launcher.SERVER, path.join(ROOT, 'dist', 'server.js'));
});

test('newslens-server --version and --help answer without starting the server', () => {
  const version = spawnSync(BIN, ['--version'], { encoding: 'utf8' });
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout.trim(), pkg.version);
  const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  assert.match(help.stdout, /--stdio/);
});

/** The command lines of the processes whose parent is `pid` (Linux /proc; empty elsewhere). */
function childCommandLines(pid: number): string[][] {
  if (!fs.existsSync('/proc/self/stat')) return [];
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === pid ? [fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').filter(Boolean)] : [];
    } catch {
      return [];
    }
  });
}

/** The environments of the processes whose parent is `pid` (Linux /proc). */
function childEnvironments(pid: number): Record<string, string>[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== pid) return [];
      const pairs = fs.readFileSync(`/proc/${d}/environ`, 'utf8').split('\0').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]);
      return [Object.fromEntries(pairs) as Record<string, string>];
    } catch {
      return [];
    }
  });
}

test('newslens-server --stdio answers initialize, runs dist/server.js with the flags and environment, and exits 0 after shutdown/exit', async () => {
  // The file itself is run (its shebang), as the link npm makes in a bin folder is.
  const child = spawn(BIN, ['--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  try {
    const init = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {}, locale: 'zh-cn' });
    assert.equal(init.serverInfo?.name, 'newslens');
    assert.ok(init.capabilities.hoverProvider, `no hoverProvider: ${JSON.stringify(init.capabilities)}`);
    assert.ok(init.capabilities.documentSymbolProvider, 'no documentSymbolProvider');
    await connection.sendNotification(InitializedNotification.type, {});
    const servers = childCommandLines(child.pid!);
    if (servers.length) {
      assert.equal(servers.length, 1, JSON.stringify(servers));
      assert.deepEqual(servers[0].slice(1), [...SERVER_NODE_FLAGS, path.join(ROOT, 'dist', 'server.js'), '--stdio']);
      const env = childEnvironments(child.pid!)[0];
      for (const [k, v] of Object.entries(SERVER_ENV)) assert.equal(env[k], process.env[k] ?? v, k);
    }
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
  } finally {
    connection.dispose();
  }
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const code = await exited;
  clearTimeout(timer);
  assert.equal(code, 0, `exit ${code}; stderr: ${stderr}`);
});
