// Starts the NewsLens language server for news articles and registers the commands that need the editor.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { addFactCheck, editAnnotation, exportAnnotations, importAnnotations } from './factCheckCommands';
import type { IndexStatusParams } from '../../server/src/common/workspaceProtocol';
import { IndexStatusItem } from './indexStatus';
import { SERVER_NODE_FLAGS, serverEnv } from './serverFlags';
import { WorkspaceView } from './workspaceView';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS], env: serverEnv() } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'], env: serverEnv() } },
  };
  const config = vscode.workspace.getConfiguration('newslens');
  const languages = config.get<string[]>('languages', ['plaintext', 'markdown', 'news']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.newslens/lexicon.txt'),
        vscode.workspace.createFileSystemWatcher('**/*.annotations.json'),
        vscode.workspace.createFileSystemWatcher('**/.newslens/annotations/**'),
      ],
    },
    // The server creates the storage folder and keeps the workspace index there.
    initializationOptions: { settings: config, storagePath: context.storageUri?.fsPath },
    // Hovers carry "Edit" / "Remove" links to NewsLens's own commands.
    markdown: { isTrusted: { enabledCommands: ['newslens.editAnnotationUI', 'newslens.removeAnnotation'] } },
  };
  const c = new LanguageClient('newslens', 'NewsLens', serverOptions, clientOptions);
  client = c;
  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.restartServer', () => c.restart()),
    vscode.commands.registerCommand('newslens.showAnalysis', () => showAnalysis(c)),
    vscode.commands.registerCommand('newslens.addFactCheck', () => addFactCheck(c)),
    vscode.commands.registerCommand('newslens.editAnnotationUI', (arg: { uri: string; id: string }) => editAnnotation(c, arg)),
    vscode.commands.registerCommand('newslens.exportAnnotations', () => exportAnnotations(c)),
    vscode.commands.registerCommand('newslens.importAnnotations', () => importAnnotations(c)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newslens.languages')) void vscode.window.showInformationMessage(vscode.l10n.t('NewsLens: reload the window to apply newslens.languages.'));
    }),
  );
  registerWorkspaceUi(context, c);
  await c.start();
  context.subscriptions.push(c.onNotification('newslens/annotationsChanged', refreshOutline));
}

/** The status bar item and the sidebar view of the workspace index, both fed by `newslens/indexStatus`. */
function registerWorkspaceUi(context: vscode.ExtensionContext, c: LanguageClient): void {
  const status = new IndexStatusItem();
  const view = new WorkspaceView(c);
  context.subscriptions.push(
    status,
    view,
    vscode.commands.registerCommand('newslens.refreshWorkspaceView', () => view.refresh()),
    c.onNotification('newslens/indexStatus', (s: IndexStatusParams) => {
      status.update(s);
      view.indexStatus(s);
    }),
  );
}

/**
 * VS Code keeps a document's outline until the document changes or the set of symbol providers does;
 * a recorded verdict changes neither, so a no-op provider is registered and removed to refresh it.
 */
function refreshOutline(): void {
  const nothing = vscode.languages.registerDocumentSymbolProvider({ scheme: 'file' }, { provideDocumentSymbols: () => undefined });
  setTimeout(() => nothing.dispose(), 250);
}

/** Opens the analysis of the active article as JSON (the same shape as `newslens analyze --format json`). */
async function showAnalysis(c: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return void vscode.window.showWarningMessage(vscode.l10n.t('NewsLens: open an article first.'));
  const result = await c.sendRequest('newslens/analysis', { uri: editor.document.uri.toString() });
  if (!result) return void vscode.window.showWarningMessage(vscode.l10n.t('NewsLens: this document is not one NewsLens analyzes (see newslens.languages).'));
  const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(result, null, 2) });
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
