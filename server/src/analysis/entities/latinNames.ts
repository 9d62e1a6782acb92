import type { Block, EntityMention } from '../types';
import type { Candidate } from './shared';

/**
 * A Latin-script name: words joined by one space or one line break, every word after the first
 * capitalized or a number (`Y Combinator`, `Scale AI`, `Robinhood\nMarkets`, `xAI`).
 */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9&'-]*(?:[ \n][A-Z0-9][A-Za-z0-9&'-]*)*/g;
/** Last words that make a Latin name an organization's (`Shine Capital`, `Founders Fund`, `Meta Platforms`). */
const ORG_HEADS = new Set('Capital Fund Funds Ventures Partners Markets Platforms Group Holdings Inc Corp Corporation Company Labs Bank Foundation Institute University Technologies Airlines Motors Media Agency'.split(' '));
/** Kinds of organization right before a Latin name: `初创公司Airtable`, `风险投资公司CRV`, `智库RAND`, `网红券商Robinhood`, `零工经济股Lyft`. */
const KIND_BEFORE = /(?:公司|企业|集团|机构|智库|银行|基金|媒体|网站|研究所|交易所|制造商|开发商|运营商|供应商|零售商|服务商|券商|投行|车企|药企|厂商|巨头|连锁店|博客|概念股|经济股)$/;
/** What a company has, right after its name: `Airtable的首席执行官`, `Brex的联合创始人`, `CRV的普通合伙人`, `CryptoQuant的数据显示`. */
const ROLE_AFTER = /^的?(?:联合创始人|创始人|首席执行官|CEO|董事会|董事长|总裁|普通合伙人|合伙人|股价|市值|员工|发言人|数据显示)/;
/** `Traba是一家…公司`: a name said to be a company. */
const IS_COMPANY = /^是一家[^，。；\n]{0,16}(?:公司|企业|机构|平台)/;
/** Officers' titles in Latin letters. */
const OFFICERS = 'CEO|CFO|COO|CTO|CMO';
/**
 * A company's title written in Latin letters inside a run, between the company and a person: `OpenAI CEO
 * Sam Altman`. Not `President` or `Chairman`, which follow countries and offices as readily (`US President Joe Biden`).
 */
export const LATIN_TITLE = new RegExp(` (?:${OFFICERS}|Founder|Co-founder) `);
/** An officer's title ending a run, the person's name following in Chinese (`TikTok CEO周受资`). */
const TITLE_END = new RegExp(`[ \\n](?:${OFFICERS})$`);
/** A title or a kind of product alone (`巨头CEO`, `券商ETF`), a code with a year (`CFPS2010-2018`): no company. */
const NO_COMPANY = new RegExp(`^(?:${OFFICERS}|ETF|IPO|AI|APP|App|app)$|[0-9]{4}`);
/** Titles of office before a full Latin name make it a person's: `首席执行官Howie Liu`. */
const TITLE_BEFORE = /(?:首席执行官|执行官|创始人|总裁|董事长|主席|经理|教授|分析师|CEO)$/;

/**
 * Latin-script names with evidence of what they are, rule `latin-name`: `初创公司Airtable的首席执行官Howie Liu`
 * → `Airtable` organization, `Howie Liu` person; `风险投资公司Y Combinator` → `Y Combinator`. A Latin
 * word without such evidence (`Vision Pro`, `iPad`: products) is left to the model.
 */
export function findLatinNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LATIN_RUN)) {
    const start = m.index, end = start + m[0].length;
    // a run inside a longer Latin or digit run (`e2780ee`, `3M`) is a fragment, not a name
    if (/[A-Za-z0-9.]/.test(text.charAt(start - 1)) || /[A-Za-z0-9]/.test(text.charAt(end))) continue;
    const words = m[0].split(/[ \n]/);
    // a name broken across lines goes on in the next paragraph (`Founders` + `Fund`): not this one's to cut
    if (end === text.length && /[A-Za-z]$/.test(m[0])) continue;
    // `OpenAI CEO Sam Altman`: a company, a title and a person, run together
    const t = LATIN_TITLE.exec(m[0]);
    if (t) {
      const person = m[0].slice(t.index + t[0].length);
      if (t.index >= 2) out.push({ start, end: start + t.index, type: 'organization', rule: 'latin-name', priority: 6 });
      if (/^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(person)) out.push({ start: end - person.length, end, type: 'person', rule: 'latin-name', priority: 6 });
      continue;
    }
    // `TikTok CEO周受资`: a company, then its officer's title, then a name in Chinese
    const officer = TITLE_END.exec(m[0]);
    if (officer) {
      if (officer.index >= 2 && /^[\u4e00-\u9fa5]/.test(text.charAt(end))) out.push({ start, end: start + officer.index, type: 'organization', rule: 'latin-name', priority: 6 });
      continue;
    }
    if (NO_COMPANY.test(m[0])) continue;
    const before = text.slice(Math.max(0, start - 6), start), after = text.slice(end, end + 24);
    const type = words.length >= 2 && words.length <= 3 && TITLE_BEFORE.test(before) && words.every((w) => /^[A-Z][a-z]+$/.test(w))
      ? 'person'
      : ORG_HEADS.has(words[words.length - 1]) && words.length > 1 || KIND_BEFORE.test(before) || ROLE_AFTER.test(after) || IS_COMPANY.test(after)
        ? 'organization'
        : null;
    if (type) out.push({ start, end, type, rule: 'latin-name', priority: 6 });
  }
  return out;
}

