import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMediaCues } from '../../server/src/analysis/entities/mediaCues';
import { findMedia } from '../../server/src/analysis/entities/media';

const outlets = (text: string): string[] => findMediaCues(text).map((c) => {
  assert.equal(c.type, 'organization');
  return text.slice(c.start, c.end);
});

/** Outlets credited by a news article's layout (sentences written for these tests). */
const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'a news tag in brackets', text: '（海峡快报网讯）昨日本市气温骤降。', yes: ['海峡快报网'], no: [] },
  { rule: 'a news tag opening a paragraph', text: '南方财经讯 据了解，该行已下调利率。', yes: ['南方财经'], no: [] },
  { rule: 'an outlet dateline without a place', text: '每日经济3月5日电 (记者 王某)', yes: ['每日经济'], no: [] },
  { rule: 'an agency dateline keeps the place out', text: '新华社伦敦3月5日电 英国议会当天表决', yes: ['新华社'], no: ['新华社伦敦'] },
  { rule: 'a source cue is no part of the name', text: '据中新社3月5日电，某地发生地震', yes: ['中新社'], no: ['据中新社'] },
  { rule: 'a caption’s photo credit', text: '_游客在湖边拍照（东方图片社）_', yes: ['东方图片社'], no: [] },
  { rule: 'a photographer or a person’s photo is no outlet', text: '_游客在湖边拍照（张明远供图）_', yes: [], no: ['张明远供图', '张明远'] },
  { rule: 'a person’s name as credit is no outlet', text: '_会议现场（王小明）_', yes: [], no: ['王小明'] },
  { rule: 'a caption’s own words in brackets are no outlet', text: '_（图为海滨集团声明）_', yes: [], no: ['图为海滨集团声明'] },
  { rule: 'a caption’s note on itself is no outlet', text: '_一审判决书（部分）_', yes: [], no: ['部分'] },
  { rule: '… nor is a caption’s (下同) or a streamer’s (网名)', text: '_当地街景（下同）_', yes: [], no: ['下同'] },
  { rule: 'a quoted outlet with a reporting word', text: '英国“泰晤士报”称，谈判已经破裂。', yes: ['泰晤士报'], no: [] },
  { rule: 'a quoted term is no outlet', text: '所谓“关系网”称不上网络。', yes: [], no: ['关系网'] },
  { rule: 'a marked name followed by its kind of outlet', text: '美国《北方利益》杂志和“海洋瞭望”网站，以及“今日远东”电视台的官网。', yes: ['北方利益', '海洋瞭望', '今日远东'], no: [] },
  { rule: 'a marked word before 报到, 报道, 网友 or a channel is no outlet', text: '“议员”报到后，《晚间》报道了“足球”网友在“漫画天地”频道的留言。', yes: [], no: ['议员', '晚间', '足球', '漫画天地'] },
  { rule: 'the outlet a source spoke to', text: '一位专家告诉澎湃视界记者，另一位向北方周刊表示同意。', yes: ['澎湃视界', '北方周刊'], no: [] },
  { rule: 'generic reporters and people spoken to are no outlets', text: '他告诉本报记者，又向李华表示感谢，还对当地记者说。', yes: [], no: ['本报', '李华', '当地'] },
  { rule: 'a 对 or 向 inside a word, then clause words before 记者, is no outlet spoken to', text: '马路对面的一位老人向记者介绍。对方告诉记者，他姓钟。厅长王向春在答记者问时说。支持反对派的东欧记者到场。市长对在场外的记者表示。', yes: [], no: ['面的一位老人向', '方告诉', '春在答', '派的东欧', '在场外的'] },
  { rule: 'a caption crediting no outlet: a kind of media, a version of a document', text: '_会场一角（图片来自港媒）_', yes: [], no: ['图片来自港媒'] },
  { rule: '… nor a version of a document', text: '_安全手册（漫画版）_', yes: [], no: ['漫画版'] },
];

