// Starts the NewsLens language server for news articles and registers the commands that need the editor.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const config = vscode.workspace.getConfiguration('newslens');
  const languages = config.get<string[]>('languages', ['plaintext', 'markdown', 'news']);
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.newslens/lexicon.txt') },
    initializationOptions: { settings: config },
  };
  client = new LanguageClient('newslens', 'NewsLens', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.restartServer', () => client?.restart()),
    vscode.commands.registerCommand('newslens.showAnalysis', showAnalysis),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newslens.languages')) void vscode.window.showInformationMessage('NewsLens: reload the window to apply newslens.languages.');
    }),
  );
  await client.start();
}

/** Opens the analysis of the active article as JSON (the same shape as `newslens analyze --format json`). */
async function showAnalysis(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return void vscode.window.showWarningMessage('NewsLens: open an article first.');
  const result = await client.sendRequest('newslens/analysis', { uri: editor.document.uri.toString() });
  if (!result) return void vscode.window.showWarningMessage('NewsLens: this document is not one NewsLens analyzes (see newslens.languages).');
  const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(result, null, 2) });
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