/** A Latin gloss in brackets: `（CNN）`, `（Gallup）`, `(RUSI)`. */
const GLOSS = /^[（(]([A-Za-z][A-Za-z0-9&' \n-]{0,40})[)）]/;

/**
 * A person's name in Latin letters on one line: two to four capitalized words (`Sam Altman`,
 * `Kathaleen St. J. McCormick`, `Sha'Carri Richardson`, `Diede de Groot`), joined by spaces or `·`.
 */
const GLOSS_WORD = String.raw`(?:[A-Z][a-z]*[.']?[A-Za-z'-]*|de|van|von|da|di|bin|al|le|la)`;
const PERSON_GLOSS = new RegExp(`^${GLOSS_WORD}(?:[ ·]${GLOSS_WORD}){1,3}$`);

/**
 * The Latin name glossing an organization's or a person's Chinese name, as that organization or
 * person (rule `latin-gloss`): `美国有线电视新闻网（CNN）` → `CNN`, `山姆·奥特曼（Sam Altman）` → `Sam Altman`.
 * A person's gloss must be a name on one line: one a line break cuts (`扎卢日内（Valerii\nZaluzhnyi）`) is
 * left as the guideline leaves such names (optional, kept as written), and a single word is no full name.
 */
export function findLatinGlosses(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'organization' && m.type !== 'person') continue;
    const g = GLOSS.exec(text.slice(m.end, m.end + 44));
    if (!g || (m.type === 'person' && !PERSON_GLOSS.test(g[1]))) continue;
    const start = m.end + 1, end = start + g[1].length;
    if (mentions.some((o) => o.start < end && start < o.end)) continue;
    out.push({ start, end, text: g[1], type: m.type, rule: 'latin-gloss' });
  }
  return out;
}

/**
 * Latin names that a hard line wrap cut in two (`Screen\nCapital`, `Y\nCombinator`): the corpus wraps
 * long lines at the spaces between Latin words, so the two halves land in two line blocks, each
 * analysed alone. Where one prose block ends in a Latin word and the next line starts with one, the
 * two blocks are read together by {@link findLatinNames}; a name it finds across the wrap replaces the
 * mentions inside it (`Capital`, `Combinator`). Returns `mentions` itself when nothing changes.
 */
export function joinWrappedLatinNames(text: string, prose: readonly Block[], mentions: EntityMention[]): EntityMention[] {
  let out = mentions;
  for (let i = 0; i + 1 < prose.length; i++) {
    const a = prose[i].content, b = prose[i + 1].content;
    // a wrap, not a paragraph break: the next line starts right after this one's line break
    if (text.charCodeAt(a.end) !== 10 || b.start !== a.end + 1) continue;
    if (!/[A-Za-z0-9]/.test(text.charAt(a.end - 1)) || !/[A-Za-z]/.test(text.charAt(b.start))) continue;
    for (const c of findLatinNames(text.slice(a.start, b.end))) {
      const start = a.start + c.start, end = a.start + c.end;
      if (start >= a.end || end <= b.start) continue;
      // a mention reaching out of the name (a longer name the model or a rule found) keeps its span
      if (out.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end))) continue;
      const kept = out.filter((m) => m.end <= start || m.start >= end);
      const at = kept.findIndex((m) => m.start >= end);
      const joined: EntityMention = { start, end, text: text.slice(start, end), type: c.type, rule: c.rule };
      out = at < 0 ? [...kept, joined] : [...kept.slice(0, at), joined, ...kept.slice(at)];
    }
  }
  return out;
}
