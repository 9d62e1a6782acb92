import type { EntityMention, Token } from '../types';
import { isLexiconPlace } from './builtins';

/** Kind words that stand before a name in apposition (`智库兰德公司`, `电信巨头华为公司`, `创业公司Brex`). */
const KINDS = ['智库', '媒体', '机构', '初创公司', '初创企业', '风投公司', '风险投资公司', '巨头', '龙头', '厂商', '制造商', '运营商', '开发商', '供应商', '零售商', '创业公司'];
/** A kind word inside an organization span, the name after it: `美国智库兰德公司` → `兰德公司`. */
const INNER_KIND = new RegExp(`^.+?(?:${KINDS.join('|')})(?=.{2,}$)`);
/** … before a Latin name that ends the span: `金融科技创业公司Brex` → `Brex`. */
const KIND_LATIN = new RegExp(`^.+?(?:${KINDS.join('|')}|公司|企业)(?=[A-Za-z][A-Za-z0-9 .&'-]+$)`);
/** Heads a trimmed name must end in to stand alone. */
const ORG_END = /(?:公司|集团|研究所|研究院|研究中心|基金会|大学|学院|银行|社|网|台|报)$/;
/** Companies named only by what kind they are: `风投公司`, `迈阿密初创公司`, `武汉一公司`, `关联公司`. */
const KIND_ONLY = /(?:^|初创|风投|关联|[一某该这])(?:公司|企业)$/;

/**
 * The party committee of a named body or place, after it (`辽宁省财政厅党组`, `重庆市公安局党委`, `证监会新一届党委`,
 * `金阳县党委`): the guideline names the body (or the place), as it names no committee of one.
 */
const PARTY_BODY = /^(.{3,}?)(?:新一届)?(?:党委|党组|党工委|党支部|党总支)$/;
/** A company's parent or subsidiary named by the company (`谷歌母公司`, `九阳股份母公司`): the guideline names the company. */
const RELATED_FIRM = /^(.{2,}?)(?:母公司|子公司)$/;
/** A body's head the party committee's owner ends in (`财政厅`, `证监会`, `分行`, `集团有限责任公司`). */
const BODY_END = /(?:[会委局院部厅署办行所处协联]|公司|集团|中心|大学|学院)$/;
/**
 * A place the party committee is of (`金阳县党委`): the body's name is the place's. Not a village's or a community's:
 * its party branch is the body that governs it, named whole (`江安镇黄泥村党支部`).
 */
const PLACE_END = /[省市县州镇乡]$/;

/**
 * Organization spans cut to the guideline's name: a kind word before the name comes off
 * (`美国智库兰德公司` → `兰德公司`, `创业公司Brex` → `Brex`), also when the span starts inside it (`智/库兰德/公司`
 * as the segmenter cut it), and a company named only by its kind is no entity (`迈阿密初创公司`, `风投公司`).
 * User entries are left as the user wrote them. `text`: what the offsets point into.
 */
export function trimDescriptors(text: string, mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'organization' || m.rule === 'user-lexicon') { out.push(m); continue; }
    if (KIND_ONLY.test(m.text) || /^(?:初创|风投|关联)/.test(m.text) || countedKind(text, m) || TRADE_KIND.test(m.text) || inHeadTitle(text, m)) continue;
    const k = ORG_END.test(m.text) ? INNER_KIND.exec(m.text) ?? straddledKind(text, m) : KIND_LATIN.exec(m.text);
    const party = k ? null : PARTY_BODY.exec(m.text);
    const related = k || party ? null : RELATED_FIRM.exec(m.text);
    if (k) out.push({ start: m.start + k[0].length, end: m.end, text: m.text.slice(k[0].length), type: m.type, rule: m.rule });
    else if (party && (BODY_END.test(party[1]) || PLACE_END.test(party[1]))) {
      const body = party[1];
      out.push({ start: m.start, end: m.start + body.length, text: body, type: BODY_END.test(body) ? 'organization' : 'place', rule: m.rule });
    } else if (related) out.push({ start: m.start, end: m.start + related[1].length, text: related[1], type: 'organization', rule: m.rule });
    else out.push(m);
  }
  return out;
}

