import type { EntityMention, Token } from '../types';
import { COUNTRIES, PLACE_PREFIXES, PLACES, TITLES } from './builtins';
import { orgHeadLength } from './organizations';
import { OWNER_OF_PLACE } from './places';
import { isHan } from './shared';
import { isWithheld } from './withheldNames';

/** Words after a name that make it a place: `敖德萨州`, `巴赫穆特郊区`, `顿涅茨克一带`, `哈尔科夫方向`. */
const PLACE_AFTER = /^(?:州|郊区|一带|前线|方向|境内|附近|市郊|市区)/;
/**
 * Words before a name that make it a place: verbs of taking and going (`攻占巴赫穆特`, `抵达拉斯维加斯`,
 * `离开克里米亚`), kinds of place in apposition (`州首府赫尔松`, `交通要地阿尔乔莫夫斯克`,
 * `第二大城市哈尔科夫`) and a region before a town in it (`顿涅茨克地区巴赫穆特`).
 */
const PLACE_BEFORE = /(?:攻占|收复|攻克|包围|前往|抵达|位于|飞往|途经|撤出|夺取|离开|逃离|首府|首都|城市|重镇|要地|小镇|港口|港城|地区)$/;
/** After a list of names, words that say they are all places: `阿夫杰耶夫卡、马林卡等地`. */
const PLACES_LIST_END = /^等(?:地(?!方)|城市|城镇|村镇)/;

/**
 * Retypes and grows mentions by the words around them (rule `place-cue`, which grouping carries to
 * every mention of the name in the article): `敖德萨地区` → place `敖德萨地区` (a region named with
 * 地区 takes it into the span); `攻占巴赫穆特` person → place `巴赫穆特` (a model's place there takes the rule too, so grouping
 * carries it); `马林卡、巴赫穆特等地` → both places.
 */
export function applyPlaceCues(text: string, mentions: EntityMention[]): void {
  for (const m of mentions) {
    // a name the report withholds (`前往曹某出没的小区`) is a person whatever follows it
    if (m.type === 'organization' || m.rule === 'user-lexicon' || isWithheld(m)) continue;
    // (not after a country, a continent or an ocean: `欧洲地区`, `中东地区`, `印度洋地区` are "the region of" it)
    if (text.startsWith('地区', m.end) && !mentions.some((o) => o.start === m.end) && !COUNTRIES.has(m.text) && !/洋$/.test(m.text)) {
      m.end += 2;
      m.text = text.slice(m.start, m.end);
      m.type = 'place';
      m.rule = 'place-cue';
    } else if ((m.type === 'person' || m.rule === 'model') && (PLACE_AFTER.test(text.slice(m.end, m.end + 2)) || (PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)) && !OWNER_OF_PLACE.test(text.slice(m.end, m.end + 3))))) {
      m.type = 'place';
      m.rule = 'place-cue';
    }
  }
  applyListCues(text, mentions);
  applyPairCues(text, mentions);
}

/** A name the model read as a person, joined by `和`/`与`/`及`/`、` to a place the words around it showed (`敖德萨和尼古拉耶夫地区`) is a place too. */
function applyPairCues(text: string, mentions: EntityMention[]): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i], n = mentions[i + 1];
    // only the model's reading gives way: a title or a speech verb made the rules' people people
    if (m.type !== 'person' || m.rule !== 'model' || n.rule !== 'place-cue' || n.start !== m.end + 1 || !/[和与及、]/.test(text.charAt(m.end))) continue;
    m.type = 'place';
    m.rule = 'place-cue';
  }
}

/** A name before `等地`, and every name of a `、` list of names ending so, is a place (`等地方官员` is no cue). */
function applyListCues(text: string, mentions: EntityMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    if (!PLACES_LIST_END.test(text.slice(mentions[i].end, mentions[i].end + 4))) continue;
    let first = i;
    while (first > 0 && mentions[first - 1].end + 1 === mentions[first].start && text.charAt(mentions[first - 1].end) === '、') first--;
    for (let k = first; k <= i; k++) {
      const m = mentions[k];
      if (m.type === 'person' && m.rule !== 'user-lexicon') { m.type = 'place'; m.rule = 'place-cue'; }
    }
  }
}

