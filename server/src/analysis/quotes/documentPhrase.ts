/**
 * Documents as the subject of a speech clause, read as their owner: `研究会的最新报告` → `研究会`,
 * `一份内部文件《长沙县卫生健康局关于……的函》` → `长沙县卫生健康局`, `该公告` → no one in particular.
 */
import { CITED_BARE, CITER, ORG_END } from './lexicon';
import { OUTLET_REF } from './memory';
import { ORGANIZATIONS } from '../entities/builtins';
import type { SpeakerPhrase } from './phrase';

/** Words that say what kind of copy a document is, naming no owner (`内部文件`). */
const COPY = '内部|红头|正式';
/** A document as subject (`文章称`, `基金会的最新报告指出`), with the words before it as its owner. */
const DOCUMENT = new RegExp(`^(.*?)的?(?:(?:最新|最近|年度|这份|那份|该份?|此份?|一份|新|${COPY})的?)*(?:研究报告|调查报告|工作报告|报告|文章|声明|公告|通报|社论|白皮书|邮件|信件|帖子|说法|讣告|通知|新闻公报|联合公报|公报|文件|方案|表态|评论|批评|回应|答复|讲话|发言)(?:中|里)?$`);

/**
 * A document named by its title, in the form of Chinese official documents (issuer, `关于`, matter,
 * kind): `（记者获得的）（一份内部文件）《X关于……的函》（中）（明确）`; group 1 is the issuer.
 */
const TITLED = new RegExp(`^(?:[^《》“”，。]*的)?(?:[一这该此那]份|一纸)?(?:${COPY}|相关|有关)?(?:文件|公文|通知|函件?)?《([^《》]{2,40}?)(?:关于|对于)[^《》]+》(?:中|里|内)?(?:还|也|则|又|明确|特别|进一步|同时|最后|更|已)*\\s*$`);

type Classify = (name: string, at: number) => SpeakerPhrase | null;

/**
 * The body that issued a document named by its title, when that title is the whole subject of a speech
 * clause (`clause` from `at`): `一份内部文件《长沙县卫生健康局关于……的函》明确` → `长沙县卫生健康局`.
 * The subject reading of speakerPhrase.ts would cut such a title at its preposition (`关于`).
 */
export function documentIssuer(clause: string, at: number): SpeakerPhrase | null {
  // every speech clause comes here: most hold no title at all
  if (clause.indexOf('《', at) < 0) return null;
  const titled = TITLED.exec(clause.slice(at));
  if (!titled) return null;
  // `北京市教育委员会、北京市财政局关于……`, `X市教育局与X市财政局关于……`: the first issuer
  const issuer = titled[1].split(/[、与及]/)[0];
  if (!ORG_END.test(issuer) && !ORGANIZATIONS.has(issuer)) return null;
  const start = clause.indexOf('《', at) + 1;
  return { name: issuer, start, end: start + issuer.length, cls: 'name' };
}

/**
 * A document speaks for its owner: `研究会的最新报告` → `研究会`, `他们的报告` → the pronoun `他们`; a
 * document with no owner (`文章`, `该公告`, `内部文件`) names no one (indefinite). Undefined when `name` is no document. `classify`
 * reads the owner (speakerPhrase.ts).
 */
export function documentOwner(name: string, start: number, classify: Classify): SpeakerPhrase | null | undefined {
  const m = DOCUMENT.exec(name);
  if (!m) return undefined;
  const owner = m[1].trim();
  // `文章说`, `该文章指出`: the article or report the text is citing, i.e. the last outlet that spoke
  if ((!owner || /^(?:该|这篇?|此)$/.test(owner)) && /(?:文章|社论)(?:中|里)?$/.test(name)) return { name: OUTLET_REF, start, end: start + name.length, cls: 'pronoun' };
  if (!owner || /^(?:[该这此那一本])$/.test(owner)) return { name, start, end: start + name.length, cls: 'indefinite' };
  const at = start + m[1].indexOf(owner);
  if (/^(?:他们|她们|他|她|其)$/.test(owner)) return { name: owner, start: at, end: at + owner.length, cls: 'pronoun' };
  const p = classify(owner, at);
  return p && p.cls !== 'pronoun' ? p : { name, start, end: start + name.length, cls: 'indefinite' };
}

/** Where the owner stands in a document phrase (`英伟达的报告中` → 0–3), for one the phrase rules read as no one's; null if none. */
export function documentOwnerSpan(name: string): { start: number; end: number } | null {
  const m = DOCUMENT.exec(name);
  const owner = m?.[1].trim();
  if (!owner) return null;
  const start = m![1].indexOf(owner);
  return { start, end: start + owner.length };
}

/** A body's own account or site (`官方微博`, `微信公众号`, `官网`). */
const ACCOUNT = /(?:官方微博|官方微信|官方账号|官方网站|官方公众号|微信公众号|公众号|官微|官网|微博账号|微博|抖音号|账号)$/;

/** A body's account speaks for the body: `阿里巴巴集团官方微博` → `阿里巴巴集团`. Undefined when `name` is no named body's account. */
export function accountOwner(name: string, start: number, classify: Classify): SpeakerPhrase | undefined {
  const account = ACCOUNT.exec(name);
  if (!account || account.index < 2) return undefined;
  const p = classify(name.slice(0, account.index), start);
  return p && (p.cls === 'name' || p.cls === 'media') ? p : undefined;
}

/**
 * `报道援引专家张三`(说): the one cited, with no `的` after them, when an outlet or a report cites them (not
 * a person relaying someone's words); undefined when the clause cites no one so.
 */
export function citedBare(clause: string, start: number, classify: Classify): SpeakerPhrase | null | undefined {
  const bare = CITED_BARE.exec(clause.slice(start).trimEnd());
  if (!bare || !CITER.test(clause.slice(start, start + bare.index))) return undefined;
  return classify(bare[1], start + bare.index + bare[0].length - bare[1].length);
}

/** A title published with no publisher named (`近日发布的《中国养老金发展报告2023》`): read as the outlet its title names. */
const PUBLISHED_TITLE = /^(?:近日|日前|最新|此前|今年|去年|本月|上月|刚刚|新近)?(?:发布|公布|出版|推出|发表|出炉|披露)的《([^《》]{2,40})》(?:在[^，。；：《》]{1,20}(?:时|中))?\s*$/;

/** {@link PUBLISHED_TITLE} at `start` of the clause, else null. */
export function publishedTitle(clause: string, start: number): SpeakerPhrase | null {
  const m = PUBLISHED_TITLE.exec(clause.slice(start));
  if (!m) return null;
  const at = start + m[0].indexOf('《') + 1;
  return { name: m[1], start: at, end: at + m[1].length, cls: 'media' };
}

/** `在2021年8月光明网发表的一篇报道中`(称): where a report stood, its publisher named before it. */
const IN_PUBLISHED = /^在(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?([\u4e00-\u9fa5A-Za-z]{2,12}?)(?:发表|发布|刊发|刊登)的(?:一篇|一则|相关)?(?:报道|文章|评论|社论|新闻)(?:中|里)?\s*$/;

/** The publisher of the report a clause opening with `在` cites (`在……光明网发表的一篇报道中称` → `光明网`), else null. */
export function publisherIn(clause: string, start: number, classify: Classify): SpeakerPhrase | null {
  const m = IN_PUBLISHED.exec(clause.slice(start));
  return m ? classify(m[1], start + m[0].indexOf(m[1])) : null;
}
