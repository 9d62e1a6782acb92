// One table of commands: it feeds both `executeCommandProvider.commands` and the dispatch, so the two
// cannot drift apart. Custom requests of the VS Code client are registered beside it.
import type { Connection, ExecuteCommandParams } from 'vscode-languageserver';
import type { ChangeResult } from '../annotationStore';
import * as commands from '../commands';
import type { DiagnosticsChannel } from './diagnosticChannel';
import type { Session } from './session';

type After = 'annotations' | 'lexicon';
const COMMANDS: Record<string, { run: (ctx: commands.CommandContext, arg: never) => ChangeResult; after: After }> = {
  'newslens.annotate': { run: commands.annotate, after: 'annotations' },
  'newslens.editAnnotation': { run: commands.editAnnotation, after: 'annotations' },
  'newslens.removeAnnotation': { run: commands.removeAnnotation, after: 'annotations' },
  'newslens.setLexiconEntry': { run: commands.setLexicon, after: 'lexicon' },
};

export const COMMAND_IDS = Object.keys(COMMANDS);

export function registerCommands(connection: Connection, session: Session, diagnostics: DiagnosticsChannel, reload: () => Promise<void>): void {
  const ctx: commands.CommandContext = {
    document: (uri) => (typeof uri === 'string' ? session.documents.get(uri) : undefined),
    analysis: (doc) => session.store.get(doc),
    annotations: session.annotations,
    workspaceFolder: () => session.folders[0],
  };
  // Annotations changed without an edit: diagnostics are refreshed; LSP has no outline refresh, so the
  // VS Code client is told by a notification (other clients ignore it).
  const refresh = { annotations: () => (diagnostics.refresh(), void connection.sendNotification('newslens/annotationsChanged')), lexicon: () => void reload() };
  // a change kept in memory after a failed write still shows; a merge with another window is reported
  const settle = (r: ChangeResult, after: After) => {
    if (!r.ok) session.tell('warning', `NewsLens: ${r.message}`);
    else if (r.message && after === 'annotations') session.tell('info', `NewsLens: ${r.message}`);
    if (r.ok || r.kept) refresh[after]();
    return r;
  };
  connection.onExecuteCommand(
    session.request('any', (params: ExecuteCommandParams) => {
      const command = typeof params?.command === 'string' && Object.hasOwn(COMMANDS, params.command) ? COMMANDS[params.command] : undefined;
      if (!command) return { ok: false, message: `unknown command ${String(params?.command)}` };
      return settle(command.run(ctx, (params.arguments?.[0] ?? {}) as never), command.after);
    }),
  );
  connection.onRequest('newslens/annotation', session.request('any', (arg: unknown) => commands.getAnnotation(ctx, (arg ?? {}) as never)));
  connection.onRequest('newslens/export', session.request('any', (arg: unknown) => commands.exportDocument(ctx, (arg ?? {}) as never)));
  connection.onRequest('newslens/import', session.request('any', (arg: unknown) => settle(commands.importAnnotations(ctx, (arg ?? {}) as never), 'annotations')));
}