/**
 * Words after a name that make it a company or a school: `特斯拉的总部`, `奥拉克旗下`, `斯坦福等大学`,
 * `某某股价`; a company's kind right after it, its Latin name maybe between (`英特格（Entegris）公司`,
 * `科斯拉风险投资公司`).
 */
const ORGANIZATION_AFTER = /^(?:的总部|总部|旗下|股价|市值|等(?:大学|高校|名校)|(?:[（(][A-Za-z][A-Za-z0-9&' .-]{0,30}[)）])?(?:风险投资|投资|科技|制药|咨询)?(?:公司|集团))/;

/** Universities listed after a name: the name is one (`斯坦福等大学`, `哈佛、耶鲁等名校`). */
const AMONG_SCHOOLS = /^等(?:大学|高校|名校)/;

/** A military command named by its area (`莫斯科军区`, `江西省军区`, `抚州军分区`, `上海警备区`): a body of the military, as the guideline lists militaries. */
const MILITARY_COMMAND = /.(?:军区|军分区|警备区)$/;

/**
 * Retypes a person mention as an organization where the words after it say it is one (rule
 * `organization-cue`, which grouping carries to every mention of the name): `特斯拉的总部` → organization;
 * `奥拉克旗下` only weakly (rule `organization-owner`, weighed like one model reading). A place named as a
 * military command (`列宁格勒军区`) is an organization too.
 */
export function applyOrganizationCues(text: string, mentions: EntityMention[]): void {
  for (const m of mentions) {
    // a university named by its place alone, among universities (`斯坦福等大学`), or a military command
    if (m.type === 'place' && m.rule !== 'user-lexicon' && (MILITARY_COMMAND.test(m.text) || AMONG_SCHOOLS.test(text.slice(m.end, m.end + 4)))) {
      m.type = 'organization';
      m.rule = 'organization-cue';
      continue;
    }
    if (m.type !== 'person' || m.rule === 'user-lexicon') continue;
    const k = ORGANIZATION_AFTER.exec(text.slice(m.end, m.end + 48));
    if (!k) continue;
    m.type = 'organization';
    // people own companies too (`巴菲特旗下的伯克希尔`, `李嘉诚旗下`): `旗下` alone is one reading, not
    // context that retypes every mention of the name in the article
    m.rule = k[0] === '旗下' ? 'organization-owner' : 'organization-cue';
  }
}

const REGNAL = /^[一二三四五六七八九十]{1,3}世(?![纪界代])/;
/** The characters after an outlet that make its website's name (`参考消息网`), not `网友`, `网络`, `网站`. */
const SITE_AFTER = /^网(?![友民络站页点上红传购剧文])/;

/**
 * Names grown over the word that makes them a body of their own: a place's government (rule
 * `government`; the guideline lists `美国政府`, `金门县政府`), and an outlet's website (`参考消息` +
 * `网`, rule `outlet-site`); a person over a monarch's number (`费利佩六世`). `政府` alone and a leader's government (`拜登政府`, optional by the
 * guideline) are left as they are.
 */
export function growNamedBodies(text: string, mentions: EntityMention[]): void {
  mentions.forEach((m, i) => {
    // not over the start of the next mention (`澎湃新闻` + `网易`; mentions are in order and do not
    // overlap), nor into a government's website (`中国政府网`)
    if (m.rule === 'user-lexicon' || mentions[i + 1]?.start === m.end) return;
    let regnal: RegExpExecArray | null = null;
    if (m.type === 'place' && text.charCodeAt(m.end) === 0x653f && text.charAt(m.end + 1) === '府' && text.charAt(m.end + 2) !== '网') {
      m.end += 2;
      m.type = 'organization';
      m.rule = 'government';
    } else if (m.rule === 'lexicon-outlet' && !m.text.endsWith('网') && SITE_AFTER.test(text.slice(m.end, m.end + 2))) {
      m.end += 1;
      m.rule = 'outlet-site';
    } else if (m.type === 'person' && (regnal = REGNAL.exec(text.slice(m.end, m.end + 4)))) {
      // a monarch's or pope's number is part of the name: `费利佩六世`, `查尔斯三世`
      m.end += regnal[0].length;
    } else return;
    m.text = text.slice(m.start, m.end);
  });
}

/** A short name given in brackets after a name: `“阿尔科生命延续基金会”（简称“阿尔科”）`, `（以下简称中汽协）`, `（下称“中央汇金”）`. */
/** What opens a bracket giving a short name, up to the name: `（以下简称`, `（简称“`, `（下称：`; also `spreadNames.ts`. */
export const SHORT_NAME_OPENING = '[（(](?:以下)?[简下]?称[：:]?[“"「]?';
const SHORT_NAME = new RegExp(`^[”"」]?${SHORT_NAME_OPENING}([^“”"「」（）()，,、。；;：:]{2,10}?)[”"」]?[）)]`);

/**
 * The short name an organization's bracket gives, typed like it (rule `organization-cue`, so grouping
 * carries the type to the short name alone elsewhere): `阿尔科生命延续基金会（简称“阿尔科”）` → `阿尔科` organization.
 */
export function findShortNames(text: string, mentions: EntityMention[]): EntityMention[] {
  const found: EntityMention[] = [];
  const inside = new Set<EntityMention>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const k = SHORT_NAME.exec(text.slice(m.end, m.end + 20));
    if (!k) continue;
    // the short name opens the full name, which the mention cut (`认养一头[牛控股集团股份有限公司]（简称“认养一头牛”）`)
    const cut = m.rule === 'user-lexicon' ? 0 : cutOpening(text, m, k[1]);
    if (cut > 0 && !mentions.some((o) => o.end > m.start - cut && o.start < m.start)) { m.start -= cut; m.text = text.slice(m.start, m.end); }
    if (!abbreviates(k[1], m.text)) continue;
    const start = m.end + k[0].indexOf(k[1], k[0].indexOf('称') + 1);
    const end = start + k[1].length;
    const same = mentions.find((o) => o.start === start && o.end === end);
    // pieces of it read on their own (`宁波` of `宁波灵均`, `中国` of `中国信保`) give way to the name
    const over = mentions.filter((o) => o.start < end && start < o.end);
    if (same && same.rule !== 'user-lexicon') Object.assign(same, { type: 'organization', rule: 'organization-cue' });
    else if (!same && over.every((o) => o.start >= start && o.end <= end && o.rule !== 'user-lexicon')) {
      for (const o of over) inside.add(o);
      found.push({ start, end, text: k[1], type: 'organization', rule: 'organization-cue' });
    }
  }
  return found.length === 0 ? mentions : [...mentions.filter((o) => !inside.has(o)), ...found].sort((a, b) => a.start - b.start);
}

/** How many characters before mention `m` begin `short` and run on into it (`认养一头` + `牛…` of `认养一头牛`), or 0. */
function cutOpening(text: string, m: EntityMention, short: string): number {
  for (let n = short.length - 1; n >= 1; n--) if (text.slice(m.start - n, m.start - n + short.length) === short) return n;
  return 0;
}

/**
 * Whether `short` is made from the characters of `name`, as a short name is: its first character and one more
 * (`中央汇金` of `中央汇金投资有限责任公司`, `宏润地产` of `…宏润房地产开发有限公司`); not a role the text gives the body
 * (`（以下简称“招标人”）`, `（下称“我司”）`).
 */
const abbreviates = (short: string, name: string): boolean => name.includes(short.charAt(0)) && [...short.slice(1)].some((c) => name.includes(c));

/** A company's or school's seat in brackets inside its name: `新基石（深圳）科技有限公司`, `中国地质大学（北京）`. */
const SEAT_IN_NAME = /^[（(]([\u4e00-\u9fff]{2,4})[）)]([\u4e00-\u9fff]{0,10}?(?:股份有限公司|有限责任公司|有限公司|律师事务所|会计师事务所|公司))?/;
const SCHOOL = /(?:大学|学院)$/;
/** A group's registered name, `（集团）` inside it: `中国贵州茅台酒厂（集团）有限责任公司`, `中国人寿保险（集团）公司`. */
const GROUP_IN_NAME = /^[（(]集团[）)](?:股份有限公司|有限责任公司|有限公司|公司)/;

/**
 * Names that hold their seat in brackets, made whole (rule `seat-name`): a company name around a place
 * (`乐视控股（北京）有限公司`, whose first part the model or a rule found as an organization) and a
 * school's campus (`中国地质大学（北京）`), a group's registered name (`中国贵州茅台酒厂（集团）有限责任公司`). The place
 * inside is no mention of its own. A first part no one found is left alone: where it starts is a guess (`，王涵来到新基石（深圳）…`).
 */
export function joinSeatNames(text: string, mentions: EntityMention[]): EntityMention[] {
  if (!text.includes('（') && !text.includes('(')) return mentions;
  let out = mentions;
  for (const place of mentions) {
    if (place.type !== 'place' || place.rule === 'user-lexicon' || !/[（(]/.test(text.charAt(place.start - 1))) continue;
    const k = SEAT_IN_NAME.exec(text.slice(place.start - 1, place.start + 20));
    if (!k || k[1] !== place.text) continue;
    const open = place.start - 1;
    const before = out.find((m) => m.end === open && m.type === 'organization' && m.rule !== 'user-lexicon');
    if (!before || (!k[2] && !SCHOOL.test(before.text))) continue;
    const start = before.start;
    const end = open + k[0].length;
    if (start === open || out.some((m) => m.rule === 'user-lexicon' && m.start < end && start < m.end)) continue;
    out = withName(text, out, start, end);
  }
  for (const m of out) {
    if (m.type !== 'organization' || m.rule === 'user-lexicon') continue;
    const g = GROUP_IN_NAME.exec(text.slice(m.end, m.end + 12));
    if (g && !out.some((x) => x.rule === 'user-lexicon' && x.start < m.end + g[0].length && m.start < x.end)) out = withName(text, out, m.start, m.end + g[0].length);
  }
  return out;
}

/** `mentions` with one organization (rule `seat-name`) over `start`–`end` in place of those inside it. */
function withName(text: string, mentions: EntityMention[], start: number, end: number): EntityMention[] {
  const name: EntityMention = { start, end, text: text.slice(start, end), type: 'organization', rule: 'seat-name' };
  return [...mentions.filter((m) => m.end <= start || m.start >= end), name].sort((a, b) => a.start - b.start);
}

/**
 * A public body written with its place before it is one organization, as the guideline takes the
 * longest span (rule `place-body`): `甘肃省` + `定西市安定区委宣传部` → `甘肃省定西市安定区委宣传部`,
 * `美国` + `卡内基国际和平基金会`. Only bodies of the kinds a place names (government, courts, committees,
 * associations, schools, hospitals): a place before a company or a party only says where (`广州海底捞`,
 * `得克萨斯州共和党参议员`). The two must touch (a book-title mark splits them: `美国《福布斯》`); the
 * user's entries stay as they are.
 */
const PUBLIC_BODY = /(?:政府|委员会|[^党]委|局|厅|部|法院|检察院|办公室|总会|协会|学会|商会|基金会|研究院|研究所|中心|署|大学|学院|学校|中学|小学|幼儿园|医院)$/;
/**
 * What a Chinese division's own bodies are called after its name (`人民政府`, `人大常委会`), the people's organizations every
 * division has (`红十字会`, `慈善总会`, `总工会`, `妇联`, `残联`, `科协`, `文联`, `工商联`), and a village's or community's
 * committee and party branch (`村委会`, `居委会`, `党支部`): `即墨区红十字会`, `青岛市即墨区慈善总会`, `浯田村村委会`.
 */
const OWN_BODY = /^(?:人民政府|人民法院|人民检察院|人民代表大会常务委员会|人大常委会|政协|纪委监委|红十字会|慈善总会|慈善协会|总工会|妇联|妇女联合会|残联|残疾人联合会|科协|文联|作协|工商联|侨联|团委|村委会|村民委员会|居委会|居民委员会|党委|党工委|党支部|党总支|村党支部|村党总支)/;
export function joinPlaceBodies(text: string, mentions: EntityMention[]): EntityMention[] {
  // copied only once a pair joins: most paragraphs have none
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const place = mentions[i], body = mentions[i + 1];
    if (body && place.type === 'place' && body.type === 'organization' && body.start === place.end && place.rule !== 'user-lexicon' && body.rule !== 'user-lexicon' && PUBLIC_BODY.test(body.text)) {
      out ??= mentions.slice(0, i);
      const start = chainStart(out, place.start);
      out.push({ start, end: body.end, text: text.slice(start, body.end), type: 'organization', rule: 'place-body' });
      i++;
      continue;
    }
    // `黄兴镇` + `人民政府`: a division's own government, court or committee, which no rule finds alone (a common noun)
    const glued = place.text.endsWith('村村') && /^(?:委会|民委员会)/.test(text.slice(place.end, place.end + 5)) ? 1 : 0; // `李家村村` + `委会`
    const own = place.type === 'place' && place.rule !== 'user-lexicon' && (!body || body.start > place.end) ? OWN_BODY.exec(text.slice(place.end - glued, place.end + 12)) : null;
    if (own && /(?:省|市|县|区|州|旗|镇|乡|街道|村|社区)$/.test(place.text)) {
      out ??= mentions.slice(0, i);
      const end = place.end - glued + own[0].length;
      const start = chainStart(out, place.start);
      out.push({ start, end, text: text.slice(start, end), type: 'organization', rule: 'place-body' });
    } else out?.push(place);
  }
  return out ?? mentions;
}

/**
 * Where a body's name starts that a place chain opens (`美国` + `得克萨斯州布兰科县警长办公室`, `甘肃` + `定西市…人民政府`):
 * the places written right before `start`, taken off the end of `out` (the mentions before it, in order).
 */
function chainStart(out: EntityMention[], start: number): number {
  for (let last = out[out.length - 1]; last && last.type === 'place' && last.end === start && last.rule !== 'user-lexicon'; last = out[out.length - 1]) {
    start = last.start;
    out.pop();
  }
  return start;
}

/** Tags of a portfolio word coordinated into a body's name (`文化/n 和 旅游部`, `发展/vn 和 改革委员会`). */
const PORTFOLIO_TAGS: ReadonlySet<string> = new Set(['n', 'vn', 'nz', 'an', 'b']);
/** Nouns for people before `和`, not portfolios (`主席和`, `成员和`, `制定者和`, `董事和`). */
const PEOPLE_NOUN = /(?:者|员|人|长|董事|主席|委员|代表)$/;
/** Heads of the bodies named by two portfolios (`文化和旅游部`, `林业和草原局`, `宪法和法律委员会`). */
const PORTFOLIO_HEAD = /(?:部|厅|局|委员会|委)$/;

/**
 * A ministry or bureau named by two portfolios joined by `和`, which the mention starts after:
 * `文化和` + `旅游部` → `文化和旅游部`, `人力资源和` + `社会保障局`, `交通运输和` + `港航管理局` (rule kept). Not
 * two bodies (`财政部和国防部`, `美国政府和国会`): the word before `和` is no name or body of its own.
 */
export function joinPortfolios(text: string, tokens: readonly Token[], mentions: EntityMention[]): void {
  for (const m of mentions) {
    if (m.type !== 'organization' || m.rule === 'user-lexicon' || text.charAt(m.start - 1) !== '和' || !PORTFOLIO_HEAD.test(m.text)) continue;
    const w = tokens.find((t) => t.end === m.start - 1);
    if (!w || w.word.length < 2 || w.word.length > 4 || !isHan(w.word) || !PORTFOLIO_TAGS.has(w.tag) || orgHeadLength(w) > 0 || PEOPLE_NOUN.test(w.word) || TITLES.has(w.word)) continue;
    // the body after `和` is a bare portfolio (`旅游部`), not one named in full (`安徽省合肥市监委`, `政协第十四届全国委员会`):
    // the first two characters of no place (a body of the lexicon may open with a portfolio's: `体育总局`)
    if (m.text.length < 3 || m.text.length > 8 || m.text.includes('第') || PLACE_PREFIXES.at(m.text) || PLACES.has(m.text.slice(0, 2))) continue;
    if (mentions.some((o) => o !== m && o.end > w.start && o.start < w.end)) continue;
    m.start = w.start;
    m.text = text.slice(m.start, m.end);
  }
}
