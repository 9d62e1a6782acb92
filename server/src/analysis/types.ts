/**
 * Plain data shared by every analysis module. All spans are UTF-16 code-unit offsets
 * (JS string indices) into the whole document text, `end` exclusive, unless a type says otherwise.
 */

/** A half-open range `[start, end)` of UTF-16 code units: `{start: 0, end: 2}` of `董军表示` is `董军`. */
export interface Span {
  start: number;
  end: number;
}

/** One segmenter token with its part-of-speech tag: `{word: '董军', tag: 'x', start: 6, end: 8}`. */
export interface Token extends Span {
  word: string;
  tag: string;
}

/** The segmenter as analysis sees it: `中国国防部长` → `[{word:'中国',tag:'ns'},{word:'国防部长',tag:'n'}]`. */
export type Segment = (text: string) => { word: string; tag: string }[];

export type EntityType = 'person' | 'place' | 'organization';

/** One mention of an entity in the text: `董军` at 6–8, type `person`, found by rule `surname-name`. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Which rule or lexicon produced it (shown in hovers, used when debugging rules). */
  rule: string;
  /** Id of the grouped {@link Entity}; set by grouping. */
  entityId?: string;
}

/** Mentions of one real-world entity grouped: `苏拉布·古普塔` with alias `古普塔`, 3 mentions. */
export interface Entity {
  id: string;
  /** Canonical (usually the longest) name. */
  name: string;
  type: EntityType;
  /** Other surface forms, canonical name excluded. */
  aliases: string[];
  /** Every mention, in document order. */
  mentions: Span[];
}

/** A time expression resolved against the publication date: `去年12月` → `2023-12`. */
export interface DateMention extends Span {
  text: string;
  /** TIMEX3 value (`2024-04-16`, `2023-12`, `2024-SU`, `2024-01-08/2024-01-09`), or null when vague/unresolvable. */
  value: string | null;
  /** True for `近日`, `目前`, `近期`: deliberately not resolved to a calendar value. */
  vague: boolean;
  /** True when the value depends on the publication date (`去年`, `周二`, `16日`). */
  relative: boolean;
  /** Weekday of a single-day value, e.g. `Tuesday` / `星期二`; null otherwise. */
  weekday: { en: string; zh: string } | null;
  /** Human-readable reasoning: `去年 = 2023, relative to 2024-04-17 (image URL)`. */
  reason: string;
}

export type QuoteKind = 'speech' | 'term';

/** A quoted span: `“我完全期待……”` with its speaker `苏拉布·古普塔`. */
export interface Quote extends Span {
  /** The text inside the marks (for a multi-paragraph quote: everything between first open and last close). */
  text: string;
  /** The span of `text` (inside the marks). */
  inner: Span;
  /** The opening mark: `“`, `「`, `『`, `‘`. */
  mark: string;
  kind: QuoteKind;
  speaker: string | null;
  /** Where the speaker's name was found, if in the text. */
  speakerSpan: Span | null;
  /** How the speaker was found: `verb-before`, `verb-after`, `pronoun`, `carried`, … (shown in hovers). */
  speakerVia: string | null;
}

export type FindingCode =
  | 'quote.unbalanced'
  | 'quote.unattributed'
  | 'date.unresolved'
  | 'date.weekday-mismatch'
  | 'date.future'
  | 'source.vague'
  | 'source.anonymous'
  | 'entity.name-variant'
  | 'consistency.number-mismatch'
  | 'claim.checkworthy';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Something a fact-checker should look at; becomes a diagnostic. */
export interface Finding extends Span {
  code: FindingCode;
  /** The default severity; settings may override it. */
  severity: Severity;
  message: { zh: string; en: string };
  /** Other places the finding refers to (the other spelling of a name, the opening mark). */
  related?: (Span & { message: { zh: string; en: string } })[];
}

export type BlockKind = 'title' | 'heading' | 'image' | 'paragraph';

/** A line-level block of the article: the `# …` title, a `**…**` heading, an image line, a paragraph. */
export interface Block extends Span {
  kind: BlockKind;
  /** The block's prose without markup (`**高层交往恢复**` → `高层交往恢复`); empty for images. */
  content: Span;
  /** The image URL for image blocks. */
  url?: string;
}

export type PublicationDateSource = 'text' | 'image-url' | 'path' | 'setting';

/** `2024-04-17` found in an image URL. */
export interface PublicationDate {
  value: string;
  source: PublicationDateSource;
  /** Where in the text it was found (text and image-url sources). */
  span: Span | null;
}

export interface ArticleAnalysis {
  title: Block | null;
  blocks: Block[];
  publicationDate: PublicationDate | null;
  entities: Entity[];
  mentions: EntityMention[];
  dates: DateMention[];
  quotes: Quote[];
  /** The check-worthy sentences, in document order (`claims/index.ts`). */
  claims: Claim[];
  findings: Finding[];
}

/** How a stated number relates to the quantity: `约5人` about, `超5千万` over, `近1.3亿` under. */
export type NumberQualifier = 'about' | 'over' | 'under';

/**
 * A number with its unit, normalised: `4.3万公顷` → `{value: 43000, unit: '公顷'}`. The span covers
 * the number, its multipliers, `余`/`多`/`几` and the unit; a qualifier before it (`超`, `约`) is
 * recorded, not spanned.
 */
export interface NumberMention extends Span {
  text: string;
  value: number;
  /** The unit or classifier as written (`元`, `美元`, `人`, `%`, `公顷`, `死`); `个百分点` is `百分点`, `成` is `%`. */
  unit: string | null;
  qualifier: NumberQualifier | null;
}

export type ClaimKind = 'statistic' | 'ranking' | 'comparison' | 'causal' | 'attributed';

/**
 * A check-worthy sentence: `智利森林火灾已致51死` → kinds `causal`, `statistic`, number `51死`
 * (51, `死`). Spans are UTF-16 offsets into the document.
 */
export interface Claim extends Span {
  text: string;
  /** In the order statistic, ranking, comparison, causal, attributed. */
  kinds: ClaimKind[];
  /** The quantities that make it a `statistic` (empty for other kinds). */
  numbers: NumberMention[];
  /** Entity mentions wholly inside the sentence. */
  entities: EntityMention[];
  /** Date mentions wholly inside the sentence. */
  dates: DateMention[];
  /** Higher first; see `scoreClaim` in `claims/index.ts`. */
  score: number;
}
