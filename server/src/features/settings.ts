import type { FindingCode } from '../analysis/types';
import type { SeverityOverrides, SeveritySetting } from '../common/severities';

export { applySeverities, type SeveritySetting } from '../common/severities';

/** The `newslens.*` settings the server reads (see package.json `contributes.configuration`). */
export interface Settings {
  publicationDate: string;
  language: 'auto' | 'zh' | 'en';
  lexiconFiles: string[];
  /** By diagnostic code: finding codes, and `factcheck.*` / `annotation.*`. */
  diagnostics: SeverityOverrides;
  annotations: { creator: string; location: 'beside' | 'workspace' };
  maxDocumentSize: number;
  /** At most this many diagnostics per document, the most severe first (`newslens.maxDiagnostics`; 0: all). */
  maxDiagnostics: number;
  /** The workspace index (`newslens.workspace.*`): on or off, which files, at most how many. */
  workspace: { index: boolean; include: string; exclude: string[]; maxFiles: number };
}

export const DEFAULT_SETTINGS: Settings = {
  publicationDate: '',
  language: 'auto',
  lexiconFiles: [],
  diagnostics: {},
  maxDocumentSize: 4_000_000,
  maxDiagnostics: 1000,
  annotations: { creator: '', location: 'beside' },
  workspace: { index: true, include: '**/*.{txt,md}', exclude: [], maxFiles: 20_000 },
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Settings from the client, with anything malformed replaced by its default. */
export function toSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const diagnostics: Settings['diagnostics'] = {};
  // VS Code nests dotted setting keys: `diagnostics.quote.unbalanced` arrives as {quote: {unbalanced}}.
  for (const [code, value] of flatten(r.diagnostics)) if (typeof value === 'string' && SEVERITIES.has(value)) diagnostics[code as FindingCode] = value as SeveritySetting;
  return {
    publicationDate: typeof r.publicationDate === 'string' ? r.publicationDate : '',
    language: r.language === 'zh' || r.language === 'en' ? r.language : 'auto',
    lexiconFiles: Array.isArray(r.lexiconFiles) ? r.lexiconFiles.filter((f): f is string => typeof f === 'string') : [],
    diagnostics,
    maxDocumentSize: typeof r.maxDocumentSize === 'number' && r.maxDocumentSize > 0 ? r.maxDocumentSize : DEFAULT_SETTINGS.maxDocumentSize,
    maxDiagnostics: typeof r.maxDiagnostics === 'number' && r.maxDiagnostics >= 0 ? Math.floor(r.maxDiagnostics) : DEFAULT_SETTINGS.maxDiagnostics,
    annotations: toAnnotationSettings(r.annotations),
    workspace: toWorkspaceSettings(r.workspace),
  };
}

/** `auto` follows the editor's display language (`zh-cn` → zh), anything else English. */
export function messageLanguage(settings: Settings, locale: string | undefined): 'zh' | 'en' {
  if (settings.language !== 'auto') return settings.language;
  return /^zh/i.test(locale ?? '') ? 'zh' : 'en';
}

function flatten(value: unknown, prefix = ''): [string, unknown][] {
  if (!value || typeof value !== 'object') return prefix ? [[prefix, value]] : [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function toAnnotationSettings(raw: unknown): Settings['annotations'] {
  const a = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return { creator: typeof a.creator === 'string' ? a.creator : '', location: a.location === 'workspace' ? 'workspace' : 'beside' };
}

function toWorkspaceSettings(raw: unknown): Settings['workspace'] {
  const w = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS.workspace;
  return {
    index: typeof w.index === 'boolean' ? w.index : d.index,
    include: typeof w.include === 'string' && w.include.trim() ? w.include : d.include,
    exclude: Array.isArray(w.exclude) ? w.exclude.filter((g): g is string => typeof g === 'string' && g !== '') : d.exclude,
    maxFiles: typeof w.maxFiles === 'number' && Number.isInteger(w.maxFiles) && w.maxFiles > 0 ? w.maxFiles : d.maxFiles,
  };
}
