/** Fact-check annotations: the W3C model, re-anchoring, the sidecar format and the exports. See README.md. */
export * from './webAnnotation';
export * from './codePoints';
export { createAnnotation, toSelectors, retarget, editAnnotation, CONTEXT_LENGTH, type CreateOptions } from './create';
export { anchorAnnotation, MIN_SIMILARITY, MIN_QUOTE_CONTEXT, MIN_FUZZY_CONTEXT, type Anchor, type AnchorStatus, type AnchorOptions } from './anchor';
export { anchorAll, updateAnchors, shiftSpan, type TextChange, type AnchoredAnnotation } from './incremental';
export { parseSidecar, serializeSidecar, toAnnotationCollection, mergeAnnotations, type SidecarContents, type SerializeOptions, type MergeResult } from './sidecar';
export { toBrat, toTextBound, BRAT_CONFIG } from './brat';
export { toClaimReviews, toUnreviewedClaims, type ClaimReviewOptions } from './claimReview';
export { toEntityCsv, csvField } from './csv';
export { similarity } from './similarity';
export { matchContext, findFrame, type ContextMatch, type Frame } from './contextMatch';
export { renderExport, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './exportFormats';
