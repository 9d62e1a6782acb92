/**
 * Speakers named by their role (seventeenth round, read from the errors of S231–S260): an office of a
 * place or facility, a role named again by a demonstrative (`这位专家`) or alone (`馆长表示`), a hotline
 * or switchboard of a body, the press of a country (`美媒`), `涉事` before a body, `说话` (talking). Every sentence is
 * written for the test (none from the gold sets).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../server/src/analysis/types';
import { speakerOf } from '../helpers/speakers';

type Named = [string, EntityMention['type']];
const P = (n: string): Named => [n, 'person'];
const O = (n: string): Named => [n, 'organization'];
const L = (n: string): Named => [n, 'place'];

/** [text, quote head, mentions known to the entity module, expected speaker] */
const CASES: [string, string, Named[], string | null][] = [
  // an office of a place or a facility typed as a place is that body's role, not someone unnamed
  ['“展厅已经恢复开放。”青川县档案馆馆长向记者介绍。', '展厅已经', [L('青川县档案馆')], '青川县档案馆馆长'],
  ['青川县县长表示：“受灾群众已全部转移。”', '受灾群众', [L('青川县')], '青川县县长'],
  // … but a place and someone of no office there stays unnamed
  ['青川县一位律师表示：“合同本身没有问题。”', '合同本身', [L('青川县')], null],
  // an official counted before a body the lists know, maybe described first (`一位不愿透露姓名的欧盟官员`): that body
  ['一位欧盟官员透露，“制裁方案已经基本成形”。', '制裁方案', [O('欧盟')], '欧盟'],
  ['一位不愿透露姓名的北约官员表示，“演习将如期举行”。', '演习将如', [O('北约')], '北约'],
  // … but an official of a country, or of no body, stays unnamed
  ['一位不愿透露姓名的官员表示，“演习将如期举行”。', '演习将如', [], null],
  // a demonstrative and a role: the body the role was introduced with
  ['周建国说：“我们等了一夜。”\n\n次日，星城第一医院一位心内科专家进行了会诊。“病情已经稳定。”这位专家说。', '病情已经', [P('周建国'), O('星城第一医院')], '星城第一医院'],
  ['周建国说：“我们等了一夜。”\n\n次日，星城第一医院一位心内科专家进行了会诊，该专家认为病情稳定。这位专家说：“可以转入普通病房。”', '可以转入', [P('周建国'), O('星城第一医院')], '星城第一医院'],
  // … the person the role was introduced with
  ['周建国说：“我们等了一夜。”\n\n随后，专家刘淑华进行了会诊。“病情已经稳定。”这位专家说。', '病情已经', [P('周建国'), P('刘淑华')], '刘淑华'],
  // … no one, when it introduced someone unnamed (not the last speaker)
  ['周建国说：“房子不好卖。”\n\n一位资深经纪人也来到现场。“现在全是现房。”上述资深经纪人介绍。', '现在全是', [P('周建国')], null],
  // a bare role after its introduction in the paragraph, or after the role phrase spoke in an earlier one
  ['一位星海电力消息人士透露，检修还要一周。消息人士称，“电价不会上调”。', '电价不会', [O('星海电力')], '星海电力'],
  ['“监控已经调取。”青川县档案馆馆长告诉记者。\n\n馆长表示，工作人员已经检查过，“档案没有受损”。', '档案没有', [L('青川县档案馆')], '青川县档案馆馆长'],
  // a quote-only paragraph, then a paragraph opening with a body and its staff speaking: the body; not one that also speaks
  ['星河冰雪节开幕。\n\n“一旦发现问题，集团迅速调动人员。”\n\n星河文旅集团负责人坦言，风波的处理成为转折点。', '一旦发现', [O('星河文旅集团')], '星河文旅集团'],
  ['星河冰雪节开幕。\n\n“一旦发现问题，集团迅速调动人员。”\n\n1月5日，星河文旅集团表示，风波已经平息。', '一旦发现', [O('星河文旅集团')], '星河文旅集团'],
  ['星河冰雪节开幕。\n\n“一旦发现问题，集团迅速调动人员。”\n\n星河文旅集团也表示，风波已经平息。', '一旦发现', [O('星河文旅集团')], null],
  ['星河冰雪节开幕。\n\n“一旦发现问题，集团迅速调动人员。”\n\n星河文旅集团的游客表示，风波已经平息。', '一旦发现', [O('星河文旅集团')], null],
  // a hotline or switchboard speaks for its body
  ['记者致电平湖县民政局，接线人员称，“领导正在开会”。', '领导正在', [O('平湖县民政局')], '平湖县民政局'],
  // `该人士`, `这位人士`: the body its introduction named, also in a later paragraph; no one after an unnamed one
  ['周建国说：“我们等了一夜。”\n\n记者联系上了一位星海足球俱乐部的相关人士。“比赛是上周的事了。”该人士对记者表示。', '比赛是上', [P('周建国'), O('星海足球俱乐部')], '星海足球俱乐部'],
  // … not a body its role was only near (`接近……的人士`): someone unnamed
  ['周建国说：“我们等了一夜。”\n\n据接近星海足球俱乐部的业内人士透露，球队将换帅。“比赛是上周的事了。”该业内人士表示。', '比赛是上', [P('周建国'), O('星海足球俱乐部')], null],
  ['周建国说：“我们等了一夜。”\n\n记者联系上了一位星海足球俱乐部的相关人士。“比赛是上周的事了。”该人士对记者表示。\n\n周建国也在场。该人士还表示：“已经向足协说明了情况。”', '已经向足', [P('周建国'), O('星海足球俱乐部')], '星海足球俱乐部'],
  ['周建国说：“我们等了一夜。”\n\n一位业内人士也谈到了此事。“价格还会涨。”这位人士说。', '价格还会', [P('周建国')], null],
  // police officers and judges of a station or court named before them speak for it (`民警告诉`: no `警告`); alone, someone unnamed
  ['平湖县城关派出所设立了调解室。该派出所民警介绍，“调解成功率很高”。', '调解成功', [O('平湖县城关派出所')], '平湖县城关派出所'],
  ['平湖县城关派出所民警告诉记者：“嫌疑人已经到案。”', '嫌疑人已', [O('平湖县城关派出所')], '平湖县城关派出所'],
  ['民警告诉记者：“嫌疑人已经到案。”', '嫌疑人已', [], null],
  // sales staff of a chain's shop speak for the chain the company lexicon knows; a shop of no name for no one
  ['“新款的芯片会升级，外观不会大改。”杭州一家蔚来门店的销售人员告诉记者。', '新款的芯', [O('蔚来')], '蔚来'],
  ['“新款的芯片会升级，外观不会大改。”一家水果店的店员告诉记者。', '新款的芯', [], null],
  // staff after a call: the body called in their paragraph, not a body the question was about
  // staff of a department named by what it does (`综合办公室`, `防火中心`): the body called, not the department
  ['记者致电平湖县消防救援大队，综合办公室的工作人员表示：“罚款符合规定。”', '罚款符合', [O('平湖县消防救援大队')], '平湖县消防救援大队'],
  ['记者致电平湖县林业局，防火中心工作人员称“正在积极扑救”。', '正在积极', [O('平湖县林业局')], '平湖县林业局'],
  ['记者联系了平湖县公安局，相关科室工作人员告诉记者：“正在调查。”', '正在调查', [O('平湖县公安局')], '平湖县公安局'],
  // … a centre that is a body of its own kind is no one the text names
  ['平湖县市场监管局通报了抽检结果。视频中，检测中心工作人员表示：“出不了证书。”', '出不了证', [O('平湖县市场监管局')], null],
  ['记者致电平湖县民政局，针对平湖龙舟队遇险一事，工作人员表示“这件事是有的”。', '这件事是', [O('平湖县民政局'), O('平湖龙舟队')], '平湖县民政局'],
  // staff opening an earlier clause are the subject a later verb shares (`客服人员确认了……，称`); a body called by its
  // hotline (`拨打X客服电话`) the entity lists do not know; not the outlet that called in a customer's name
  ['记者致电平湖县民政局，一位工作人员确认了上述内容，称“这件事是有的”。', '这件事是', [O('平湖县民政局')], '平湖县民政局'],
  // a venue called or visited (a scenic area, a park, a hotel) speaks through its staff, whatever type the entity analysis gave it; an unnamed one does not
  ['记者致电星海大峡谷景区，一位工作人员表示：“设施每天都检查。”', '设施每天', [], '星海大峡谷景区'],
  ['记者来到星海水上乐园，工作人员称：“门票已经售罄。”', '门票已经', [L('星海水上乐园')], '星海水上乐园'],
  ['记者致电这家酒店，一位工作人员表示：“房间已经订满了。”', '房间已经', [], null],
  ['记者致电平湖县民政局，一位值班工作人员向记者证实：“这件事是有的。”', '这件事是', [O('平湖县民政局')], '平湖县民政局'],
  ['江城财经以客户身份拨打平湖农商银行客服电话，客服人员确认了上述内容，称“可以在手机银行办理”。', '可以在手', [O('江城财经')], '平湖农商银行'],
  ['记者先致电平湖县民政局，针对平湖龙舟队遇险一事，对方不便回答。随后，记者拨打平湖市应急管理局电话，工作人员称，“已经派人处理”。', '已经派人', [O('平湖县民政局'), O('平湖龙舟队')], '平湖市应急管理局'],
  ['平湖海洋公园客服热线表示：“企鹅怕冷，只能在室内展示。”', '企鹅怕冷', [], '平湖海洋公园'],
  // `涉事` is no part of the body's name
  ['涉事平湖海洋公园客服热线回应称：“企鹅怕冷，只能在室内展示。”', '企鹅怕冷', [], '平湖海洋公园'],
  // `说话` (talking) is no speech verb: the quote stays with the one who said it before
  ['“后来就吃不下饭了。”周建国说，他母亲有时醒过来，但插着呼吸机不能说话，“就是睁开眼睛看着我们”。', '就是睁开', [P('周建国')], '周建国'],
  // a country's office-holder, unnamed, is that office (one person), by the country's name or its initial
  ['俄罗斯外长表示：“谈判已经结束。”', '谈判已经', [L('俄罗斯')], '俄罗斯外长'],
  ['乌总检察长说：“嫌疑人已被捕。”', '嫌疑人已', [], '乌总检察长'],
  // a body's website or account, named by a demonstrative, is the body
  ['星海社会研究所进行了民调。该研究所网站发布结果称：“支持率下降了13个百分点。”', '支持率下', [O('星海社会研究所')], '星海社会研究所'],
  // someone counted and described, then named, before the verb: the name
  ['另一位粮农周建国表示：“如果没有粮食供应，城里人会意识到农业的重要。”', '如果没有', [P('周建国')], '周建国'],
  // someone unnamed who spoke (`有国内用户表示`) holds the floor: a quote-only paragraph after is not the last named speaker's
  ['周建国说：“销量不错。”第二，有国内用户表示，办公体验并不友好。\n\n“打字时就像在用镊子钳字母，特别慢。”', '打字时就', [P('周建国')], null],
  // a doctor or nurse alone speaks for the hospital their paragraph named, and no other body
  ['凌晨2时，病人被送到星城第一医院。经检查后，医生称其系醉酒，“睡一觉就好了。”', '睡一觉就', [O('星城第一医院')], '星城第一医院'],
  ['凌晨2时，病人被带到星城派出所。医生称其系醉酒，“睡一觉就好了。”', '睡一觉就', [O('星城派出所')], null],
  // a document named right after its owner (`欧盟委员会文件`) speaks for it when a report alone speaks later
  ['据路透看到的星海委员会文件显示，监管可能放宽。\n\n报告称：“问题在于，跨境整合能否带来足够的规模。”', '问题在于', [O('星海委员会')], '星海委员会'],
  // someone's relative, named by whose relative they are, is someone unnamed (not the person named)
  ['乐乐（化名）一家很难过。\n\n“他爸听到炮响，往后一看，孩子已经躺地上了。”乐乐二姑说。', '他爸听到', [P('乐乐')], null],
  ['“车停在路边三个小时了。”张叔说。', '车停在路', [P('张叔')], '张叔'],
  // the press of a country, no outlet named, is a source but no speaker (not the last one who spoke)
  ['财政部长周建国说：“增长会放缓。”\n\n“这是三十年来最差的一年。”美媒写道。', '这是三十', [P('周建国')], null],
  ['财政部长周建国说：“增长会放缓。”\n\n日本媒体称，“这不是经济的没落”。', '这不是经', [P('周建国'), L('日本')], null],
  ['财政部长周建国说：“增长会放缓。”\n\n当地媒体报道称：“港口已经关闭。”', '港口已经', [P('周建国')], null],
  // twenty-first round (kinds read from S591–S680): a body carried from its staff's clause to a quote opening the next sentence
  ['星火之家工作人员告诉记者，不同的人看法不同。“我们此行的目的是测试冷链运输。”', '我们此行', [], '星火之家'],
  // … not a body only counted (`有一位企业|负责人`)
  ['还有一位企业负责人透露，已有资本在接触他。“很多人不敢进入这个行业。”', '很多人不', [], null],
  // `他`/`她` after staff reached in the same sentence: their body
  ['记者联系到了星海水族馆的工作人员，她向记者证实了这一消息，“目前这个事情已经处理完了，内部也在复盘。”', '目前这个', [O('星海水族馆')], '星海水族馆'],
  // `该员工` after a body and its `某员工` spoke
  ['“尽管支行提供三餐，工资却降了。”东江银行南城支行某员工称。\n\n此外，该员工表示，支行要求员工拉存款，“完不成就只能加班。”该员工称。', '完不成就', [O('东江银行南城支行')], '东江银行南城支行'],
  // a teacher of a school or centre named as one speaks for it; a teacher described is someone unnamed
  ['星光少儿成长中心一位老师表示：“孩子们第一次看到真的雪。”', '孩子们第', [], '星光少儿成长中心'],
  ['旁边穿白衣服的女老师说：“不要哭，慢慢讲。”', '不要哭，', [], null],
  // twenty-second round: a role phrase carried from its clause to a quote opening the next sentence, as it speaks in its own
  ['周建国的儿子强调，这枚礼花弹不太正常。“我父亲用打火机一点，立即就爆炸了。”', '我父亲用', [P('周建国')], '周建国的儿子'],
  ['周建国的儿子表示：“我父亲用打火机一点，立即就爆炸了。”', '我父亲用', [P('周建国')], '周建国的儿子'],
  // `上述权威人士`, `前述接近央行人士` with no introduction in the paragraph: an unnamed source, not the last person named
  ['何建国说：“改革会继续。”\n\n“现在的格局可以理解为三驾马车。”上述权威人士对记者表示。', '现在的格', [P('何建国')], null],
  ['何建国说：“改革会继续。”\n\n前述接近央行人士表示，编制有所调整，“比如稳定委员会的办公室”。', '比如稳定', [P('何建国')], null],
  // a role phrase the article wrote before a person's name earlier stands for that person
  ['星海国总统周建国出席了会议。\n\n面对追问，星海国总统直言：“我们从未试图挑拨。”', '我们从未', [P('周建国'), L('星海国')], '周建国'],
  // … not a former holder (`前星海国总统周建国`)
  ['前星海国总统周建国批评了此事。\n\n星海国总统直言：“我们从未试图挑拨。”', '我们从未', [P('周建国'), L('星海国')], '星海国总统'],
  // a commentator or a scholar in `…学家` of no body, cited, is someone unnamed
  ['星海日报援引日本军事评论家的说法称，虽然官方主张这基于个人意愿，但“这实际上可以被视为命令”。', '这实际上', [O('星海日报'), L('日本')], null],
  ['星海日报援引美国历史学家的说法称，“这份档案是伪造的”。', '这份档案', [O('星海日报'), L('美国')], null],
];

for (const [text, head, names, want] of CASES) {
  test(`role: ${head} → ${want}`, () => assert.equal(speakerOf(text, head, names), want));
}
