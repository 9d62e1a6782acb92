import type { ArticleAnalysis } from '../types';
import { toBrat } from './brat';
import { toClaimReviews, toUnreviewedClaims } from './claimReview';
import { toEntityCsv } from './csv';
import type { Annotation } from './webAnnotation';
import { serializeSidecar } from './sidecar';

export type ExportFormat = 'brat' | 'w3c' | 'claimreview' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['brat', 'w3c', 'claimreview', 'csv'];

export interface ExportOptions {
  /** How the article is named in the export (`seeds/a.txt`). */
  source: string;
  /** The article's URL for ClaimReview (default: `source`). */
  url?: string;
  publisher?: string;
  /** ClaimReview: the claims no verdict covers yet follow the reviews, as `Claim` items. */
  includeClaims?: boolean;
}

/**
 * One export of an article, as text: `renderExport('csv', text, analysis, [], {source: 'a.txt'})` →
 * `name,type,aliases,mentions\n董军,person,,5\n…`. `annotations` carry selectors of the current text.
 */
export function renderExport(format: ExportFormat, text: string, analysis: ArticleAnalysis, annotations: Annotation[], options: ExportOptions): string {
  if (format === 'brat') return toBrat(text, analysis, annotations);
  if (format === 'w3c') return serializeSidecar(annotations.map((a) => ({ ...a, target: { ...a.target, source: options.source } })), { source: options.source });
  if (format === 'claimreview') {
    const o = { url: options.url ?? options.source, publisher: options.publisher };
    const claims = options.includeClaims ? toUnreviewedClaims(text, analysis, annotations, o) : [];
    return `${JSON.stringify([...toClaimReviews(text, analysis, annotations, o), ...claims], null, 2)}\n`;
  }
  return toEntityCsv(analysis);
}
