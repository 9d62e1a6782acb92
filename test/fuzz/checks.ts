// Checks of every answer against the document version it must describe. Each returns the problems it
// found (empty when the answer is valid). Beyond bounds, a few checks read the text under a range where
// the answer says what it must be (a `quote.unbalanced` sits on a quote mark, a date symbol's selection
// is its name): an answer computed from one version and placed in another fails them even when its
// ranges happen to fall inside the document.
import type { CodeAction, Command, Diagnostic, DocumentSymbol, Hover, SymbolInformation, TextEdit } from 'vscode-languageserver-protocol';
import { contains, type Position, type Range, type TextVersion } from './texts';
import { unwrapName } from '../../server/src/analysis/softWraps';

/** One thing wrong with an answer: `kind` groups like problems in the report. */
export interface Problem {
  kind: string;
  detail: string;
}
const problem = (kind: string, detail: string): Problem => ({ kind, detail });
/** The kind of a bounds problem (TextVersion.badRange's reason without its numbers). */
const boundsKind = (what: string, why: string) => `${what} ${why.startsWith('start after end') ? 'start after end' : why.startsWith('not a') || why === 'no range' ? 'malformed' : 'out of bounds'}`;

const QUOTE_MARKS = new Set(['“', '”', '「', '」', '『', '』', '‘', '’', '《', '》']);
const GROUPS = new Set(['人物 People', '地点 Places', '机构 Organizations', '时间 Dates', '引语 Quotes']);
/** A name short enough for a report line. */
const short = (name: string) => (name.length > 30 ? `${name.slice(0, 30)}…` : name);
const show = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

export function checkHover(v: TextVersion, position: Position, hover: Hover | null): Problem[] {
  if (!hover?.range) return [];
  const why = v.badRange(hover.range);
  if (why) return [problem(boundsKind('hover range', why), `hover range ${show(hover.range)}: ${why}`)];
  const p = v.offsetAt(position);
  if (p < v.offsetAt(hover.range.start) || p > v.offsetAt(hover.range.end)) return [problem('hover range does not contain the position', `hover range ${show(hover.range)} does not contain the hovered ${position.line}:${position.character}`)];
  return [];
}

export function checkSymbols(v: TextVersion, symbols: (DocumentSymbol | SymbolInformation)[] | null): Problem[] {
  const problems: Problem[] = [];
  const visit = (s: DocumentSymbol, parent: DocumentSymbol | undefined, path: string) => {
    const name = `${path}${short(s.name)}`;
    const why = v.badRange(s.range) ?? v.badRange(s.selectionRange);
    if (why) return void problems.push(problem(boundsKind('symbol', why), `symbol ${name} ${show(s.range)} / ${show(s.selectionRange)}: ${why}`));
    if (!contains(v, s.range, s.selectionRange)) problems.push(problem('symbol selectionRange not inside range', `symbol ${name}: selectionRange ${show(s.selectionRange)} not inside range ${show(s.range)}`));
    if (parent && !contains(v, parent.range, s.range)) problems.push(problem(`symbol not inside its parent (${GROUPS.has(parent.name) ? parent.name : parent.kind === 1 ? 'the title' : 'a speaker or section'})`, `symbol ${name}: range ${show(s.range)} not inside parent ${short(parent.name)} ${show(parent.range)}`));
    const content = symbolContent(v, s, parent, path);
    if (content) problems.push(problem(`symbol text does not match (${content.split(' ')[0]})`, `symbol ${name}: ${content}`));
    for (const c of s.children ?? []) visit(c, s, `${name} › `);
  };
  for (const s of symbols ?? []) {
    if ('location' in s) {
      const why = v.badRange(s.location.range);
      if (why) problems.push(problem(boundsKind('symbol', why), `symbol ${short(s.name)} ${show(s.location.range)}: ${why}`));
    } else visit(s, undefined, '');
  }
  return problems;
}

/**
 * What the outline promises about the text under a symbol: dates and headings are named by their text, quotes by
 * their start (dates and quotes read on one line where a line break cuts them: `2023\n年` is named `2023年`).
 */
