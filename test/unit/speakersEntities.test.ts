/**
 * Speakers the phrase rules do not read, taken from the entity analysis (`quotes/entitySubject.ts`): an
 * organization as the whole subject, a person ending the subject after a title the lists do not know, a
 * person named right after a quote that opens its paragraph, a role phrase with no body found as an
 * unnamed person.
 * Every sentence is written for the test (none from the gold set); each case runs with and without the
 * mention, so the mention is what decides it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../server/src/analysis/types';
import { speakerOf } from '../helpers/speakers';

const P = (n: string): [string, EntityMention['type']] => [n, 'person'];
const O = (n: string): [string, EntityMention['type']] => [n, 'organization'];
const L = (n: string): [string, EntityMention['type']] => [n, 'place'];

/** [text, quote head, mentions, speaker with them, speaker without them] */
const CASES: [string, string, [string, EntityMention['type']][], string | null, string | null][] = [
  // an organization the lists do not know, alone before the verb or before an adjunct
  ['欧洲央行表示，“通胀压力仍在上升，加息周期尚未结束。”', '通胀压力', [O('欧洲央行')], '欧洲央行', null],
  ['美联储在周三的声明中表示，“就业市场依然强劲。”', '就业市场', [O('美联储')], '美联储', null],
  ['北辰物流周五在公告中称，“公司经营一切正常。”', '公司经营', [O('北辰物流')], '北辰物流', null],
  // a person after a title the lists do not know (a dotted name, a long descriptive title the rules cut early)
  ['德国物理学家马克斯·普朗克曾说过：“科学是一步一步前进的。”', '科学是一', [P('马克斯·普朗克')], '马克斯·普朗克', null],
  ['“我们计划明年完成首次入轨飞行。”蓝河三号运载火箭副总设计师曹远航告诉记者。', '我们计划', [P('曹远航')], '曹远航', '蓝河'],
  ['“卫星可以像汽车一样在流水线上生产。”星海道远前沿研究院负责人陈思远告诉记者。', '卫星可以', [P('陈思远')], '陈思远', null],
  // a name whose first character is also an adverb (曾 `once`), where the rules cut the subject
  ['星城机械产业商会副会长曾立新在接受记者采访时表示：“今年的利润不如去年。”', '今年的利', [P('曾立新')], '曾立新', null],
  // a later verb with no subject of its own shares the name that opens an earlier clause of the sentence
  ['同一天，王立军听取了下属的工作汇报，并向大家表示感谢，称“这是一个重大胜利”。', '这是一个', [P('王立军')], '王立军', '工作汇报'],
  ['北辰物流上周完成了重组，并向员工通报情况，称“公司经营一切正常”。', '公司经营', [O('北辰物流')], '北辰物流', null],
  // a topic chain: the verb's clause is bare (`，称`, `，并声称`) and the sentence opens with the subject, maybe after a time
  ['宏达置业有限公司在购房者投诉后将责任推给中介，称“均为个人所为，与我司无关”。', '均为个人', [O('宏达置业有限公司')], '宏达置业有限公司', '宏达置业有限公司'],
  ['2月3日，宏达置业有限公司在购房者投诉后将责任推给中介，称“均为个人所为”。', '均为个人', [O('宏达置业有限公司')], '宏达置业有限公司', '宏达置业有限公司'],
  ['赵明亮，选择在周末摆摊，赚了两千多，还被朋友介绍了新客户，感叹“生意比想象的好做”。', '生意比想', [P('赵明亮')], '赵明亮', null],
  // … a description ending in the subject (`X的操盘方Y，`); a person after the body and a title in the subject
  ['楼盘的开发方宏达置业有限公司，则在投诉后撇清责任，称“与我司无关”。', '与我司无', [O('宏达置业有限公司')], '宏达置业有限公司', null],
  ['东山律师事务所律师孙立群在接受采访时举了例子，还称“企业无权对员工罚款，这违反了劳动法”。', '企业无权', [O('东山律师事务所'), P('孙立群')], '孙立群', '孙立群'],
  // … not when a later clause opens with someone or something else (a crowd, someone's, `X者`), nor across a colon
  ['宏达置业有限公司降价销售，结果购房者不满，称“这是欺诈”。', '这是欺诈', [O('宏达置业有限公司')], null, null],
  ['赵明亮住院后，医生们都很忙，感叹“太累了”。', '太累了', [P('赵明亮')], null, null],
  ['宏达置业有限公司降价销售，该楼盘的业主很不满，称“这是欺诈”。', '这是欺诈', [O('宏达置业有限公司')], null, null],
  ['腾讯新闻：之前看到您在微博上喊话，称“我们一定会赢”，底气何在？', '我们一定', [O('腾讯新闻')], null, null],
  // … not a name that only qualifies that subject
  ['王立军的秘书整理了会议材料，并向大家表示感谢，称“这是一个重大胜利”。', '这是一个', [P('王立军')], null, null],
  // a quote opening its paragraph, then the view of someone (`在X看来`) or the person the sentence goes on with (`说这话时，X`)
  ['“如果民营企业能把成本降下来，整个行业都会受益。”在南方理工大学材料学院教授郑嘉禾看来，竞争是好事。', '如果民营', [P('郑嘉禾')], '郑嘉禾', '郑嘉禾'],
  ['“家里的两辆车都开了十年了，这次想换个新的。”说这话时，罗先生正在展厅里看车。', '家里的两', [P('罗先生')], '罗先生', null],
  // … after a long description ending in 的
  ['“疫情后的这两年生意确实好了非常多。”另一位在本地从事了十几年烟花生产的周明，对市场持谨慎态度。', '疫情后的', [P('周明')], '周明', null],
  // a role phrase naming no body the analysis found is an unnamed person: no speaker (the guideline's `[]`)
  ['2月19日，车行老板直言，“今年的订单比去年少了一半。”', '今年的订', [], null, null],
  ['另有一位附近居民告诉记者，“火已经被扑灭了，但烟还很大。”', '火已经被', [], null, null],
  ['星海集团老用户表示，“这款产品越来越难用了。”', '这款产品', [O('星海集团')], '星海集团老用户', null],
  // … but someone's relative is named through that someone, even a masked name the analysis does not list
  ['钱某的母亲表示，“孩子平时很听话，从来不惹事。”', '孩子平时', [], '钱某的母亲', '钱某的母亲'],
  // a country found at the start of an earlier clause after a time (`今年2月芬兰宣布……，表示`)
  ['今年2月芬兰宣布调整边境政策，表示“边境口岸将继续关闭，直到另行通知”。', '边境口岸', [L('芬兰')], '芬兰', null],
  // an organization after a description, where the rules cut the phrase (`在野党`: 在)
  ['日本最大在野党立宪民主党表示，“这是严重的外交失误。”', '这是严重', [L('日本'), O('立宪民主党')], '立宪民主党', null],
  // … but a country only qualifying the subject does not take it over
  ['法国总统马克龙办公室周三批评了这份报告，称“其中的数据并不可靠”。', '其中的数', [L('法国')], '马克龙办公室', '马克龙办公室'],
  // a quote opening its sentence, then a place and the speech clause of someone found there
  ['“希望有关部门早点出方案。”在星河小区，电动车车主罗先生看到通知后表示，他支持这一做法。', '希望有关', [P('罗先生')], '罗先生', null],
  // … and before a gloss in brackets (`文雅婷（化名）`)
  ['“我可能是小区里第一个换房的人！”刚过完年，罗雅婷（化名）向记者介绍，她已经登记换房了。', '我可能是', [P('罗雅婷')], '罗雅婷', null],
  // a colon after a clause that is only a predicate (`并起诉这些网暴者：`): the subject is further back
  ['罗雅婷说，接下来她将去派出所报案，并起诉这些造谣者：“我不会再沉默了，谣言必须得到澄清。”', '我不会再', [P('罗雅婷')], '罗雅婷', '罗雅婷'],
  // a colon after a clause that opens with a description and a title, then the person and a predicate
  ['某985高校材料学院副教授罗志平有一种被挤压的感觉：“所有大厂都在做大模型，不知道自己该做什么。”', '所有大厂', [P('罗志平')], '罗志平', null],
  ['江城机械厂车间主任罗志平的观点和大家差不多：“订单还是太少了，大家都在观望。”', '订单还是', [P('罗志平')], '罗志平', null],
  // after a quote, a person found after a description, then an adverb before the verb (`这样`), the rules reading no one
  ['“手续都是街道帮着办的，我几乎没跑腿。”第一批搬进新楼的住户罗秀英这样告诉记者。', '手续都是', [P('罗秀英')], '罗秀英', null],
  // … not a person after a preposition (`与`): the object of a meeting is no subject
  ['“局势可能失控，后果不堪设想。”邻国外长当天与总统罗志平会晤后发出警告。', '局势可能', [P('罗志平')], null, null],
  // `发出疑问` after a quote
  ['“短剧会不会重走当年门户网站的老路？”一位长视频平台的资深制片人罗志平向记者发出疑问。', '短剧会不', [P('罗志平')], '罗志平', '罗志平'],
  // a colon with no speech verb: a person found after a description, before an adverb (`曾`)
  ['被称为“铁娘子”的老将罗秀英曾评价对手：“她的技术还不够全面。”', '她的技术', [P('罗秀英')], '罗秀英', null],
  // … and a clause opening with a control verb (`试图`) has no subject of its own: the one before it (`做出回应`) has
  ['对此，出席峰会的副总统罗志平做出回应，试图安抚对方：“我们会继续支持你们，这一点不会改变。”', '我们会继', [P('罗志平')], '罗志平', null],
  // a gloss in brackets after the name (`（化名）`, a Latin name) is stepped over
  ['“参与活动的商家太多了，他们不靠卖货赚钱。”长期经营名酒的酒商罗鑫（化名）向作者提到。', '参与活动', [P('罗鑫')], '罗鑫', null],
  // someone counted, then named (`一名……酒商罗然（化名）`): the name, not an unnamed person
  ['“三个平台里，这一家的补贴做得最久，力度也最大。”一名小回收酒商罗然（化名）总结了平台的规则。', '三个平台', [P('罗然')], '罗然', null],
  // … but a role the entity analysis took for a name is no one (`董秘`)
  ['“即使闲置资金多到发烧，都不应该直接去买股票。”某上市公司董秘直言。', '即使闲置', [P('董秘')], null, null],
  // … not a name glossed at the end of a colon clause: the object of its verb (`安抚X（乌克兰总统）：`)
  ['罗志平试图安抚王立军（乌克兰总统）：“我们会继续谈判，这一点不会改变。”', '我们会继', [P('罗志平'), P('王立军')], '罗志平', null],
  // … and a description with 当, 都, 在 or 说 in its words is no preposition before the name
  ['“我们只是想要一个说法，别的什么都不要。”当事人罗秀英（化名）这样告诉记者。', '我们只是', [P('罗秀英')], '罗秀英', null],
  // a person or organization opening the clause, then a clause of when (`看完后`, `经审理`) before the verb
  ['罗秀英看完演出后激动地说：“这是我看过最好的一场戏。”', '这是我看', [P('罗秀英')], '罗秀英', null],
  ['罗志平经过调查后认为，“现有证据不足以证明他有过错”。', '现有证据', [P('罗志平')], '罗志平', null],
  ['临河县人民法院经审理认为，“被告的行为构成侵权”。', '被告的行', [O('临河县人民法院')], '临河县人民法院', null],
  ['江城中心医院接诊后表示，“病人已经脱离危险”。', '病人已经', [O('江城中心医院')], '江城中心医院', null],
  // … not someone the clause only qualifies its subject with, nor one after another subject
  ['罗秀英的女儿出生后表示：“全家都很开心。”', '全家都很', [P('罗秀英')], null, null],
  ['王立军来到村里。他在罗志平家吃饭时说：“这道菜很好吃。”', '这道菜很', [P('王立军'), P('罗志平')], '王立军', null],
  // a credit after a quote: a dash and the person, or a sentence saying whose words they were
  ['“我们绝不会放弃自己的家园。”——乌克兰总统罗志平', '我们绝不', [P('罗志平')], '罗志平', null],
  ['“我们绝不会放弃自己的家园。”这是罗志平在视频讲话中的表态。', '我们绝不', [P('罗志平')], '罗志平', null],
  ['“我们绝不会放弃自己的家园。”说这番话的，是一位年过七旬的老兵罗志平。', '我们绝不', [P('罗志平')], '罗志平', null],
  // … not someone the words were heard from, nor someone's relative, nor a dash before something else
  ['“我们绝不会放弃自己的家园。”说这番话的，是罗志平的儿子。', '我们绝不', [P('罗志平')], null, null],
  ['“我们绝不会放弃自己的家园。”这是记者从罗志平那里听到的说法。', '我们绝不', [P('罗志平')], null, null],
  ['“我们绝不会放弃自己的家园。”——摘自罗志平的演讲', '我们绝不', [P('罗志平')], null, null],
  // a person relaying someone's words speaks them (`发言人X援引Y的话表示`)
  ['外交部发言人罗志平援引王立军的话表示：“中方愿同各方一道努力。”', '中方愿同', [P('罗志平'), P('王立军')], '罗志平', '罗志平'],
  // `公司董事主张`: 董事 and the verb 主张, which is no speaker
  ['公司董事主张：“应该尽快出售这部分资产，回笼资金。”', '应该尽快', [], null, null],
  // `业主张女士`: 业主 and a person surnamed 张, not the verb 主张
  ['“搬家的钱都是公司出的。”业主张女士说。', '搬家的钱', [P('张女士')], '张女士', '业主张女士'],
  // an organization that is only part of the subject does not take it over
  ['外交部下属的研究机构表示，“局势仍在恶化，谈判窗口正在关闭。”', '局势仍在', [O('外交部')], '研究机构', '研究机构'],
  // a person after a reporting verb is what someone else said, not the subject: `她` stays 李华
  ['李华也认为王强称对手“不讲诚信”是出于私怨。她随后表示：“这种指控毫无根据。”', '这种指控', [P('李华'), P('王强')], '李华', '李华'],
];

for (const [text, head, names, withThem, without] of CASES) {
  test(`speaker from mentions: ${head} → ${withThem}`, () => {
    assert.equal(speakerOf(text, head, names), withThem, 'with the mentions');
    assert.equal(speakerOf(text, head, []), without, 'without them');
  });
}
