import { isChineseName, isHan, type Candidate } from './shared';

/** Endings of outlet names, for the cues below that need one: `观察者网`, `中评社`, `德国之声`, `半岛电视台`. */
const OUTLET_END = /(?:网|社|报|台|之声|之音|新闻|卫视|周刊|杂志)$/;
/** A news tag opening a paragraph or in brackets: `（观察者网讯）`, `腾讯科技讯 据外媒报道`. */
const NEWS_TAG = /(?:^|[（(])([\u4e00-\u9fff]{2,8})讯(?=[）)\s　]|$)/g;
/** A dateline of an outlet without a place: `中新经纬2月12日电`; `新华社北京2月3日电` names `新华社`. */
const DATELINE = /^[*_\s]*(?:据)?([\u4e00-\u9fff]{2,8}?)(?:\d{1,2}月)?\d{1,2}日电/;
/** A photo credit closing a caption: `…逃离（视觉中国）_`. */
const CAPTION_CREDIT = /[（(]([\u4e00-\u9fff]{2,8})[)）]\s*_?\s*$/;
/** Credits that are no outlet: a photographer's `摄`, a person's `供图`, `资料图`, `化名`; a caption's note on itself (`判决书（部分）`, `（下同）`, `（网名）`, `（节选）`, `（漫画版）`). */
const NOT_OUTLET = /(?:摄|图|供|化名|资料|翻拍|截屏|截图|微博|左|右|部分|下同|网名|节选|局部|示意|版)$/;
/** An outlet in quotes with a reporting word after it: `“德国之声”称`, `“中时新闻网”报道称`. */
const QUOTED = /“([\u4e00-\u9fff]{2,8})”(?=报道|称(?![不得为之作赞号霸])|援引|引述|最新消息|\d{1,2}日|以及)/g;
/**
 * A name in quote or title marks followed by the kind of outlet it is: `《国家利益》杂志`, `“海事观察”网站`,
 * `“今日俄罗斯”电视台`, `“海基会”官网` (not `“立委”报到`, `《X》报道`, `“X”网友`).
 */
const MARKED_KIND = /[《“]([\u4e00-\u9fffA-Za-z0-9·][\u4e00-\u9fffA-Za-z0-9· .]{0,10}[\u4e00-\u9fffA-Za-z0-9])[》”](?=杂志|网站|官网|周刊|月刊|日报|新闻网|电视台|通讯社|报(?![道告到名价警])|网(?![友民络上购页点格]))/g;
/** An outlet as the one spoken to: `告诉环球人物记者`, `向观察者网表示`, `接受红星新闻记者采访`. */
const SPOKEN_TO = /(?:告诉|向|对|接受)([\u4e00-\u9fff]{2,8}?)(?=记者)|(?:告诉|向|对)([\u4e00-\u9fff]{2,6}?)(?=表示|透露|说)/g;
/**
 * Words of a clause, not of an outlet's name, between a `对`/`向` a word holds and `记者` (`对面的一名目击者向记者`,
 * `对方告诉记者`, `徐向春在答记者问`, `对在选区的记者`, `反对派的白俄罗斯记者`).
 */
const CLAUSE_WORDS = /[的向在答对给]|告诉/;
/** Words before `记者` that are no outlet (`本报`, `当地`, `现场`), and a caption's own words (`（图为格力官方声明）`, `（图片来自台媒）`). */
const NOT_OUTLET_START = /^(?:本|该|这|那|当地|现场|在场|随行|多|各|一|前来|我|图为|图中|图片)/;

/**
 * Outlets named by where news text credits them (rule `media-cue`): `（观察者网讯）`, `中新经纬2月12日电`,
 * a caption's `（视觉中国）`, `“德国之声”称`, `告诉环球人物记者`. Each cue is a place in a news
 * article's layout, not a list of outlets.
 */
export function findMediaCues(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, name: string): void => {
    if (isHan(name) && !NOT_OUTLET.test(name) && !NOT_OUTLET_START.test(name)) out.push({ start, end: start + name.length, type: 'organization', rule: 'media-cue', priority: 5 });
  };
  for (const m of text.matchAll(NEWS_TAG)) add(m.index + m[0].length - m[1].length - 1, m[1]);
  const d = DATELINE.exec(text);
  if (d) {
    const name = /^.{2,}?[社网报台]/.exec(d[1])?.[0] ?? d[1];
    add(d[0].indexOf(d[1]), name);
  }
  if (/^\s*_/.test(text)) {
    const c = CAPTION_CREDIT.exec(text);
    if (c && !isChineseName(c[1], true)) add(c.index + 1, c[1]);
  }
  for (const m of text.matchAll(QUOTED)) if (OUTLET_END.test(m[1])) add(m.index + 1, m[1]);
  for (const m of text.matchAll(MARKED_KIND)) if (!NOT_OUTLET_START.test(m[1]) && /[\u4e00-\u9fffA-Za-z]/.test(m[1])) out.push({ start: m.index + 1, end: m.index + 1 + m[1].length, type: 'organization', rule: 'media-cue', priority: 5 });
  for (const m of text.matchAll(SPOKEN_TO)) {
    const name = m[1] ?? m[2];
    if ((m[1] ? name.length >= 3 : OUTLET_END.test(name)) && !CLAUSE_WORDS.test(name)) add(m.index + m[0].length - name.length, name);
  }
  return out;
}
