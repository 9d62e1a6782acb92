// The NewsLens view in the sidebar: the workspace's entities by type, the articles and lines that
// mention them, and the fact-checker's queue; fed by the server's `newslens/…` requests, refreshed
// when the index settles.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type {
  EntityArticlesResult,
  EntityKind,
  EntityRowView,
  FactCheckQueueResult,
  IndexStatusParams,
  WorkspaceEntitiesResult,
} from '../../server/src/common/workspaceProtocol';
import { verdictLabel } from './factCheckCommands';

const { l10n } = vscode;
type Range = FactCheckQueueResult['verdicts'][number]['items'][number]['range'];
type CheckItem = FactCheckQueueResult['verdicts'][number]['items'][number];

export type Node =
  | { kind: 'group'; type: EntityKind; total: number; rows: EntityRowView[] }
  | { kind: 'entity'; row: EntityRowView }
  | { kind: 'article'; id: string; names: string[]; uri: string; title: string; places: EntityArticlesResult['articles'][number]['places'] }
  | { kind: 'place'; id: string; names: string[]; uri: string; range: Range; line: string }
  | { kind: 'checks'; verdicts: FactCheckQueueResult['verdicts']; unreviewed: CheckItem[] }
  | { kind: 'verdict'; verdict: string; items: CheckItem[] }
  | { kind: 'check'; id: string; item: CheckItem };

const GROUPS: [EntityKind, string][] = [
  ['person', '人物 People'],
  ['organization', '机构 Organizations'],
  ['place', '地点 Places'],
];
const REFRESH_DEBOUNCE_MS = 1000;
/** The queue's group of check-worthy claims no verdict covers (not a verdict of its own). */
const UNREVIEWED = 'unreviewed';

export class WorkspaceView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  #changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.#changed.event;
  #client: LanguageClient;
  #view: vscode.TreeView<Node>;
  #status: IndexStatusParams | undefined;
  #timer: NodeJS.Timeout | undefined;
  #stale = false;

  constructor(client: LanguageClient) {
    this.#client = client;
    this.#view = vscode.window.createTreeView('newslens.workspace', { treeDataProvider: this, showCollapseAll: true });
    this.#view.onDidChangeVisibility(({ visible }) => { if (visible && this.#stale) this.refresh(); });
  }

  /** The index settled (nothing pending): the tree is read again a second later, or when it is next shown. */
  indexStatus(s: IndexStatusParams): void {
    const wasEnabled = this.#status?.enabled;
    this.#status = s;
    this.#view.message = s.enabled && s.pending > 0 ? l10n.t('Indexing {0}/{1} articles…', (s.round - s.pending).toLocaleString(), s.round.toLocaleString()) : undefined;
    if (s.pending > 0 && wasEnabled === s.enabled) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (this.#view.visible ? this.refresh() : (this.#stale = true)), REFRESH_DEBOUNCE_MS);
  }

  refresh(): void {
    this.#stale = false;
    this.#changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return toTreeItem(node);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    try {
      if (!node) return await this.#roots();
      if (node.kind === 'entity') return await this.#articles(node.row);
      return childrenOf(node);
    } catch (e) {
      this.#view.message = l10n.t('NewsLens: the language server did not answer ({0}).', (e as Error).message);
      return [];
    }
  }

  async #roots(): Promise<Node[]> {
    // No folder or indexing off: no nodes, so the view's welcome text (package.json) is shown.
    if (!vscode.workspace.workspaceFolders?.length || (this.#status && !this.#status.enabled)) return [];
    const [entities, checks] = await Promise.all([
      this.#client.sendRequest<WorkspaceEntitiesResult>('newslens/workspaceEntities', { limit: 500 }),
      this.#client.sendRequest<FactCheckQueueResult>('newslens/factCheckQueue', null),
    ]);
    if (!this.#status?.pending) this.#view.message = undefined;
    const unreviewed = checks.unreviewed ?? [];
    if (!entities.types.some((t) => t.total > 0) && !checks.verdicts.length && !unreviewed.length) {
      if (!this.#status || this.#status.pending === 0) this.#view.message = l10n.t('No people, places or organizations in the workspace articles yet.');
      return [];
    }
    const groups: Node[] = GROUPS.map(([type]) => {
      const t = entities.types.find((g) => g.type === type);
      return { kind: 'group', type, total: t?.total ?? 0, rows: t?.rows ?? [] };
    });
    return [...groups, { kind: 'checks', verdicts: checks.verdicts, unreviewed }];
  }

  async #articles(row: EntityRowView): Promise<Node[]> {
    const r = await this.#client.sendRequest<EntityArticlesResult>('newslens/entityArticles', { key: row.key });
    const names = [row.name, ...row.aliases];
    return r.articles.map((a) => ({ kind: 'article', id: `${row.key}|${a.uri}`, names, ...a }));
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#view.dispose();
    this.#changed.dispose();
  }
}

function childrenOf(node: Node): Node[] {
  switch (node.kind) {
    case 'group':
      return node.rows.map((row) => ({ kind: 'entity', row }));
    case 'article':
      return node.places.map((p, i) => ({ kind: 'place', id: `${node.id}|${i}`, names: node.names, uri: node.uri, range: p.range, line: p.line }));
    case 'checks': {
      const verdicts: Node[] = node.verdicts.map((v) => ({ kind: 'verdict', ...v }));
      // the claims still to review come after the verdicts recorded: the queue of what to look at next
      return node.unreviewed.length ? [...verdicts, { kind: 'verdict', verdict: UNREVIEWED, items: node.unreviewed }] : verdicts;
    }
    case 'verdict':
      return node.items.map((item, i) => ({ kind: 'check', id: `${node.verdict}|${i}|${item.uri}`, item }));
    default:
      return [];
  }
}

const { Collapsed, None } = vscode.TreeItemCollapsibleState;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many.replace('{0}', n.toLocaleString()));
const articlesText = (n: number) => plural(n, l10n.t('1 article'), l10n.t('{0} articles'));
const mentionsText = (n: number) => plural(n, l10n.t('1 mention'), l10n.t('{0} mentions'));