/**
 * A body written only as the first part of its head's title (`美国国防部长奥斯汀`, `乌克兰财政部长`, `公安局长`): the
 * guideline names the person, not the body (`美国国防部长奥斯汀` → `奥斯汀`); the body written alone elsewhere is named there.
 */
const inHeadTitle = (text: string, m: EntityMention): boolean => text.charCodeAt(m.end) === 0x957f && /[部局院厅署司]$/.test(m.text);

/**
 * A division's head after its place's name (`宜昌市长`, `河南省长王凯`): the segmenter may glue the title's first
 * character to the place (`宜昌市/ns 长/a`, `河南省/ns 长王凯/x`), and the place is then named without it, as
 * `纽约市长` names `纽约` (`纽约/ns 市长/n`). Not before a word of its own (`武汉市/ns 长江大桥/ns`): only when
 * `长` is a word alone or glued into an unknown one; and only where the place's name without the suffix is one
 * of the lexicons'. Mentions are changed in place.
 */
export function placesBeforeTitles(text: string, tokens: readonly Token[], mentions: readonly EntityMention[]): void {
  for (const m of mentions) {
    if (m.type !== 'place' || m.rule === 'user-lexicon' || text.charCodeAt(m.end) !== 0x957f || !DIVISION_HEAD.test(m.text)) continue;
    const short = m.text.slice(0, -1);
    if (short.length < 2 || !isLexiconPlace(short)) continue;
    const t = tokens.find((k) => k.start === m.end);
    if (!t || (t.word !== '长' && t.tag !== 'x')) continue;
    m.end -= 1;
    m.text = short;
  }
}
/** The suffixes whose division has a head called by it and `长` (`市长`, `省长`, `县长`, `区长`, `州长`, `镇长`, `乡长`). */
const DIVISION_HEAD = /[市省县区州镇乡]$/;

/** Words that count or gather what follows: `十几家`, `一些`, `众多`, `很多`. */
const COUNTED = /(?:[0-9０-９几多数两一二三四五六七八九十百]家|[一这那]些|众多|诸多|很多|许多|不少|其他|其它|各大?|这类|此类)$/;
/** Countries and `外国`-like words that open a country's companies by trade. */
const TRADE_COUNTRY = '(?:中国|美国|英国|德国|法国|日本|韩国|俄罗斯|印度|欧洲|外国|海外|外资|国内|本土)';
/**
 * A country's or the foreign companies by a trade named as generic (`美国科技公司`, `中国芯片企业`): a kind, counted or
 * not; trades that also name one company (`美国航空公司`, `英国石油公司`) are not among them.
 */
const TRADE_KIND = new RegExp(`^${TRADE_COUNTRY}(?:科技|互联网|芯片|半导体|汽车|新能源|电动车|电商|游戏|医药|制药|能源|投资|咨询|软件|电子|物流|房地产|地产|人工智能|网络安全|军工)(?:公司|企业)$`);
/** A country's companies by their trade (`美国科技公司`, `中国互联网公司`, `中国芯片公司`). */
const COUNTRY_TRADE = new RegExp(`^${TRADE_COUNTRY}[\\u4e00-\\u9fa5]{1,6}(?:公司|企业)$`);

/**
 * Companies counted by their country and trade (`十几家中国科技公司`, `一些中国芯片公司`, `众多中国互联网公司`):
 * a kind of company, no name.
 */
function countedKind(text: string, m: EntityMention): boolean {
  return COUNTRY_TRADE.test(m.text) && COUNTED.test(text.slice(Math.max(0, m.start - 4), m.start));
}

/** The part of a kind word the span starts inside (`库` of `智库` in `库兰德公司`), as a match, when a name of two or more follows. */
function straddledKind(text: string, m: EntityMention): [string] | null {
  for (const kind of KINDS) {
    for (let j = 1; j < kind.length; j++) {
      const rest = kind.length - j;
      if (m.start >= j && m.text.length - rest >= 2 && text.startsWith(kind, m.start - j)) return [kind.slice(j)];
    }
  }
  return null;
}
