// A real JSON-RPC LSP client over the stdio of `node dist/server.js --stdio`, for protocol tests and the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  ConfigurationRequest,
  RegistrationRequest,
  DiagnosticRefreshRequest,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { projectRoot } from '../helpers/root';
import { SERVER_NODE_FLAGS, serverEnv } from '../../client/src/serverFlags';

export const SERVER = path.join(projectRoot(), 'dist/server.js');

export interface TestClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  notifications: { method: string; params: unknown }[];
  close(): Promise<void>;
}

/** Spawns the server and completes initialize/initialized, answering configuration requests with `settings`. */
export async function startClient(settings: Record<string, unknown> = {}, rootDir?: string, extra: { capabilities?: Record<string, unknown>; initializationOptions?: Record<string, unknown> } = {}): Promise<TestClient> {
  // with the Node flags and environment the extension starts it with
  // a saved workspace index goes to a temporary cache, not the user's
  const env = serverEnv({ ...process.env, XDG_CACHE_HOME: path.join(os.tmpdir(), 'newslens-test-cache') });
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const notifications: { method: string; params: unknown }[] = [];
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => settings));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
  for (const method of ['window/showMessage', 'window/logMessage', '$/progress', 'newslens/indexStatus']) connection.onNotification(method, (params: unknown) => void notifications.push({ method, params }));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.listen();
  const rootUri = rootDir ? pathToFileURL(rootDir).toString() : null;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { diagnostic: {} }, ...extra.capabilities },
    locale: 'en',
    ...(extra.initializationOptions ? { initializationOptions: extra.initializationOptions } : {}),
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    notifications,
    async close() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      connection.dispose();
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}

export function open(client: TestClient, uri: string, text: string, languageId = 'plaintext'): Promise<void> {
  return client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
}

export function change(client: TestClient, uri: string, version: number, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<void> {
  return client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
}
