// Open, change, save and close: every notification checked, a malformed one logged and ignored.
import type { Connection } from 'vscode-languageserver';
import type { DiagnosticsChannel } from './diagnosticChannel';
import type { Session } from './session';

export function registerDocumentSync(connection: Connection, session: Session, diagnostics: DiagnosticsChannel, onClosed?: (uri: string) => void): void {
  // the spec drops notifications that arrive before initialize (and after shutdown nothing changes)
  const live = () => session.lifecycle === 'running';
  connection.onDidOpenTextDocument((params) => {
    if (!live()) return;
    const doc = session.documents.open(params);
    if (typeof doc === 'string') return session.logOnce(`newslens: ${doc}`);
    session.annotations.open(doc.uri, doc.getText());
    diagnostics.changed(doc.uri);
  });
  connection.onDidChangeTextDocument((params) => {
    if (!live()) return;
    const changed = session.documents.change(params);
    if (typeof changed === 'string') return session.logOnce(`newslens: ${changed} (ignored)`);
    session.annotations.update(changed.doc.uri, changed.edits, changed.doc.getText());
    diagnostics.changed(changed.doc.uri);
  });
  connection.onDidSaveTextDocument((params) => {
    const doc = live() ? session.documents.get(params?.textDocument?.uri) : undefined;
    if (doc) void session.annotations.save(doc.uri, doc.getText());
  });
  connection.onDidCloseTextDocument((params) => {
    const uri = params?.textDocument?.uri;
    if (!live() || typeof uri !== 'string' || !session.documents.close(uri)) return;
    session.store.forget(uri);
    session.annotations.close(uri);
    diagnostics.closed(uri);
    onClosed?.(uri);
  });
}
