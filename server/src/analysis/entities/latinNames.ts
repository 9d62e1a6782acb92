import type { EntityMention } from '../types';
import { isTranslit, type Candidate } from './shared';
import { LATIN_GIVEN } from './builtins';
import { SPEAKS_AFTER } from './modelPersonSpans';
import { LATIN_ITEM } from './enumerations';

/**
 * A Latin-script name: words joined by a space (two: a CRLF soft wrap read as spaces, `softWraps.ts`) or a line break, every word after the first
 * capitalized or a number (`Y Combinator`, `Scale AI`, `Robinhood\nMarkets`, `xAI`).
 */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9&'-]*(?:(?: {1,2}|\n)[A-Z0-9][A-Za-z0-9&'-]*)*/g;
/** Last words that make a Latin name an organization's (`Shine Capital`, `Founders Fund`, `Meta Platforms`). */
const ORG_HEADS = new Set('Capital Fund Funds Ventures Partners Markets Platforms Group Holdings Inc Corp Corporation Company Labs Bank Foundation Institute University Technologies Airlines Motors Media Agency'.split(' '));
/**
 * Kinds of organization right before a Latin name: `初创公司Airtable`, `风险投资公司CRV`, `智库RAND`, `网红券商Robinhood`,
 * `零工经济股Lyft`, `东南亚电商Qoo10`, `零售投资平台eToro`; a group's own (`微软旗下GitHub`).
 */
const KIND_BEFORE = /(?:公司|企业|集团|机构|智库|银行|基金|媒体|网站|研究所|交易所|制造商|开发商|运营商|供应商|零售商|服务商|券商|投行|车企|药企|厂商|巨头|连锁店|博客|概念股|经济股)$/;
/**
 * Kinds before a name that hold products as readily (`社交平台X`, `旗下F-150电动皮卡`): organizations only for
 * a name of two or more letters in capitals and lower case ({@link LATIN_ITEM}).
 */
const WEAK_KIND_BEFORE = /(?:电商|平台|旗下)$/;
/**
 * What a company has, right after its name: `Airtable的首席执行官`, `Brex的联合创始人`, `CRV的普通合伙人`,
 * `CryptoQuant的数据显示`, `Coinglass提供的数据`, `Zillow的数据科学经理`.
 */
const ROLE_AFTER = /^的?(?:联合创始人|创始人|首席执行官|CEO|董事会|董事长|总裁|普通合伙人|合伙人|股价|市值|员工|发言人|数据显示)|^提供的数据|^的[\u4e00-\u9fa5]{0,4}(?:经理|主管|总监|策略师|分析师|高管)/;
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
const NO_COMPANY = new RegExp(`^(?:${OFFICERS}|ETF|IPO|AI|APP|App|app|Q[1-4]|H[12]|FY)$|[0-9]{4}`);
/**
 * A person's title or occupation right before a Latin name makes it a person's (`首席执行官Howie Liu`,
 * `策略师Marko Kolanovic`, `发言人Boschetti`): the agentive endings of Chinese occupational nouns (`…官`,
 * `…师`, `…家`, `…员`, `…长`) and the titles that have none. Not the words that only look like them
 * (`国家`, `一家`, `增长`).
 */