/** The server lists the entities with most articles first, up to a limit per type. */
const groupCount = (total: number, shown: number) =>
  shown < total ? l10n.t('{0} (the first {1})', total.toLocaleString(), shown.toLocaleString()) : total.toLocaleString();

/** Opens an article with `range` selected. */
function openAt(uri: string, range: Range): vscode.Command {
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  return { command: 'vscode.open', title: l10n.t('Open'), arguments: [vscode.Uri.parse(uri), { selection } satisfies vscode.TextDocumentShowOptions] };
}

export function toTreeItem(node: Node): vscode.TreeItem {
  switch (node.kind) {
    case 'group':
      return item(`group:${node.type}`, GROUPS.find(([t]) => t === node.type)![1], groupCount(node.total, node.rows.length), node.rows.length ? Collapsed : None);
    case 'entity':
      return entityItem(node.row);
    case 'article':
      return articleItem(node);
    case 'place':
      return placeItem(node);
    case 'checks':
      return item('checks', '核查 Fact checks', node.verdicts.reduce((n, v) => n + v.items.length, 0).toLocaleString(), node.verdicts.length || node.unreviewed.length ? Collapsed : None);
    case 'verdict':
      return item(`verdict:${node.verdict}`, node.verdict === UNREVIEWED ? '待核查主张 Unreviewed claims' : verdictLabel(node.verdict), node.items.length.toLocaleString(), Collapsed);
    case 'check':
      return checkItem(node.id, node.item);
  }
}

function item(id: string, label: string | vscode.TreeItemLabel, description: string, state: vscode.TreeItemCollapsibleState): vscode.TreeItem {
  return Object.assign(new vscode.TreeItem(label, state), { id, description });
}

function entityItem(row: EntityRowView): vscode.TreeItem {
  const t = item(`entity:${row.key}`, row.name, `${articlesText(row.articles)} · ${mentionsText(row.mentions)}`, Collapsed);
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('**').appendText(row.name).appendMarkdown('**  \n');
  if (row.aliases.length) tooltip.appendText(l10n.t('Also written: {0}', row.aliases.join('、'))).appendMarkdown('  \n');
  tooltip.appendText(`${articlesText(row.articles)} · ${mentionsText(row.mentions)}`);
  t.tooltip = tooltip;
  t.contextValue = 'entity';
  return t;
}

function articleItem(node: Extract<Node, { kind: 'article' }>): vscode.TreeItem {
  const uri = vscode.Uri.parse(node.uri);
  const file = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  // Titles repeat (copies, versions of one story): the file name tells them apart.
  const t = item(node.id, node.title || file, node.title ? file : '', node.places.length ? Collapsed : None);
  t.resourceUri = uri;
  t.iconPath = vscode.ThemeIcon.File;
  t.tooltip = `${vscode.workspace.asRelativePath(uri)} · ${mentionsText(node.places.length)}`;
  return t;
}

function placeItem(node: Extract<Node, { kind: 'place' }>): vscode.TreeItem {
  const t = item(node.id, excerpt(node), l10n.t('line {0}', node.range.start.line + 1), None);
  t.command = openAt(node.uri, node.range);
  t.tooltip = node.line;
  return t;
}

const BEFORE = 12;

/** The line from a little before the mention, which is highlighted: news paragraphs are long lines. */
function excerpt({ line, range, names }: Extract<Node, { kind: 'place' }>): vscode.TreeItemLabel {
  const length = range.end.line === range.start.line ? range.end.character - range.start.character : 0;
  // The server trims the line, so the range's column is only a hint; a name found on the line is the fallback.
  const hinted = line.slice(range.start.character, range.start.character + length);
  let start = length > 0 && names.includes(hinted) ? range.start.character : -1;
  const name = start >= 0 ? hinted : names.find((n) => line.includes(n));
  if (start < 0 && name) start = line.indexOf(name);
  if (start < 0 || !name) return { label: line };
  let from = Math.max(0, start - BEFORE);
  if (from > 0 && /[\uDC00-\uDFFF]/.test(line[from])) from--; // not inside a surrogate pair
  const prefix = from > 0 ? '…' : '';
  const at = start - from + prefix.length;
  return { label: prefix + line.slice(from), highlights: [[at, at + name.length]] };
}

function checkItem(id: string, check: CheckItem): vscode.TreeItem {
  const t = item(id, check.text, check.title || vscode.workspace.asRelativePath(vscode.Uri.parse(check.uri)), None);
  t.command = openAt(check.uri, check.range);
  t.tooltip = [check.title, check.text, check.note].filter(Boolean).join('\n\n');
  t.iconPath = new vscode.ThemeIcon('comment');
  return t;
}
