// The fuzz client's connection: spawns `node dist/server.js --stdio` with the extension's Node flags,
// declares the capabilities of one of two client kinds, and answers only the server→client requests it
// declared. Any other request is answered MethodNotFound, as a client with no handler for it does
// (that answer once ended the server), and recorded as a request the server should not have sent.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import {
  createMessageConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import { SERVER_NODE_FLAGS } from '../../client/src/serverFlags';

/** The connection's own complaints (a write after the server died) would only repeat what the report says. */
const QUIET = { error: () => undefined, warn: () => undefined, info: () => undefined, log: () => undefined };

export type ClientKind = 'pull' | 'push';

const COMMON: ClientCapabilities = {
  textDocument: {
    synchronization: { didSave: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    semanticTokens: { requests: { full: true }, tokenTypes: ['function', 'enumMember', 'class', 'number'], tokenModifiers: ['declaration'], formats: ['relative'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor'] } } },
  },
};

/** pull: VS Code's shape (pulls diagnostics, answers refresh, configuration, progress, registration); push: declares none of them, like Neovim 0.7. */
export const CAPABILITIES: Record<ClientKind, ClientCapabilities> = {
  pull: {
    ...COMMON,
    textDocument: { ...COMMON.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true }, semanticTokens: { refreshSupport: true } },
    window: { workDoneProgress: true },
  },
  push: {
    ...COMMON,
    textDocument: { ...COMMON.textDocument, publishDiagnostics: { versionSupport: true, relatedInformation: true } },
  },
};

/** Server→client requests each kind declared, and the answer it gives. */
const HANDLED: Record<ClientKind, Record<string, (params: any) => unknown>> = {
  pull: {
    'workspace/configuration': (p: { items: unknown[] }) => p.items.map(() => ({})),
    'client/registerCapability': () => null,
    'client/unregisterCapability': () => null,
    'window/workDoneProgress/create': () => null,
    'workspace/diagnostic/refresh': () => null,
    'workspace/semanticTokens/refresh': () => null,
    'window/showMessageRequest': () => null,
  },
  // showMessageRequest needs no capability: every client takes it
  push: { 'window/showMessageRequest': () => null },
};

export interface Session {
  connection: MessageConnection;
  child: ChildProcess;
  /** Server→client requests the client did not declare, by method. */
  undeclared: Map<string, number>;
  /** The end of the server's stderr. */
  stderrTail(): string;
  /** Peak resident memory of the server so far (VmHWM), in bytes. */
  peakRss(): number;
}

export function startSession(kind: ClientKind, serverPath: string, onServerRequest: (method: string) => void): Session {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-4000)));
  // a MessageConnection (what createProtocolConnection returns, typed wider) takes handlers for any method
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!), QUIET);
  const undeclared = new Map<string, number>();
  for (const [method, answer] of Object.entries(HANDLED[kind])) {
    connection.onRequest(method, (params: unknown) => {
      onServerRequest(method);
      return answer(params);
    });
  }
  connection.onRequest((method: string) => {
    undeclared.set(method, (undeclared.get(method) ?? 0) + 1);
    return new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
  });
  let peak = 0;
  const readRss = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) * 1024);
    } catch {
      /* gone, or not Linux */
    }
    return peak;
  };
  const timer = setInterval(readRss, 500);
  child.once('exit', () => clearInterval(timer));
  return { connection, child, undeclared, stderrTail: () => stderr, peakRss: readRss };
}
