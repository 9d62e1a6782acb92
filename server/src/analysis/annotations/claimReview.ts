/**
 * schema.org `ClaimReview` JSON-LD, one per verdict (https://schema.org/ClaimReview, and the fields
 * Google's fact-check markup requires): the claim's text, the rating, the claim with who made it
 * (the quote's speaker, else the publication) and where it appeared.
 */
import type { ArticleAnalysis, Quote, Span } from '../types';
import { anchorAll } from './incremental';
import { readBody, type Annotation, type Verdict } from './webAnnotation';

/** Rating scale: 1 (false) … 5 (true); `unverifiable` has a label but no value. */
const RATINGS: Record<Verdict, { name: string; value?: number }> = {
  true: { name: 'True', value: 5 },
  'mostly-true': { name: 'Mostly true', value: 4 },
  misleading: { name: 'Misleading', value: 2 },
  false: { name: 'False', value: 1 },
  unverifiable: { name: 'Unverifiable' },
};

export interface ClaimReviewOptions {
  /** The article's URL (or path) for `itemReviewed.appearance`; default each annotation's `target.source`. */
  url?: string;
  /** Who published the article: the claim's author when no speaker is found. */
  publisher?: string;
}

/**
 * One ClaimReview per verdict annotation found in `text`: a `false` verdict on `17个月来首次重要沟通` →
 * `{"@type": "ClaimReview", claimReviewed: '17个月来首次重要沟通', reviewRating: {alternateName: 'False', ratingValue: 1, …}, …}`.
 */
export function toClaimReviews(text: string, analysis: Pick<ArticleAnalysis, 'quotes' | 'title' | 'publicationDate'>, annotations: Annotation[], options: ClaimReviewOptions = {}): Record<string, unknown>[] {
  const headline = analysis.title ? text.slice(analysis.title.content.start, analysis.title.content.end) : undefined;
  const out: Record<string, unknown>[] = [];
  for (const { annotation, anchor } of anchorAll(text, annotations)) {
    const { verdict, note, sources } = readBody(annotation);
    if (!verdict || !anchor.span) continue;
    const span = anchor.span;
    const rating = RATINGS[verdict];
    const review: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      '@id': annotation.id,
      claimReviewed: text.slice(span.start, span.end).replace(/\s+/g, ' ').trim(),
      datePublished: annotation.modified.slice(0, 10),
      author: { '@type': annotation.creator.type === 'Software' ? 'Organization' : 'Person', name: annotation.creator.name },
      reviewRating: { '@type': 'Rating', alternateName: rating.name, ...(rating.value ? { ratingValue: rating.value } : {}), bestRating: 5, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: authorOf(analysis.quotes, span, options),
        ...(analysis.publicationDate ? { datePublished: analysis.publicationDate.value } : {}),
        appearance: { '@type': 'CreativeWork', url: options.url ?? annotation.target.source, ...(headline ? { headline } : {}) },
      },
    };
    if (note) review.reviewBody = note;
    if (sources?.length) review.citation = sources;
    out.push(review);
  }
  return out;
}

/** Who made a claim: the speaker of the quote holding it (or, for a claim sentence, in it), else the publication. */
function authorOf(quotes: readonly Quote[], span: Span, options: ClaimReviewOptions, overlapping = false): Record<string, string> {
  const inside = (q: Quote) => (overlapping ? q.kind === 'speech' && q.start < span.end && span.start < q.end : q.start <= span.start && span.end <= q.end);
  const quote = quotes.find((q) => q.speaker && inside(q));
  return quote?.speaker ? { '@type': 'Person', name: quote.speaker } : { '@type': 'Organization', name: options.publisher ?? 'unknown' };
}

/**
 * The claims no verdict covers yet, as schema.org `Claim` items (https://schema.org/Claim) for a
 * check queue: `据统计，今年过火面积达4.3万公顷。` → `{"@type": "Claim", text: '据统计，…',
 * keywords: ['statistic', 'attributed'], appearance: {url, headline}, …}`, in document order.
 * A claim counts as reviewed when a verdict annotation overlaps its sentence.
 */
export function toUnreviewedClaims(text: string, analysis: Pick<ArticleAnalysis, 'quotes' | 'title' | 'publicationDate' | 'claims'>, annotations: Annotation[], options: ClaimReviewOptions = {}): Record<string, unknown>[] {
  const headline = analysis.title ? text.slice(analysis.title.content.start, analysis.title.content.end) : undefined;
  const reviewed = anchorAll(text, annotations).filter((a) => readBody(a.annotation).verdict && a.anchor.span).map((a) => a.anchor.span!);
  const url = options.url ?? annotations[0]?.target.source;
  const appearance = { '@type': 'CreativeWork', ...(url ? { url } : {}), ...(headline ? { headline } : {}) };
  return analysis.claims
    .filter((c) => !reviewed.some((r) => r.start < c.end && c.start < r.end))
    .map((c) => ({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      ...(url ? { '@id': `${url}#char=${c.start},${c.end}` } : {}),
      text: c.text.replace(/\s+/g, ' ').trim(),
      author: authorOf(analysis.quotes, c, options, true),
      ...(analysis.publicationDate ? { datePublished: analysis.publicationDate.value } : {}),
      appearance,
      firstAppearance: appearance,
      keywords: c.kinds,
      additionalProperty: { '@type': 'PropertyValue', name: 'checkworthiness', value: c.score },
    }));
}