function symbolContent(v: TextVersion, s: DocumentSymbol, parent: DocumentSymbol | undefined, path: string): string | undefined {
  if (s.name === '(empty)') return undefined;
  const selected = v.slice(s.selectionRange);
  if (parent?.name === '时间 Dates' && unwrapName(selected.trim()) !== s.name) return `date named ${JSON.stringify(s.name)} selects ${JSON.stringify(short(selected))}`;
  const heading = (s.kind === 1 || s.kind === 2) && (!parent || parent.kind === 1);
  if (heading && !selected.includes(s.name)) return `heading named ${JSON.stringify(short(s.name))} selects ${JSON.stringify(selected.slice(0, 80))}`;
  if (path.startsWith('引语 Quotes › ') && s.name.startsWith('“') && s.name.endsWith('”')) {
    const label = s.name.slice(1, -1).replace(/…$/, '');
    if (!unwrapName(v.slice(s.range)).includes(label)) return `quote ${JSON.stringify(s.name)} spans ${JSON.stringify(v.slice(s.range).slice(0, 80))}`;
  }
  return undefined;
}

export function checkDiagnostics(v: TextVersion, uri: string, items: Diagnostic[]): Problem[] {
  const problems: Problem[] = [];
  for (const d of items) {
    const why = v.badRange(d.range);
    if (why) {
      problems.push(problem(boundsKind('diagnostic', why), `diagnostic ${d.code} ${show(d.range)}: ${why}`));
      continue;
    }
    if (d.code === 'quote.unbalanced' && !QUOTE_MARKS.has(v.slice(d.range))) problems.push(problem('quote.unbalanced not on a quote mark', `diagnostic quote.unbalanced ${show(d.range)} is on ${JSON.stringify(v.slice(d.range))}, not a quote mark`));
    for (const r of d.relatedInformation ?? []) {
      const rel = r.location.uri === uri ? v.badRange(r.location.range) : undefined;
      if (rel) problems.push(problem(boundsKind('diagnostic related', rel), `diagnostic ${d.code} related ${show(r.location.range)}: ${rel}`));
    }
  }
  return problems;
}

/** Decodes the relative encoding: every token on one line, inside it, not empty, in order, types from the legend. */
export function checkSemanticTokens(v: TextVersion, data: number[], types: number, modifiers: number): Problem[] {
  const problems: Problem[] = [];
  if (data.length % 5 !== 0) return [problem('semantic tokens malformed', `semantic tokens: ${data.length} integers, not a multiple of 5`)];
  let line = 0;
  let char = 0;
  let lastEnd = 0;
  for (let i = 0; i < data.length && problems.length < 5; i += 5) {
    const [dl, ds, len, type, mods] = data.slice(i, i + 5);
    if (dl < 0 || (dl === 0 && ds < 0)) problems.push(problem('semantic tokens out of order', `semantic token ${i / 5}: negative delta ${dl},${ds}`));
    line += dl;
    char = dl === 0 ? char + ds : ds;
    if (dl > 0) lastEnd = 0;
    const where = `semantic token ${i / 5} at ${line}:${char} length ${len}`;
    if (line >= v.lineCount) problems.push(problem('semantic token out of bounds', `${where}: line outside 0..${v.lineCount - 1}`));
    else if (char + len > v.lineLength(line)) problems.push(problem('semantic token out of bounds', `${where}: past the end of its line (${v.lineLength(line)})`));
    else if (len <= 0) problems.push(problem('semantic token empty', `${where}: empty`));
    else if (char < lastEnd) problems.push(problem('semantic tokens overlap', `${where}: overlaps the token before`));
    if (type >= types || mods >= 1 << modifiers) problems.push(problem('semantic token not in the legend', `${where}: type ${type} / modifiers ${mods} not in the legend`));
    lastEnd = char + len;
  }
  return problems;
}

export function checkCodeActions(v: TextVersion, uri: string, actions: (Command | CodeAction)[] | null): Problem[] {
  const problems: Problem[] = [];
  for (const a of actions ?? []) {
    if (!('title' in a) || typeof a.command === 'string') continue;
    const action = a as CodeAction;
    problems.push(...checkDiagnostics(v, uri, action.diagnostics ?? []).map((p) => problem(`code action ${p.kind}`, `code action ${action.title}: ${p.detail}`)));
    const edits: TextEdit[] = [...(action.edit?.changes?.[uri] ?? [])];
    for (const dc of action.edit?.documentChanges ?? []) {
      if (!('textDocument' in dc) || dc.textDocument.uri !== uri) continue;
      if (dc.textDocument.version !== null && dc.textDocument.version !== v.version) problems.push(problem('code action edit for another version', `code action ${action.title}: edit for version ${dc.textDocument.version}, asked at ${v.version}`));
      else edits.push(...dc.edits.filter((e): e is TextEdit => 'range' in e));
    }
    for (const e of edits) {
      const why = v.badRange(e.range);
      if (why) problems.push(problem(boundsKind('code action edit', why), `code action ${action.title}: edit ${show(e.range)}: ${why}`));
    }
  }
  return problems;
}
