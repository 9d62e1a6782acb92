// Diagnostics both ways: pulled (LSP 3.17, VS Code) with result ids, or pushed (publishDiagnostics,
// debounced and versioned) to clients that do not declare pull support (Neovim before 0.10, older
// Sublime LSP and eglot).
import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type Connection, type Diagnostic, type DocumentDiagnosticParams } from 'vscode-languageserver';
import type { ArticleAnalysis } from '../analysis/types';
import { StaleAnalysisError } from '../analysisStore';
import type { DocumentSnapshot } from '../documents/snapshot';
import { provideAnnotationDiagnostics } from '../features/factChecks';
import { DiagnosticReports, type SentDiagnostics } from '../features/diagnosticReports';
import { capFindings, limitNote, matchDiagnostics, provideDiagnostics } from '../features/diagnostics';
import { diagnosticFindings } from '../features/claims';
import { ContentModified, type Session } from './session';

/** Milliseconds a push client waits after the last keystroke before diagnostics are sent. */
const PUSH_DELAY_MS = 150;

export interface DiagnosticsChannel {
  /** A document opened or changed. */
  changed(uri: string): void;
  closed(uri: string): void;
  /** Settings, lexicons or annotations changed: every open document's diagnostics may have. */
  refresh(): void;
}

function diagnosticsOf(session: Session, doc: DocumentSnapshot, a: ArticleAnalysis): Diagnostic[] {
  const lang = session.lang();
  const { kept, dropped } = capFindings(diagnosticFindings(a), session.settings);
  return withNotes(provideDiagnostics(doc, kept, session.settings, lang), notesOf(session, doc, dropped, lang));
}

/** `items` (a fresh array) with `notes` after them. */
function withNotes(items: Diagnostic[], notes: readonly Diagnostic[]): Diagnostic[] {
  for (const n of notes) items.push(n);
  return items;
}

/** What follows the findings' diagnostics: the note on any left out, then the annotations'. */
function notesOf(session: Session, doc: DocumentSnapshot, dropped: number, lang: 'zh' | 'en'): Diagnostic[] {
  const notes = provideAnnotationDiagnostics(doc, session.annotations.get(doc.uri), session.settings, lang);
  const limit = limitNote(dropped, session.settings, lang);
  return limit ? [limit, ...notes] : notes;
}

/** Registers the pull handler (a client may pull without declaring it) and returns the push/refresh channel. */
export function registerDiagnostics(connection: Connection, session: Session): DiagnosticsChannel {
  const reports = new DiagnosticReports();
  connection.languages.diagnostics.on(
    session.request('document', async ({ textDocument, previousResultId }: DocumentDiagnosticParams, token) => {
      try {
        return await session.withAnalysis(textDocument.uri, null, token, (doc, a) => {
          const lang = session.lang();
          const { kept, dropped } = capFindings(diagnosticFindings(a), session.settings);
          const notes = notesOf(session, doc, dropped, lang);
          const same = (last: SentDiagnostics) => {
            const n = matchDiagnostics(doc, kept, session.settings, lang, last);
            return n >= 0 && last.sameFrom(n, notes);
          };
          // a full report is built from the findings and notes just compared, not looked up again
          return reports.report(doc.uri, previousResultId, same, () => withNotes(provideDiagnostics(doc, kept, session.settings, lang), notes));
        }) ?? { kind: DocumentDiagnosticReportKind.Full, items: [] };
      } catch (e) {
        // vscode-languageclient turns ContentModified into an empty report (clearing the Problems panel);
        // ServerCancelled with retriggerRequest makes it pull again for the new version.
        if (e instanceof ContentModified) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed', { retriggerRequest: true });
        throw e;
      }
    }),
  );
  // the client's abilities are known after initialize, the handler is registered before
  let push: DiagnosticsChannel | undefined;
  const pushing = () => (session.abilities.pullDiagnostics ? undefined : (push ??= pushChannel(connection, session)));
  return {
    changed: (uri) => pushing()?.changed(uri),
    closed(uri) {
      reports.forget(uri);
      pushing()?.closed(uri);
    },
    refresh() {
      const p = pushing();
      if (p) p.refresh();
      else void session.ask(session.abilities.diagnosticRefresh, 'workspace/diagnostic/refresh', () => connection.languages.diagnostics.refresh());
    },
  };
}

function pushChannel(connection: Connection, session: Session): DiagnosticsChannel {
  const timers = new Map<string, NodeJS.Timeout>();
  const publish = async (uri: string) => {
    timers.delete(uri);
    const doc = session.documents.get(uri);
    if (!doc) return;
    let a: ArticleAnalysis;
    try {
      a = await session.store.get(doc);
    } catch (e) {
      if (e instanceof StaleAnalysisError) return; // a newer version is on its way
      throw e;
    }
    if (session.documents.get(uri) !== doc) return;
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnosticsOf(session, doc, a) });
  };
  const schedule = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => publish(uri).catch((e: unknown) => session.logOnce(`newslens: diagnostics for ${uri} failed: ${(e as Error)?.stack ?? e}`)), PUSH_DELAY_MS));
  };
  return {
    changed: schedule,
    closed(uri) {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
    },
    refresh: () => session.documents.all().forEach((d) => schedule(d.uri)),
  };
}