for (const c of CASES) {
  test(`media cue: ${c.rule}`, () => {
    const got = outlets(c.text);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}

const credited = (text: string): string[] => findMedia(text).filter((c) => c.rule === 'media-source' || c.rule === 'credit-name').map((c) => `${text.slice(c.start, c.end)}/${c.type}`);

/** Credit lines: sources and staff (sentences written for these tests). */
const CREDITS: { rule: string; text: string; want: string[] }[] = [
  { rule: 'a picture credit in book-title marks after a region', text: '_图源：英国《晨星报》_', want: ['晨星报/organization'] },
  { rule: 'a credit with a space before its bar (`编辑 | 陈弗也`, `来源 | 南国晚报`)', text: '来源 | 南国晚报\n\n编辑 | 陈弗也', want: ['南国晚报/organization', '陈弗也/person'] },
  { rule: 'a place’s police or firemen by generic words: the place', text: '来源：泰安警方、南京消防、江城晚报', want: ['泰安/place', '南京/place', '江城晚报/organization'] },
  { rule: 'a source list with a second 综合', text: '来源：江城晚报综合中新社、北方网、网友评论', want: ['江城晚报/organization', '中新社/organization', '北方网/organization'] },
  { rule: '综合自 and 等 at the end', text: '本报综合自东方网、环海时报等', want: ['东方网/organization', '环海时报/organization'] },
  { rule: 'an outlet and its reporter written together are the outlet and the person', text: '来源：东海卫视王海林、李占文 现场报道', want: ['东海卫视/organization', '王海林/person'] },
  { rule: 'a person’s microblog credits the person', text: '_图源：刘振华微博_', want: ['刘振华/person'] },
  { rule: 'credits of no one in particular', text: '_图源：受访者_ 来源：某社交平台截图', want: [] },
  { rule: 'editors and an author with their outlet', text: '责任编辑：罗振 李海青\n\n作者丨陈伟明，东海卫视新闻主笔', want: ['罗振/person', '李海青/person', '陈伟明/person', '东海卫视新闻/organization'] },
  { rule: 'kinds of source are no outlet: users, a country’s media, a photo, a paper', text: '_图源：抖音用户_ 来源：美媒 图片来源：小巴拍摄 来源：王某论文', want: [] },
  { rule: 'a source word inside a sentence is no credit', text: '他的收入来源：工资和奖金。', want: [] },
  { rule: 'an editor or translator after a slash (forty-fifth round: `编辑/田野`)', text: '江城晚报记者 王明\n\n编辑/田红\n\n（编译/林海）', want: ['田红/person', '林海/person'] },
  { rule: 'a slash between two words of a sentence is no credit', text: '他说编辑/排版都由他一人完成。', want: [] },
];

for (const c of CREDITS) {
  test(`credit line: ${c.rule}`, () => assert.deepEqual(credited(c.text), c.want));
}

const bylines = (text: string): string[] => [...new Set(findMedia(text).filter((c) => c.rule === 'media-byline').map((c) => text.slice(c.start, c.end)))];

/**
 * Bylines: `消息` after a source is the news it gives, not part of its name; a time word may stand between
 * `据` and the outlet; an outlet's reporter may open a clause (sentences written for these tests).
 */
const NEWS_OF: { text: string; want: string[] }[] = [
  { text: '据江城日报消息，大桥今日通车。', want: ['江城日报'] },
  { text: '据东方卫视新闻消息，大桥今日通车。', want: ['东方卫视新闻'] },
  { text: '据交通部消息，大桥今日通车。', want: [] },
  { text: '据最新消息，大桥今日通车。', want: [] },
  { text: '据早前江城新闻报道，大桥今日通车。', want: ['江城新闻'] },
  { text: '针对读者的来信，江城新闻记者于3月5日联系了该局。', want: ['江城新闻'] },
  { text: '针对读者的来信，相关新闻报道了此事。', want: [] },
  { text: '。据潮新闻报道，大桥今日通车。', want: ['潮新闻'] },
  { text: '。据江城新闻报道，大桥今日通车。', want: ['江城新闻'] },
  { text: '。本新闻报道了此事。', want: [] },
];

for (const c of NEWS_OF) {
  test(`byline: ${c.text}`, () => assert.deepEqual(bylines(c.text), c.want));
}