const TITLE_BEFORE = /(?:(?<![国大独商厂店一这那每两几多某该全])家|(?<![厨])师|官|(?<![动])员|(?<![增成延擅生专])长|总裁|总监|主任|主席|经理|教授|顾问|记者|作者|主编|编辑|董事|总统|总理|首相|议长|教练|选手|博士|(?:发言|创始|负责|合伙|投资|主持|经纪|代理|掌门|候选|发起)人|CEO|CFO|COO|CTO)$/;
/** One Latin word shaped like a surname: `Zaccarelli`, `Jain-Chandra` (not `OpenAI`, `IBM`, `iPhone`). */
const SURNAME_WORD = /^[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?$/;

/**
 * Latin-script names with evidence of what they are, rule `latin-name`: `初创公司Airtable的首席执行官Howie Liu`
 * → `Airtable` organization, `Howie Liu` person; `风险投资公司Y Combinator` → `Y Combinator`. A Latin
 * word without such evidence (`Vision Pro`, `iPad`: products) is left to the model.
 */
export function findLatinNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LATIN_RUN)) {
    // a date's number after the name is the date's (`钛媒体App 2月2日消息`, `Booking Holdings\n2月22日表示`)
    const run = /^[月日年号]/.test(text.charAt(m.index + m[0].length)) ? m[0].replace(/(?: {1,2}|\n)[0-9]+$/, '') : m[0];
    const start = m.index, end = start + run.length;
    // a run inside a longer Latin or digit run (`e2780ee`, `3M`) is a fragment, not a name
    if (/[A-Za-z0-9.]/.test(text.charAt(start - 1)) || /[A-Za-z0-9]/.test(text.charAt(end))) continue;
    const words = run.split(/[ \n]/);
    // a name broken across lines goes on in the next paragraph (`Founders` + `Fund`): not this one's to cut
    if (end === text.length && /[A-Za-z]$/.test(run)) continue;
    // `OpenAI CEO Sam Altman`: a company, a title and a person, run together
    const t = LATIN_TITLE.exec(run);
    if (t) {
      const person = run.slice(t.index + t[0].length);
      if (t.index >= 2) out.push({ start, end: start + t.index, type: 'organization', rule: 'latin-name', priority: 6 });
      if (/^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(person)) out.push({ start: end - person.length, end, type: 'person', rule: 'latin-name', priority: 6 });
      continue;
    }
    // `TikTok CEO周受资`: a company, then its officer's title, then a name in Chinese
    const officer = TITLE_END.exec(run);
    if (officer) {
      if (officer.index >= 2 && /^[\u4e00-\u9fa5]/.test(text.charAt(end))) out.push({ start, end: start + officer.index, type: 'organization', rule: 'latin-name', priority: 6 });
      continue;
    }
    // a domain (`www.12339.gov`), a quarter (`Q4`, glued on: `SoftwareQ4`) and a class of shares (`A股`) are no names
    if (NO_COMPANY.test(run) || (text.charAt(end) === '.' && /[a-z]/.test(text.charAt(end + 1))) || /[a-z]Q[1-4]$/.test(run) || (/^[A-Z]$/.test(run) && text.charAt(end) === '股')) continue;
    const before = text.slice(Math.max(0, start - 6), start), after = text.slice(end, end + 24);
    const organization = (ORG_HEADS.has(words[words.length - 1]) && words.length > 1) || KIND_BEFORE.test(before) || (WEAK_KIND_BEFORE.test(before) && LATIN_ITEM.test(run)) || ROLE_AFTER.test(after) || IS_COMPANY.test(after);
    if (organization) out.push({ start, end, type: 'organization', rule: 'latin-name', priority: 6 });
    else if (TITLE_BEFORE.test(before) && isPersonShape(run)) out.push({ start, end, type: 'person', rule: 'latin-name', priority: 6 });
    else if (isGivenAndSurname(run, words, after) && !glossOfThing(text, start)) out.push({ start, end, type: 'person', rule: LATIN_GIVEN_RULE, priority: 6 });
    // `Zaccarelli表示`, `Altman的公司`: a person if the article names one `… Zaccarelli` (waiting.ts)
    else if (SURNAME_WORD.test(run)) out.push({ start, end, type: 'person', rule: LATIN_SURNAME, priority: 1 });
  }
  return out;
}

/** A person's name in Latin letters: one surname-shaped word, or two to four words of a name on one line. */
const isPersonShape = (run: string): boolean => SURNAME_WORD.test(run) || (PERSON_GLOSS.test(run.replace(/\n/g, ' ')) && !run.includes('·') && /[A-Za-z]{2}$/.test(run));
/**
 * The rule of a Latin name read as a person's by its given name alone (`Chris Zaccarelli`): weaker than
 * a title's evidence, so a list's type outweighs it (`巴克莱、Piper Sandler和Redburn`, enumerations.ts).
 */
const LATIN_GIVEN_RULE = 'latin-given-name';

/** What follows a brand or a product, not a person: `Louis Vuitton官网`, `Vision Pro官方`. */
const BRAND_AFTER = /^(?:官网|官方|品牌|旗下)/;
/** Speech right after a name (`Louise\nStreet认为`): the speech verbs of modelPersonSpans.ts and a commentator's. */
const speaksAfter = (after: string): boolean => SPEAKS_AFTER.test(after) || /^(?:评论|写道)/.test(after);
/**
 * A run in brackets that glosses something other than a transliterated name: `“星虹”号(Star Iris)`, not
 * `霍利（Josh Hawley）` (nor a bracket opening its line, `埃伦普里斯⏎(Ira Ehrenpreis)`).
 */
