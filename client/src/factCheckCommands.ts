// The fact-check dialogs: quick-picks and input boxes in front of the server's annotation commands.
import * as vscode from 'vscode';

const { l10n } = vscode;
import type { LanguageClient } from 'vscode-languageclient/node';

const VERDICTS = [
  { label: 'True 属实', verdict: 'true' },
  { label: 'Mostly true 基本属实', verdict: 'mostly-true' },
  { label: 'Misleading 误导', verdict: 'misleading' },
  { label: 'False 不实', verdict: 'false' },
  { label: 'Unverifiable 无法核实', verdict: 'unverifiable' },
];

/** `false` → `False 不实`, as the quick-pick and the Outline show a verdict. */
export function verdictLabel(verdict: string): string {
  return VERDICTS.find((v) => v.verdict === verdict)?.label ?? verdict;
}

interface Result {
  ok: boolean;
  message?: string;
}

/** Asks for a note and source URLs; undefined when the user cancels. */
async function askNoteAndSources(note = '', sources: string[] = []): Promise<{ note: string; sources: string[] } | undefined> {
  const n = await vscode.window.showInputBox({ title: l10n.t('Fact-check note (optional)'), value: note, prompt: l10n.t('Why this verdict; what you checked') });
  if (n === undefined) return undefined;
  const s = await vscode.window.showInputBox({
    title: l10n.t('Sources (optional)'),
    value: sources.join(' '),
    prompt: l10n.t('URLs separated by spaces'),
    validateInput: (v) => (v.split(/\s+/).filter(Boolean).every((u) => /^https?:\/\/\S+$/.test(u)) ? undefined : l10n.t('Each source must be an http(s) URL')),
  });
  return s === undefined ? undefined : { note: n, sources: s.split(/\s+/).filter(Boolean) };
}

/** NewsLens: Add fact-check verdict… — on the selection (the server picks the sentence or quote when it is empty). */
export async function addFactCheck(c: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return void vscode.window.showWarningMessage(l10n.t('NewsLens: open an article first.'));
  if (editor.selection.isEmpty) return void vscode.window.showWarningMessage(l10n.t('NewsLens: select the claim to fact-check (or use the light bulb on a sentence).'));
  const pick = await vscode.window.showQuickPick(VERDICTS, { title: l10n.t('Fact-check verdict') });
  if (!pick) return;
  const extra = await askNoteAndSources();
  if (!extra) return;
  const range = c.code2ProtocolConverter.asRange(editor.selection);
  await vscode.commands.executeCommand('newslens.annotate', { uri: editor.document.uri.toString(), range, verdict: pick.verdict, ...extra });
}

/** Edit from a hover link or code action: verdict, note and sources of one annotation. */
export async function editAnnotation(c: LanguageClient, arg: { uri: string; id: string }): Promise<void> {
  const body = await c.sendRequest<{ verdict?: string; note?: string; sources?: string[] } | null>('newslens/annotation', arg);
  if (!body) return void vscode.window.showWarningMessage(l10n.t('NewsLens: that annotation no longer exists.'));
  const pick = await vscode.window.showQuickPick(
    VERDICTS.map((v) => ({ ...v, picked: v.verdict === body.verdict, description: v.verdict === body.verdict ? l10n.t('current') : '' })),
    { title: l10n.t('Fact-check verdict') },
  );
  if (!pick) return;
  const extra = await askNoteAndSources(body.note, body.sources);
  if (extra) await vscode.commands.executeCommand('newslens.editAnnotation', { ...arg, verdict: pick.verdict, ...extra });
}

/** NewsLens: Export annotations… — brat, W3C JSON-LD, ClaimReview or entity CSV, opened beside the article. */
export async function exportAnnotations(c: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return void vscode.window.showWarningMessage(l10n.t('NewsLens: open an article first.'));
  const formats = [
    { label: l10n.t('brat standoff (.ann)'), format: 'brat', language: 'plaintext' },
    { label: 'W3C Web Annotation (JSON-LD)', format: 'w3c', language: 'json' },
    { label: 'schema.org ClaimReview (JSON-LD)', format: 'claimreview', language: 'json' },
    { label: l10n.t('Entities (CSV)'), format: 'csv', language: 'plaintext' },
  ];
  const pick = await vscode.window.showQuickPick(formats, { title: l10n.t('Export format') });
  if (!pick) return;
  const out = await c.sendRequest<string | Result>('newslens/export', { uri: editor.document.uri.toString(), format: pick.format });
  if (typeof out !== 'string') return void vscode.window.showWarningMessage(l10n.t('NewsLens: {0}', out.message ?? ''));
  const doc = await vscode.workspace.openTextDocument({ language: pick.language, content: out });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
}

/** NewsLens: Import annotations… — merges a W3C JSON-LD file into the active article's annotations. */
export async function importAnnotations(c: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return void vscode.window.showWarningMessage(l10n.t('NewsLens: open an article first.'));
  const [file] = (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { [l10n.t('W3C annotations')]: ['jsonld', 'json'] } })) ?? [];
  if (!file) return;
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const r = await c.sendRequest<Result>('newslens/import', { uri: editor.document.uri.toString(), content });
  if (r.ok) void vscode.window.showInformationMessage(l10n.t('NewsLens: {0}', r.message ?? l10n.t('imported')));
}
