// The status bar item of the workspace index: articles and entities when idle, progress while indexing.
import * as vscode from 'vscode';
import type { IndexStatusParams } from '../../server/src/common/workspaceProtocol';

const { l10n } = vscode;
const n = (x: number) => x.toLocaleString();

/** The item, hidden until the server reports an enabled index; `update` it with each `newslens/indexStatus`. */
export class IndexStatusItem implements vscode.Disposable {
  #item = vscode.window.createStatusBarItem('newslens.indexStatus', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.#item.name = l10n.t('NewsLens workspace index');
    // VS Code registers `<view id>.focus` for every contributed view.
    this.#item.command = 'newslens.workspace.focus';
  }

  update(s: IndexStatusParams): void {
    if (!s.enabled) return this.#item.hide();
    this.#item.text = statusText(s);
    this.#item.tooltip = statusTooltip(s);
    this.#item.show();
  }

  dispose(): void {
    this.#item.dispose();
  }
}

function statusText(s: IndexStatusParams): string {
  const over = s.over > 0 ? ` · ${l10n.t('{0} left out', n(s.over))}` : '';
  if (s.pending > 0) return `$(sync~spin) ${l10n.t('NewsLens: indexing {0}/{1}', n(s.round - s.pending), n(s.round))}${over}`;
  const entities = s.entities === undefined ? '' : ` · ${l10n.t('{0} entities', n(s.entities))}`;
  return `${l10n.t('NewsLens: {0} articles', n(s.articles))}${entities}${over}`;
}

function statusTooltip(s: IndexStatusParams): vscode.MarkdownString {
  const lines = [s.pending > 0 ? l10n.t('Indexing the articles of the workspace folders in the background.') : l10n.t('Articles of the workspace folders in the NewsLens index.')];
  if (s.over > 0) lines.push(l10n.t('{0} files over newslens.workspace.maxFiles were left out.', n(s.over)));
  lines.push(l10n.t('Click to show the NewsLens view.'));
  return new vscode.MarkdownString(lines.join('\n\n'));
}