const glossOfThing = (text: string, start: number): boolean =>
  /[（(]/.test(text.charAt(start - 1)) && start > 1 && !isTranslit(text.slice(Math.max(0, start - 5), start - 1).trimEnd().slice(-2));
/**
 * `Chris Zaccarelli`, `Lorie Logan`: an English given name, then one or two surname-shaped words, on one
 * line or, before speech, over a wrap (`Louise\nStreet认为`; not `Davis\nPolk & Wardwell`, a firm's name).
 */
const isGivenAndSurname = (run: string, words: string[], after: string): boolean =>
  (!run.includes('\n') || speaksAfter(after)) && !BRAND_AFTER.test(after) && words.length >= 2 && words.length <= 3 && LATIN_GIVEN.has(words[0]) && words.slice(1).every((w) => SURNAME_WORD.test(w)) && !ORG_HEADS.has(words[words.length - 1]);

/** The rule of a single Latin word no other evidence types, a person only once the article names them in full. */
const LATIN_SURNAME = 'latin-surname';
/** A single Latin word no other evidence types (`Zaccarelli`): it fills a gap after every other rule and waits for {@link fullNameSurname}. */
export const isLatinSurname = (c: { rule: string }): boolean => c.rule === LATIN_SURNAME;

/**
 * `Zaccarelli表示` stays a person (rule `latin-surname`) only where the article names a person in Latin
 * letters whose last word it is (`独立顾问联盟的Chris Zaccarelli`, `扎卡雷利（Chris Zaccarelli）`); a single
 * word no full name explains (`Temu表示`, `Sky表示`) is dropped (`waiting.ts` keeps or drops it): the last
 * word of a mention that is a Latin full name (`Chris Zaccarelli` → `Zaccarelli`), else null.
 */
export function fullNameSurname(m: EntityMention): string | null {
  if (m.type !== 'person' || m.rule === LATIN_SURNAME || !isLatinLetter(m.text.charCodeAt(0))) return null;
  const cut = Math.max(m.text.lastIndexOf(' '), m.text.lastIndexOf('\n'));
  return cut > 0 ? m.text.slice(cut + 1) : null;
}

/** `A`–`Z`, `a`–`z`. */
const isLatinLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** A Latin gloss in brackets: `（CNN）`, `（Gallup）`, `(RUSI)`. */
const GLOSS = /^[（(]([A-Za-z][A-Za-z0-9&' \n-]{0,40})[)）]/;

/** An exchange's stock code in a company's brackets (`集友股份（SH603429）`): no name. */
const STOCK_CODE = /^[A-Z]{1,6}[0-9]{4,}$/;

/**
 * A person's name in Latin letters on one line: two to four capitalized words (`Sam Altman`,
 * `Kathaleen St. J. McCormick`, `Sha'Carri Richardson`, `Diede de Groot`), joined by spaces or `·`.
 */
const GLOSS_WORD = String.raw`(?:[A-Z](?:[a-z]*\.)?[A-Za-z'-]*|de|van|von|da|di|bin|al|le|la)`;
const PERSON_GLOSS = new RegExp(`^${GLOSS_WORD}(?: {1,2}|·)${GLOSS_WORD}(?:(?: {1,2}|·)${GLOSS_WORD}){0,2}$`);

/**
 * The Latin name glossing an organization's, a place's or a person's Chinese name, as that organization,
 * place or person (rule `latin-gloss`; a transliterated person's gloss the model typed otherwise is retyped in
 * `mentions`): `美国有线电视新闻网（CNN）` → `CNN`, `山姆·奥特曼（Sam Altman）` →
 * `Sam Altman`, `新首都努山达拉（Nusantara）` → `Nusantara`, `《世道报》（Verdens Gang）`, `黄仁勋 (Jensen Huang)`.
 * A person's gloss must be a name on one line: one a line break cuts (`扎卢日内（Valerii\nZaluzhnyi）`) is
 * left as the guideline leaves such names (optional, kept as written), and a single word is no full name
 * (`纳瓦尔尼（Navalny）` is left out: on the corpus such words glossed as many places, firms and brands the
 * model had read as people as they glossed people).
 */
export function findLatinGlosses(text: string, mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    // a title's closing mark or one space may stand between the name and its gloss
    const lead = /^(?:》|』| )?/.exec(text.slice(m.end, m.end + 1))![0].length;
    const g = GLOSS.exec(text.slice(m.end + lead, m.end + lead + 44));
    // a Latin name's own bracket holds its ticker or acronym (`Robinhood（HOOD）`), no second name
    if (!g || (m.type === 'person' && !PERSON_GLOSS.test(g[1])) || isLatinLetter(m.text.charCodeAt(0)) || STOCK_CODE.test(g[1])) continue;
    const start = m.end + lead + 1, end = start + g[1].length;
    if (mentions.some((o) => o.start < end && start < o.end)) {
      // a transliterated person's full name the model read as another kind (`唐纳德·图斯克（Donald Tusk）`; a soft wrap reads as a space)
      const k = mentions.findIndex((o) => o.start === start && o.end === end);
      if (k >= 0 && m.type === 'person' && mentions[k].type !== 'person' && mentions[k].rule === 'model' && isTranslit(m.text.replace(/[·•]/g, ''))) mentions[k] = { ...mentions[k], type: 'person' };
      continue;
    }
    out.push({ start, end, text: g[1], type: m.type, rule: 'latin-gloss' });
  }
  return out;
}
