import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Claim, ClaimKind, Finding } from '../analysis/types';
import { clip } from '../common/clip';
import { enclosing, toRange } from './ranges';

export const KIND_LABEL: Record<ClaimKind, { zh: string; en: string }> = {
  statistic: { zh: '统计数字', en: 'statistic' },
  ranking: { zh: '排名', en: 'ranking' },
  comparison: { zh: '比较', en: 'comparison' },
  causal: { zh: '因果', en: 'causal' },
  attributed: { zh: '引述', en: 'attributed' },
};

/** `统计数字、比较` / `statistic, comparison`. */
export function claimKinds(c: Claim, lang: 'zh' | 'en'): string {
  return c.kinds.map((k) => KIND_LABEL[k][lang]).join(lang === 'zh' ? '、' : ', ');
}

/** Messages by the set of a claim's kinds (a bit each, {@link KIND_BIT}): a few dozen sets, shared by every finding of them. */
const messages = new Map<number, Finding['message']>();
const KIND_BIT: Record<ClaimKind, number> = { statistic: 1, ranking: 2, comparison: 4, causal: 8, attributed: 16 };

/** A claim as a `claim.checkworthy` finding (a hint unless the setting says otherwise). */
export function toClaimFinding(c: Claim): Finding {
  // the set of kinds as bits: no string built per claim
  let key = 0;
  for (const k of c.kinds) key |= KIND_BIT[k];
  let message = messages.get(key);
  if (!message) messages.set(key, (message = { zh: `可核查的主张：${claimKinds(c, 'zh')}`, en: `Check-worthy claim: ${claimKinds(c, 'en')}` }));
  return { start: c.start, end: c.end, code: 'claim.checkworthy', severity: 'hint', message };
}

const withClaims = new WeakMap<ArticleAnalysis, Finding[]>();

/**
 * Each claim's finding, by claim object: the next analysis of a document moves the claims it keeps in
 * place (`analysis/reuse/claims.ts`), and their findings move with them here instead of being made anew
 * (thousands per keystroke in a large article). Its kinds, and so its message, are the claim's for life.
 */
const claimFindings = new WeakMap<Claim, Finding>();

function claimFinding(c: Claim): Finding {
  const f = claimFindings.get(c);
  if (!f) {
    const made = toClaimFinding(c);
    claimFindings.set(c, made);
    return made;
  }
  f.start = c.start;
  f.end = c.end;
  return f;
}

/**
 * The analysis's findings and one `claim.checkworthy` per claim sentence, by position (findings first
 * on a tie): what the editor shows as diagnostics. Built once per analysis, so a pull that changes
 * nothing builds nothing; both lists are in order already, so they are merged, not sorted.
 */
export function diagnosticFindings(a: ArticleAnalysis): Finding[] {
  let out = withClaims.get(a);
  if (out) return out;
  const f = a.findings;
  const c = a.claims;
  out = new Array<Finding>(f.length + c.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < f.length && j < c.length) out[k++] = f[i].start < c[j].start || (f[i].start === c[j].start && f[i].end <= c[j].end) ? f[i++] : claimFinding(c[j++]);
  while (i < f.length) out[k++] = f[i++];
  while (j < c.length) out[k++] = claimFinding(c[j++]);
  withClaims.set(a, out);
  return out;
}

/** The claim sentence at `offset`, if any (claims are sentences: they never nest). */
export function claimAt(a: ArticleAnalysis, offset: number): Claim | undefined {
  let lo = 0;
  let hi = a.claims.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = a.claims[mid];
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

/** The 主张 Claims outline group: claim sentences by score, highest first; detail the kinds. */
export function provideClaimSymbols(doc: TextDocument, a: ArticleAnalysis): DocumentSymbol[] {
  if (!a.claims.length) return [];
  const sorted = [...a.claims].sort((x, y) => y.score - x.score || x.start - y.start);
  const children = sorted.map((c): DocumentSymbol => {
    const range = toRange(doc, c);
    return { name: clip(c.text, 24), kind: SymbolKind.Boolean, detail: claimKinds(c, 'en'), range, selectionRange: range };
  });
  return [{ name: '主张 Claims', kind: SymbolKind.Namespace, detail: String(children.length), range: enclosing(children), selectionRange: children[0].selectionRange, children }];
}
