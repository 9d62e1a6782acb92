// No failure ends the server: an error that escapes every handler is logged (with its stack, each
// distinct one once) and the process keeps serving. Node's default would exit on the first one.

/** Installs the process-level handlers; `log` writes to the client's output channel. */
export function keepServing(log: (message: string) => void): void {
  const seen = new Set<string>();
  const report = (kind: string) => (e: unknown) => {
    const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
    if (seen.has(text)) return;
    if (seen.size > 100) seen.clear();
    seen.add(text);
    const message = `newslens: ${kind} (the server keeps running): ${text}`;
    try {
      log(message);
    } catch {
      process.stderr.write(`${message}\n`);
    }
  };
  process.on('unhandledRejection', report('unhandled rejection'));
  process.on('uncaughtException', report('uncaught exception'));
}
