// `node --import tsx bench/largeDocument.ts [MB]`: a document of corpus articles (20 MB by default)
// opened in a fresh server for each request kind; prints the time of the first diagnostics pull, the
// first hover and the first documentSymbol, each from open to answer, and the server's peak RSS.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentDiagnosticRequest, DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol';
import { open, startClient } from '../test/protocol/lspClient';

const corpus = path.resolve(__dirname, '../../shared/corpus');

function articles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? articles(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
}

async function firstAnswer(text: string, kind: 'diagnostics' | 'hover' | 'symbols'): Promise<{ ms: number; rssMB: number }> {
  const c = await startClient();
  const uri = 'file:///large/2024/02/01/large.md';
  await open(c, uri, text);
  const td = { textDocument: { uri } };
  const started = Date.now();
  if (kind === 'diagnostics') await c.connection.sendRequest(DocumentDiagnosticRequest.type, td);
  if (kind === 'hover') await c.connection.sendRequest(HoverRequest.type, { ...td, position: { line: 2, character: 3 } });
  if (kind === 'symbols') await c.connection.sendRequest(DocumentSymbolRequest.type, td);
  const ms = Date.now() - started;
  const rssMB = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${c.process.pid}/status`, 'utf8'))![1]) / 1024;
  await c.close();
  return { ms, rssMB };
}

async function main(): Promise<void> {
  const bytes = Number(process.argv[2] ?? 20) * 1e6;
  if (!fs.existsSync(corpus)) throw new Error(`needs ../shared/corpus beside the checkout (${corpus})`);
  const files = articles(corpus).sort();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = fs.readFileSync(files[i % files.length], 'utf8');
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  const text = parts.join('\n\n');
  console.log(`document: ${(size / 1e6).toFixed(1)} MB, ${text.length} characters`);
  const diagnostics = await firstAnswer(text, 'diagnostics');
  console.log(`first diagnostics: ${diagnostics.ms} ms (peak RSS ${diagnostics.rssMB.toFixed(0)} MB)`);
  for (const kind of ['hover', 'symbols'] as const) {
    const r = await firstAnswer(text, kind);
    console.log(`first ${kind}: ${r.ms} ms = ${(r.ms / diagnostics.ms).toFixed(2)} × diagnostics (peak RSS ${r.rssMB.toFixed(0)} MB)`);
  }
}

void main();
