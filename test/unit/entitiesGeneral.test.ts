import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSegmenter } from '../helpers/segmenter';
import { tokenize } from '../../server/src/analysis/tokens';
import { findEntityMentions } from '../../server/src/analysis/entities/index';
import type { EntityMention } from '../../server/src/analysis/types';

const segment = loadSegmenter();

function find(text: string): EntityMention[] {
  const ms = findEntityMentions(text, tokenize(text, segment), new Map());
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text, `span of ${m.text}`);
  return ms;
}
const typed = (text: string): string[] => find(text).map((m) => `${m.text}/${m.type}`);

/** Rules for general news beyond the seed's kind of article: each with what it must and must not find. */
const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'world city from CLDR exemplar cities', text: '代表团抵达莫斯科后又转往基辅和卡拉奇。', yes: ['莫斯科/place', '基辅/place', '卡拉奇/place'], no: [] },
  { rule: 'a CLDR city that reads as a person is dropped', text: '达尔文的进化论影响深远。', yes: [], no: ['达尔文/place'] },
  { rule: 'city short name whatever its tag', text: '本报合肥5月13日电，大连农村每年有17万人外出。', yes: ['合肥/place', '大连/place'], no: [] },
  { rule: 'ambiguous city short name stays a word', text: '罐头开封后要冷藏，才能长治久安。', yes: [], no: ['开封', '长治'] },
  { rule: 'city short name ends a transliteration run', text: '晴17℃／26℃拉萨多云6℃／23℃', yes: ['拉萨/place'], no: ['拉萨多云', '多云'] },
  { rule: 'named bodies among nt words', text: '庆祝世界卫生组织成立，宣传党中央精神，民革中央副主席出席。', yes: ['世界卫生组织/organization', '党中央/organization', '民革中央/organization'], no: [] },
  { rule: 'people\'s congress is a body, not a meeting', text: '在第二届全国人民代表大会第一次会议上', yes: ['全国人民代表大会/organization'], no: [] },
  { rule: 'kinds of groups are not bodies', text: '打击非法组织和民间组织的活动', yes: [], no: ['非法组织', '民间组织'] },
  { rule: 'factory grown over a city', text: '衡阳有色冶金机械总厂的子弟小学', yes: ['衡阳有色冶金机械总厂/organization'], no: ['衡阳/place'] },
  { rule: 'federation head after a region', text: '西藏自治区科协正在这里举办展览', yes: ['西藏自治区科协/organization'], no: [] },
  { rule: 'team named by a country in one token', text: '以96∶89战胜匈牙利队。', yes: ['匈牙利队/organization'], no: [] },
  { rule: 'team head glued to the next word', text: '哥伦比亚队以1∶0击败突尼斯队', yes: ['哥伦比亚队/organization'], no: [] },
  { rule: 'generic troops are no team', text: '他们将走上部队的指挥岗位', yes: [], no: ['部队'] },
  { rule: 'a title alone grows no body', text: '经济日报社社长徐心华，财政部副部长萨默斯', yes: ['日报社/organization', '财政部/organization', '萨默斯/person'], no: ['日报社社', '财政部副部'] },
  { rule: 'weather after a city is no place', text: '东京多云16℃／24℃，纽约小雨12℃／20℃', yes: ['东京/place', '纽约/place'], no: ['多云', '小雨'] },
  { rule: 'name after a country still a place', text: '中美两军在美国夏威夷举行会议。', yes: ['夏威夷/place'], no: [] },
  { rule: 'modifier after a country is no place', text: '日本雅马哈数字卡拉ok', yes: ['日本/place'], no: ['雅马哈/place'] },
  { rule: 'a leader\'s government after 在 is no place', text: '在拜登政府任职前，他曾在开罗工作。', yes: ['开罗/place'], no: ['拜登/place'] },
  { rule: 'currency is no person', text: '每升提价1卢比。', yes: [], no: ['卢比'] },
  { rule: 'a place in full administrative form is one place', text: '记者来到江苏省盐城市射阳县，又去了长沙市长沙县。', yes: ['江苏省盐城市射阳县/place', '长沙市长沙县/place'], no: ['江苏省', '盐城市', '射阳县', '长沙县'] },
  { rule: 'a region without its suffix stays apart from its city', text: '湖北武汉市的居民说。', yes: ['湖北/place', '武汉市/place'], no: ['湖北武汉市'] },
  { rule: 'a list of cities is no chain', text: '北京市上海市广州市都在名单上。', yes: ['北京市/place', '上海市/place', '广州市/place'], no: ['北京市上海市'] },
  { rule: 'a county-level city under its prefecture and province', text: '吉林省松原市扶余市的农民', yes: ['吉林省松原市扶余市/place'], no: ['松原市'] },
  { rule: 'a place’s government is one body', text: '美国政府和澎湖县政府都发表了声明，政府官员没有回应。', yes: ['美国政府/organization', '澎湖县政府/organization'], no: ['美国', '澎湖县', '政府'] },
  { rule: 'a time zone is no place the news happens in', text: '北京时间2月26日，比赛在多哈举行；交易于莫斯科时间13点暂停。', yes: ['多哈/place'], no: ['北京/place', '莫斯科/place'] },
  { rule: 'a place before `裔` names a descent, a people, no place', text: '拜登担心非洲裔选民的支持率，一名印度裔工程师去了印度。', yes: ['印度/place'], no: ['非洲/place'] },
  { rule: 'a place as a manner or a kind is an adjective, no mention', text: '推进中国式现代化，开发具有湘西特色的产品，他们在湘西开店。', yes: ['湘西/place'], no: ['中国/place'] },
  { rule: 'a body inside a document’s title is part of the title, a whole title or a body’s own notice stays', text: '根据《中国足球协会纪律准则》和《联合国海洋法公约》，《 人民日报 》刊发了《全国人民代表大会常务委员会公告》。', yes: ['人民日报/organization', '全国人民代表大会常务委员会/organization'], no: ['中国足球协会/organization', '联合国/organization'] },
  { rule: '… but a title mark left open makes no title of a body', text: '王毅在《人民日报发表文章。', yes: ['人民日报/organization'], no: [] },
  { rule: 'a place or a person inside a title is part of the title', text: '为贯彻《中华人民共和国食品安全法》，影片《你好，李焕英》在北京上映。', yes: ['北京/place'], no: ['中华人民共和国/place', '李焕英/person'] },
  { rule: 'a group’s registered name with （集团） inside it', text: '中国贵州茅台酒厂（集团）有限责任公司发布公告。', yes: ['中国贵州茅台酒厂（集团）有限责任公司/organization'], no: ['中国贵州茅台酒厂/organization'] },
  { rule: 'a company’s seat in brackets inside its name', text: '腾讯科技（深圳）有限公司成立于1998年。', yes: ['腾讯科技（深圳）有限公司/organization'], no: ['深圳'] },
  { rule: 'a first part no one found is no company’s start', text: '，王涵来到新启航（杭州）科技有限公司。', yes: ['王涵/person'], no: ['王涵来到新启航（杭州）科技有限公司'] },
  { rule: 'a school’s campus in brackets', text: '他毕业于中国矿业大学（北京）。', yes: ['中国矿业大学（北京）/organization'], no: ['北京'] },
  { rule: 'a district in brackets after a city is no name', text: '会议在上海（浦东）举行。', yes: ['上海/place'], no: ['上海（浦东）'] },
  { rule: 'an outlet’s website', text: '参考消息网3月5日报道，参考消息网友评论踊跃。', yes: ['参考消息网/organization', '参考消息/organization'], no: ['参考消息网友'] },
  { rule: 'bodies counted are a kind', text: '美国三大上市公司都涨了，欧洲多家银行却下跌。', yes: ['美国/place'], no: ['美国三大上市公司', '欧洲多家银行'] },
  { rule: 'a think tank named in quotes', text: '美国智库“新安全研究中心”的专家表示担忧。', yes: ['新安全研究中心/organization'], no: [] },
  { rule: 'a region and a town, a foreign state and its county are no chain', text: '他来到贵州茅台镇，又去了得克萨斯州哈里斯县。', yes: [], no: ['贵州茅台镇', '得克萨斯州哈里斯县'] },
  { rule: 'a count inside a word is no count', text: '他在多伦多大学医学院任教。', yes: ['多伦多大学医学院/organization'], no: [] },
  { rule: 'scare quotes after a think tank are no name', text: '一些西方智库“唱衰”中国经济。', yes: [], no: ['唱衰'] },
  { rule: 'a government’s website is no government', text: '据中国政府网消息，会议闭幕；据澎湃新闻网易报道。', yes: [], no: ['中国政府', '澎湃新闻网'] },
  { rule: 'a place naming a warship is no place, a fleet’s place stays', text: '福建舰的舰岛比辽宁舰和山东舰小，北海舰队与日本舰船也派出了军舰。', yes: ['日本/place'], no: ['福建/place', '辽宁/place', '山东/place'] },
  { rule: 'a place naming an event is no place', text: '双方在香格里拉对话会期间会面，此前他去过巴黎和东京。', yes: ['巴黎/place', '东京/place'], no: ['香格里拉'] },
  { rule: 'a currency a country\'s name opens names no place', text: '罚款50万巴基斯坦卢比，另有1.4亿挪威克朗，印度希望以印度卢比支付，车牌价格150万马来西亚林吉特，援助300万乌克兰格里夫纳。', yes: [], no: ['巴基斯坦', '挪威', '印度卢比', '马来西亚', '乌克兰'] },
  { rule: 'a place and a noun the dictionary reads as one place word stay apart', text: '切断其工厂从美国进口更多产品。早在香港回归前，1997年的北京街头就有了。中东国家和欧美国家都担心“日本化”。', yes: ['美国/place', '香港/place', '日本/place'], no: ['美国进口', '香港回归', '北京街头', '中东国家', '欧美国家', '欧美', '日本化'] },
  { rule: 'foreign name of the dictionary', text: '埃及总统穆巴拉克会见了琼斯。', yes: ['穆巴拉克/person', '琼斯/person'], no: [] },
];

for (const c of CASES) {
  test(`entities: ${c.rule}`, () => {
    const got = typed(c.text);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.some((g) => g === n || g.startsWith(`${n}/`)), `${n} not in ${got.join(' ')}`);
  });
}
