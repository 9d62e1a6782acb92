import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { unwrapName } from '../analysis/softWraps';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Block, EntityType, Span } from '../analysis/types';
import { clip } from '../common/clip';
import { unclosedStarts } from '../analysis/quotes/spans';
import { enclosing, toRange } from './ranges';
import { provideClaimSymbols } from './claims';

const GROUPS: { type: EntityType; name: string; kind: SymbolKind }[] = [
  { type: 'person', name: '人物 People', kind: SymbolKind.Object },
  { type: 'place', name: '地点 Places', kind: SymbolKind.Object },
  { type: 'organization', name: '机构 Organizations', kind: SymbolKind.Object },
];

/**
 * A bold line that ends a sentence or opens what follows (`**单绑带却让人觉得不太舒适。**`, `**下面是他的感受：**`):
 * a sentence set in bold for emphasis, no section of the outline. A question (`**二、Sora真的接近世界模型吗？**`),
 * a numbered line and a `#` heading stay sections.
 */
function isEmphasis(text: string, b: Block): boolean {
  const content = text.slice(b.content.start, b.content.end);
  return text.charAt(b.start) !== '#' && EMPHASIS.test(content) && !NUMBERED.test(content);
}
const EMPHASIS = /[。！；;…：:][”」』"]?\s*$/;
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．)）]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十\d]+[章节部分条])/;

/** Outlines already built, by analysis (one analysis belongs to one document version). */
const built = new WeakMap<ArticleAnalysis, DocumentSymbol[]>();

/** The outline: title with its sections, then 人物/地点/机构/时间/引语 groups of distinct items, then 主张 claims by score. */
export function provideDocumentSymbols(doc: TextDocument, a: ArticleAnalysis): DocumentSymbol[] {
  let symbols = built.get(a);
  if (!symbols) built.set(a, (symbols = buildSymbols(doc, a)));
  return symbols;
}

function buildSymbols(doc: TextDocument, a: ArticleAnalysis): DocumentSymbol[] {
  const sym = (name: string, kind: SymbolKind, span: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: name.trim() || '(empty)', kind, detail, range: toRange(doc, span), selectionRange: toRange(doc, span), children,
  });
  const group = (name: string, children: DocumentSymbol[]): DocumentSymbol | null => {
    if (children.length === 0) return null;
    return { name, kind: SymbolKind.Namespace, detail: String(children.length), range: enclosing(children), selectionRange: children[0].selectionRange, children };
  };
  const out: DocumentSymbol[] = [];
  const headings = a.blocks.filter((b) => b.kind === 'heading' && !isEmphasis(doc.getText(), b));
  const titleStart = a.title ? a.title.start : Infinity;
  const sections = headings.map((h, i) => {
    // a section ends at the next heading, or at the title when it is written above it
    const end = Math.min(i + 1 < headings.length ? headings[i + 1].start : doc.getText().length, h.start < titleStart ? titleStart : Infinity);
    return { ...sym(doc.getText().slice(h.content.start, h.content.end), SymbolKind.Module, h), range: toRange(doc, { start: h.start, end: Math.max(h.end, end) }) };
  });
  if (a.title) {
    // sections written above the title stay beside it: its range starts at the title
    const before = sections.filter((_, i) => headings[i].start < titleStart);
    const title = sym(doc.getText().slice(a.title.content.start, a.title.content.end), SymbolKind.File, a.title, undefined, sections.slice(before.length));
    title.range = toRange(doc, { start: a.title.start, end: Math.max(a.title.end, doc.getText().length) });
    out.push(...before);
    out.push(title);
  } else out.push(...sections);
  for (const g of GROUPS) {
    const items = a.entities.filter((e) => e.type === g.type).sort((x, y) => x.mentions[0].start - y.mentions[0].start);
    const detail = (n: number, aliases: string[]) => `×${n}${aliases.length ? ` · ${aliases.join('、')}` : ''}`;
    const s = group(g.name, items.map((e) => sym(e.name, g.kind, e.mentions[0], detail(e.mentions.length, e.aliases))));
    if (s) out.push(s);
  }
  const dates = [...a.dates].sort((x, y) => calendarKey(x.value).localeCompare(calendarKey(y.value)) || x.start - y.start);
  const dateGroup = group('时间 Dates', dates.map((d) => sym(unwrapName(d.text), SymbolKind.Event, d, d.value ?? (d.vague ? 'vague' : 'unresolved'))));
  if (dateGroup) out.push(dateGroup);
  const quoteGroup = group('引语 Quotes', quotesBySpeaker(a, sym));
  if (quoteGroup) out.push(quoteGroup);
  out.push(...provideClaimSymbols(doc, a));
  return out;
}

/** First month of a TIMEX3 season, quarter or half (`SP` spring → 3, `Q3` → 7, `H2` → 7). */
const PERIOD_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12, Q1: 1, Q2: 4, Q3: 7, Q4: 10, H1: 1, H2: 7 };

/**
 * Sort key for TIMEX3 values: the day a value starts on, then the coarser value first (`2024` before
 * `2024-01` before `2024-01-01`); a range sorts by its start; unresolved values last. Plain string
 * order would put `2024-H1`, `2024-SU` and `2024-W15` after every month of 2024.
 */
function calendarKey(value: string | null): string {
  if (!value) return '\uffff';
  const v = value.split('/')[0];
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-(SP|SU|FA|WI|Q[1-4]|H[12]))?/.exec(v);
  if (!m) return `\ufffe${v}`;
  const year = Number(m[1]);
  const day = (month: number, d: number) => `${m[1]}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (m[3]) return `${day(Number(m[2]), Number(m[3]))}3${v}`;
  if (m[2]) return `${day(Number(m[2]), 1)}2`;
  if (m[5]) return `${day(PERIOD_MONTH[m[5]], 1)}1`;
  if (m[4]) {
    // ISO week: week 1 holds January 4th; weeks start on Monday
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = new Date(jan4.getTime() + ((Number(m[4]) - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)) * 86400000);
    return `${monday.toISOString().slice(0, 10)}1`;
  }
  return `${day(1, 1)}0`;
}

function quotesBySpeaker(a: ArticleAnalysis, sym: (n: string, k: SymbolKind, s: Span, d?: string, c?: DocumentSymbol[]) => DocumentSymbol): DocumentSymbol[] {
  const bySpeaker = new Map<string, DocumentSymbol[]>();
  const unclosed = unclosedStarts(a.findings);
  for (const q of a.quotes) {
    // one speaker, however a line break cut the name (`Jan\nHatzius` is `Jan Hatzius`)
    const key = q.kind === 'term' ? '术语 Terms' : q.speaker === null ? '未署名 Unattributed' : unwrapName(q.speaker);
    const list = bySpeaker.get(key) ?? [];
    // an unclosed quotation is named as written, with no closing mark
    list.push(sym(`“${clip(unwrapName(q.text), 24)}${unclosed.has(q.start) ? '' : '”'}`, SymbolKind.String, q));
    bySpeaker.set(key, list);
  }
  return [...bySpeaker].map(([speaker, children]) => ({
    ...sym(speaker, SymbolKind.Key, { start: 0, end: 0 }, `${children.length}`, children),
    range: enclosing(children),
    selectionRange: children[0].selectionRange,
  }));
}
