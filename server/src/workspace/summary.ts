// What the workspace index keeps of one article: its title and its entity groups with the line and
// column of every mention, and its fact-check verdicts. Never the text itself: a 1,875-article folder
// costs a few megabytes, and a mention's line is read from disk when someone asks to see it.
import type { AnchoredAnnotation } from '../analysis/annotations/incremental';
import { readBody } from '../analysis/annotations/webAnnotation';
import type { ArticleAnalysis, EntityType } from '../analysis/types';
import { lineOf, lineStarts } from '../common/lineStarts';

export { lineOf, lineStarts } from '../common/lineStarts';

/** One entity group of an article. `mentions` is flat: `line, character, length, name index` per mention (name index 0 = `name`, i = `aliases[i - 1]`). */
export interface EntitySummary {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number[];
}

/** A check-worthy claim for the fact-checker's queue: where it is, what kinds, its score (`analysis/claims`). */
export interface ClaimSummary {
  text: string;
  kinds: string[];
  score: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

/** The part of an article that depends on its text alone, so it is shared by every file with the same content. */
export interface ArticleSummary {
  title: string;
  /** The title's line, or -1 when the article has none. */
  titleLine: number;
  entities: EntitySummary[];
  /** Its best claims (at most {@link CLAIMS_KEPT}, highest score first); absent in summaries made before claims existed. */
  claims?: ClaimSummary[];
}

/** Claims kept per article: the queue shows the best of each article, not every numeric sentence. */
export const CLAIMS_KEPT = 10;
/** A claim's text as kept (the queue shows one line). */
const CLAIM_TEXT_MAX = 120;

/** A fact-check verdict on a passage: `false` on `17个月来首次` at 3:10–3:16. */
export interface VerdictSummary {
  verdict: string;
  note?: string;
  text: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

/** The index's view of an analysed article. */
export function summarize(text: string, analysis: Pick<ArticleAnalysis, 'title' | 'entities' | 'mentions'> & Partial<Pick<ArticleAnalysis, 'claims'>>, starts = lineStarts(text)): ArticleSummary {
  const title = analysis.title;
  const entities = analysis.entities.map((e): EntitySummary => {
    const names = [e.name, ...e.aliases];
    const mentions: number[] = [];
    for (const m of e.mentions) {
      const line = lineOf(starts, m.start);
      const index = names.indexOf(text.slice(m.start, m.end));
      mentions.push(line, m.start - starts[line], m.end - m.start, Math.max(0, index));
    }
    return { name: e.name, type: e.type, aliases: e.aliases, mentions };
  });
  const claims = [...(analysis.claims ?? [])]
    .sort((a, b) => b.score - a.score || a.start - b.start)
    .slice(0, CLAIMS_KEPT)
    .map((c): ClaimSummary => {
      const line = lineOf(starts, c.start);
      const endLine = lineOf(starts, c.end);
      return { text: c.text.slice(0, CLAIM_TEXT_MAX), kinds: [...c.kinds], score: c.score, line, character: c.start - starts[line], endLine, endCharacter: c.end - starts[endLine] };
    });
  return { title: title ? text.slice(title.content.start, title.content.end).trim() : '', titleLine: title ? lineOf(starts, title.start) : -1, entities, claims };
}

/** The verdicts among an article's anchored annotations (orphaned ones have no place to open, so they are left out). */
export function summarizeVerdicts(text: string, anchored: AnchoredAnnotation[], starts = lineStarts(text)): VerdictSummary[] {
  const out: VerdictSummary[] = [];
  for (const { annotation, anchor } of anchored) {
    const body = readBody(annotation);
    if (!body.verdict || !anchor.span) continue;
    const line = lineOf(starts, anchor.span.start);
    const endLine = lineOf(starts, anchor.span.end);
    out.push({
      verdict: body.verdict,
      ...(body.note ? { note: body.note } : {}),
      text: text.slice(anchor.span.start, anchor.span.end),
      line,
      character: anchor.span.start - starts[line],
      endLine,
      endCharacter: anchor.span.end - starts[endLine],
    });
  }
  return out;
}
