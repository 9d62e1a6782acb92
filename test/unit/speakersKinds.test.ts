/**
 * Issue 16, speakers by kind: a speaker is a person or organization, a pronoun resolved to one, or a
 * role phrase; anything else is no speaker. Every sentence is written for the test (none from the gold set).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBlocks } from '../../server/src/analysis/structure';
import { findQuotes, speakerMentions } from '../../server/src/analysis/quotes/index';
import { parseSpeakerPhrase } from '../../server/src/analysis/quotes/speakerPhrase';
import type { EntityMention, Quote } from '../../server/src/analysis/types';

/** Person mentions for the names given, at every place they occur. */
function persons(text: string, names: string[]): EntityMention[] {
  const out: EntityMention[] = [];
  names.forEach((n, i) => {
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length)) if (!out.some((m) => m.start <= at && at < m.end)) out.push({ start: at, end: at + n.length, text: n, type: 'person', entityId: `p${i}`, rule: 'test' } as EntityMention);
  });
  return out.sort((a, b) => a.start - b.start);
}

function speakerOf(text: string, head: string, names: string[] = []): string | null {
  const blocks = findBlocks(text).filter((b) => b.kind !== 'image');
  const q = findQuotes(text, blocks, persons(text, names)).quotes.find((x) => x.text.startsWith(head));
  assert.ok(q, `no quote ${head}`);
  if (q.speakerSpan) assert.ok(q.speakerSpan.start >= 0 && q.speakerSpan.end <= text.length);
  return q.speaker;
}

/** [text, quote head, person names known to the entity module, expected speaker] */
const CASES: [string, string, string[], string | null][] = [
  // a person named only inside someone's words is no referent of the next paragraph's pronoun
  ['网友“海边的风”坐轮椅出行，收到航空公司短信：“已为旅客周某申请轮椅服务，申请成功。”\n\n她随后投诉，其表示“这项规定本身就不合理”。', '这项规定', ['海边的风', '周某'], '海边的风'],
  // clause fragments are no speaker
  ['会议开始后，首次公开表态：“我们不会让步，也不会退缩。”', '我们不会', [], null],
  ['他哭诉道：“房子没了，我们以后住哪里？”', '房子没了', [], null],
  ['有网友调侃：“这价格比黄金还贵，谁买得起？”', '这价格比', [], null],
  // unnamed crowds give no speaker; so do people written as a plural (`CP粉们`), not the staff of a body (`X的董事们`)
  ['王建国说：“他们是真爱。”\n\n整个夏天，CP粉们在弹幕上狂热地寻找证据。\n\n“我可以不恋爱，但我嗑的CP不能不恋爱。”CP粉们说。', '我可以不', ['王建国'], null],
  ['一位消费者说：“退款拖了两个月，客服一直推诿。”', '退款拖了', [], null],
  ['现场的网友表示：“排队三个小时才进去，太累了。”', '排队三个', [], null],
  // a title before a body's head word names the body, no person (`无国界医生|组织`)
  ['无国界医生组织在社交媒体上发文说，“局势令人震惊。”', '局势令人震', [], '无国界医生组织'],
  // a clause opening with `在` and a report its publisher wrote: the publisher (`在……光明网发表的一篇报道中称`)
  ['记者查询到，在2021年8月新华网发表的一篇报道中称“两名球员被带走调查”。', '两名球员被', [], '新华网'],
  // `官方` alone, the authorities unnamed: no one
  ['官方通报“一化工厂起火，两人受伤”', '一化工厂起', [], null],
  ['家属当场拒绝签字，并哭诉道：“我们只想知道真相！”', '我们只想', [], null],
  // people counted or described, not named: no speaker, and no one named before takes their words
  ['“这里的蔬菜比超市便宜一半，还很新鲜。”一位80后宝爸告诉记者。', '这里的蔬', [], null],
  ['某短视频账号发文称：“这家店已经关门三个月了。”', '这家店已', [], null],
  ['青石县白沙镇多名居民向记者表示：“山火烧了一整夜，到早上才控制住。”', '山火烧了', [], null],
  ['当地官方知情人士透露：“目前已有三人被控制。”', '目前已有', [], null],
  ['刘志远说：“价格会再降。”\n\n一位水果批发店老板表示，生意还过得去。“回头客多，价格也有优势。”但他也表示，“现在的年轻人喜欢尝鲜，一次只买一点。”', '现在的年', ['刘志远'], null],
  ['刘志远说：“价格会再降。”\n\n一位水果批发店老板表示，生意还过得去。\n\n“回头客多，价格也有优势，我们不担心。”', '回头客多', ['刘志远'], null],
  // unnamed staff of a named body: the body
  ['江城市第一人民医院一位工作人员表示：“患者目前生命体征平稳。”', '患者目前', [], '江城市第一人民医院'],
  ['临河县市场监督管理局相关负责人称：“涉事商家已被立案调查。”', '涉事商家', [], '临河县市场监督管理局'],
  // counted first, the body after (`一位X的工作人员`): the body; a description or a generic body: no one
  ['一位江城供电公司的工作人员告诉记者：“抢修队伍已经出发。”', '抢修队伍', [], '江城供电公司'],
  ['一名来自临河县教育局的工作人员说：“方案还在讨论。”', '方案还在', [], '临河县教育局'],
  ['一位当地医院的工作人员说：“病人已经转院。”', '病人已经', [], null],
  // staff of a generic body, or of none: no speaker
  ['检测中心工作人员表示：“样品不合格，无法出具证书。”', '样品不合', [], null],
  // an outlet citing someone after an adverb (`还援引`, `其后援引`): the one cited
  ['路透社其后援引江城市交通局发言人的话报道称：“线路调整是临时的。”', '线路调整', [], '江城市交通局'],
  ['星河网援引分析人士的观点称：“这次采访是一颗炸弹。”', '这次采访', [], null],
  // … also with no `的` after the one cited (`报道援引专家X说`)
  ['东海日报报道称，谈判出现分歧。\n\n报道援引伦敦国王学院冲突问题专家马丁·奥尔森说：“这样的传闻肯定有害。”', '这样的传', ['马丁·奥尔森'], '马丁·奥尔森'],
  // … nor a body the article does not name (`某……公司`), but a withheld city's named hospital is one
  ['某知名白酒品牌销售公司人员则向记者表示：“除了头部品牌，其他酒都价格倒挂。”', '除了头部', [], null],
  ['某市中心医院一位工作人员表示：“患者目前生命体征平稳。”', '患者目前', [], '某市中心医院'],
  ['工作人员说：“今天的号已经挂完了，明天再来吧。”', '今天的号', [], null],
  // staff counted with a bare `一` or `某` after their body, a company's secretary: the body, written cleanly
  ['江城市南湖景区一工作人员向记者介绍：“当天有两千多名游客。”', '当天有两', [], '江城市南湖景区'],
  ['北辰银行杭州支行某员工称：“今年没有年终奖。”', '今年没有', [], '北辰银行杭州支行'],
  ['北辰控股董秘回应称：“项目进展顺利。”', '项目进展', [], '北辰控股'],
  // someone counted after a `的` is no one named (`X的一位股东`), unless staff, who speak for X; a Latin name after `的` is named
  ['两年前，北辰科技的一位股东曾在网上宣称：“系统从未出过事故。”', '系统从未', [], null],
  ['林国栋的一位好友回忆道：“他一直很热心。”', '他一直很', ['林国栋'], null],
  ['北辰集团的一位发言人回应称：“文件并不完整。”', '文件并不', [], '北辰集团'],
  ['上海的Kiki告诉记者：“我每晚都去喂猫。”', '我每晚都', [], 'Kiki'],
  // `她` is a person: not a subject that only holds Latin letters (`BBA等豪华品牌`), but a nickname with one is (`大S`)
  ['主播林雯入行三年。\n\nBBA等豪华品牌对主播有严格要求，不能过于暴露。不过在她看来，“讲不到干货还是留不住人”。', '讲不到干', ['林雯'], '林雯'],
  // a time word after a name ends the subject (`今早`, `当晚`)
  ['足球总会主席林国栋今早在电台节目中表示：“球队会退出比赛。”', '球队会退', ['林国栋'], '林国栋'],
  // a pronoun and an unknown verb; a pronoun names the person of its own sentence
  ['张海涛在信中批评了这项决定，他渲染称：“拖延只会让局面更糟。”', '拖延只会', ['张海涛'], '张海涛'],
  // a pronoun or a name, a manner adverb and a verb the lists do not know (`他形象地比喻道`)
  ['王海峰谈到人工智能的前景。他形象地比喻道：“它就像初代手机。”', '它就像初', ['王海峰'], '王海峰'],
  ['在谈到人工智能的前景时，王海峰形象地比喻道：“它就像初代手机。”', '它就像初', ['王海峰'], '王海峰'],
  ['林慧芳早前接受采访时说：“我们会尽快答复。”\n\n王建国否认了这一说法，他宣称：“从来没有人联系过我们。”', '从来没有', ['林慧芳', '王建国'], '王建国'],
  // a verb the lists do not know, after the subject's own clause
  ['刘志远听到质询后，辩解称“所有程序都合法合规”，并拒绝道歉。', '所有程序', ['刘志远'], '刘志远'],
  // a speaker introduced after the quote without a verb
  ['“每天早上六点就得起床，风雨无阻。”来自成都的周晓雯去年开始送外卖。', '每天早上', ['周晓雯'], '周晓雯'],
  // a name owned by its firm, a firm named in quotation marks, a stock name, a report with two modifiers
  ['咨询公司东亚研究集团的马丁·奥尔森认为：“关税谈判今年不会有结果。”', '关税谈判', [], '马丁·奥尔森'],
  ['得州的对冲基金“北岸资本管理公司”的首席投资官汉娜·克劳斯在社交平台上发文称：“这笔交易被严重低估了。”', '这笔交易', [], '汉娜·克劳斯'],
  ['因此，星源股份称：“公司从未停止研发投入，也不会减少。”', '公司从未', [], '星源股份'],
  ['国防部监察长办公室最近的一份报告警告说：“维修计划没有得到保障。”', '维修计划', [], '国防部监察长办公室'],
  ['“我不这么看，”周海涛直截了当地予以了否认，“我们没有做错什么。”', '我们没有', ['周海涛'], '周海涛'],
  ['视频发布后引发网友啧啧称奇，“太震撼了，希望继续更新下去！”', '太震撼了', [], null],
  ['周立新说：“节目会继续。”\n\n视频中的场景引发网友热议，“这样的画面太美了，一定要去看看。”', '这样的画', ['周立新'], null],
  // a person named inside a quotation is no referent of 他 after it
  ['一名国防部官员透露了通话内容。\n\n“奥斯汀说，一定要让部长知道他有多感谢。”他补充道，“礼宾室的消息令人难以置信。”', '礼宾室的', ['奥斯汀'], null],
  // a date between the quote and the speaker after it
  ['“政府撤回了谈判条款。”1月3日，民主党参议员马克·霍尔在俄亥俄州向工会成员宣布。', '政府撤回', [], '马克·霍尔'],
  // a relative clause before a titled name
  ['总部位于纽约的投资公司的首席投资官汉斯·贝克在社交平台上发文称：“这家公司的估值过高了。”', '这家公司', [], '汉斯·贝克'],
  // the report itself as subject stands for the last outlet that spoke
  ['据东海日报报道，大桥已经封闭。报道称，“桥墩出现了明显裂缝，需要全面检测。”', '桥墩出现', [], '东海日报'],
  ['北方网站26日称，大桥已经封闭。\n\n周立新说：“会尽快修好。”\n\n该网站还指出：“桥墩出现了明显裂缝，需要全面检测。”', '桥墩出现', ['周立新'], '北方网站'],
  ['报道称，“桥墩出现了明显裂缝，需要全面检测。”', '桥墩出现', [], null],
  // a colon after a name
  ['马振国：“这不是终点，而是新的起点。”', '这不是终', ['马振国'], '马振国'],
  // a manner adverbial between the speaker and the verb
  ['8日被记者问到此事时，王建国微笑着表示：“我们准备好与任何一方合作。”', '我们准备好', ['王建国'], '王建国'],
  ['李先生激动地说：“终于等到这一天了，真不容易。”', '终于等到', [], '李先生'],
  ['林志成表示：“会尽快答复。”\n\n他有些不耐烦地说：“该说的我都已经说过了。”', '该说的我', ['林志成'], '林志成'],
  // a paragraph broken into lines: the speaker at the end of the line before the verb
  ['张海涛表示：“项目进展顺利，大家都很努力。”\n\n城市规划研究院交通研究所高级研究员赵立群 (Lisa Zhao-Grant)\n12日对本报记者称，这项工程“在今年所有的任务中排在第一位，必须按期完成”。', '在今年所有', ['张海涛'], '赵立群'],
  ['城市规划研究院的交通研究所负责人韩志宏（Henry\nHan）称赞李明的方案，但他同时补充说：“资金问题尚未解决，还需要继续协商。”', '资金问题', ['韩志宏', '李明'], '韩志宏'],
  // a quote-only paragraph, then a paragraph that opens with the speaker and a colon
  ['周立新说：“项目已经验收。”\n\n“这次改造之后，老旧小区的管线问题基本解决，居民不用再担心停水。”\n\n市住建局副局长郑海波对记者说：“下一步还要推广到全市。”', '这次改造', ['周立新', '郑海波'], '郑海波'],
  // … but not when the next paragraph's speaker comes after another clause
  ['周立新说：“项目已经验收。”\n\n“这次改造之后，老旧小区的管线问题基本解决，居民不用再担心停水。”\n\n到了下午，市住建局副局长郑海波对记者说：“下一步还要推广到全市。”', '这次改造', ['周立新', '郑海波'], '周立新'],
  // a line that ends its sentence does not lend its last words to the next line
  ['张海涛表示：“项目进展顺利，大家都很努力。”\n\n高级研究员赵立群讲完了。\n12日对本报记者称，这项工程“在今年所有的任务中排在第一位，必须按期完成”。', '在今年所有', ['张海涛'], '张海涛'],
  // a reporter named in a byline is no one a quote or a demonstrative points back to
  ['东方晚报记者 许文清\n\n“冬天修路要多考虑冻融。”一位工程师告诉记者。\n\n“其实设计的时候就要考虑极端天气。”该人士还提到，施工也有讲究。', '其实设计', ['许文清'], null],
  ['【南方网报道 记者\n许文清】“我们不会接受这个方案。”当地时间3月2日，周明在会上发言。', '我们不会接', ['许文清', '周明'], null],
  // a date or `近日` before the speaker after a quote
  ['“早上看到降息的消息，就给银行打了电话。”近日，市民周明告诉记者。', '早上看到', ['周明'], '周明'],
  // a sentence-initial quote, a clause or two naming no one, then a clause opening with a person: that person
  ['“在省城学了五年，没想到是这个结果。”在和卫健局谈判多轮后，3月2日上午，江城县医院医生周明依然感觉前途未卜。', '在省城学', ['周明'], '周明'],
  ['“今天的行程就到此为止了。”当天晚些时候，林海涛对两人如是说。', '今天的行', ['林海涛'], '林海涛'],
  // … not one of a list, nor an owner, nor after a first clause that names someone else
  ['“春晚上看到她了吗”……节目中，周晓雯、林海涛亮相。', '春晚上看', ['周晓雯', '林海涛'], null],
  ['“这事与我无关。”对于周明的说法，林海涛十分惋惜。', '这事与我', ['周明', '林海涛'], null],
  // 他 after a sentence with two persons: its first, the subject (`关于`, or any later person of the clause, is an object)
  ['周立新说：“方案已经上报。”\n\n周立新还回应了关于林海涛年龄的问题。他表示，“年龄从来不是问题”。', '年龄从来', ['周立新', '林海涛'], '周立新'],
  ['周立新说：“方案已经上报。”\n\n周立新随后批评了林海涛的做法。他说：“这样做不负责任。”', '这样做不', ['周立新', '林海涛'], '周立新'],
  // a quote-only paragraph, then a paragraph that is only its speaker and a verb (`《东海日报》指出。`)
  ['周立新说：“项目已经验收。”\n\n“老旧小区的管线问题基本解决，居民不用再担心停水。”\n\n《东海日报》指出。', '老旧小区', ['周立新'], '东海日报'],
  ['周立新说：“项目已经验收。”\n\n“老旧小区的管线问题基本解决，居民不用再担心停水。”\n\n郑海波补充说。', '老旧小区', ['周立新', '郑海波'], '郑海波'],
  // an outlet's verb, then a person and a speech verb ending the next clause: the outlet relays that person
  ['“欧洲必须加强防卫，”东海日报称，德国总理周立新在会上表示，无论谁获胜，欧洲都必须加强防卫。', '欧洲必须', ['周立新'], '周立新'],
  // … not when the person's verb has its own object: the outlet sums up
  ['“众议院将进行投票，与参议院摊牌。”东海日报称，议长周立新3日宣布了一项拨款法案。', '众议院将', ['周立新'], '东海日报'],
  // `常`, `经常` between the speaker and the verb (`焦海涛常说`), the name found by the phrase rules alone
  ['周海涛常说：“在我的成长过程中，父亲既是财富也是压力。”', '在我的成', [], '周海涛'],
  ['周海涛经常对学生说：“做事先做人。”', '做事先做', [], '周海涛'],
  // a doubled character is a familiar name (`果果`), unless a word (`纷纷`, `妈妈`)
  ['段某说：“我没有逼她们。”\n\n“当时在段某家里，客户想玩游戏，我就陪着。”果果说，“现在真的很后悔。”', '现在真的', ['段某'], '果果'],
  ['段某说：“我没有逼她们。”\n\n网友纷纷表示：“这样的人应该受到惩罚。”', '这样的人', ['段某'], null],
  // someone's kin who speaks is unnamed: the one they are kin of is no referent of 她 in their sentence; 被害人, 被告人 are titles
  ['周立新说：“判决已经生效。”\n\n29日，被害人林小芳的姐姐介绍，前一天家里接到了法院的通知，她表示：“我们等了好久。”', '我们等了', ['周立新', '林小芳'], null],
  ['被告人林海涛当庭表示：“我认罪，愿意赔偿。”', '我认罪，', ['林海涛'], '林海涛'],
  // a titled person opening an earlier clause is the subject a later verb without one shares
  ['周立新说：“她是天才。”\n\n奥运会时，初代体操女皇周敏曾在感慨王小雨天赋的同时，也谈到，“她马上就要长身体了。”', '她马上就', ['周立新', '周敏', '王小雨'], '周敏'],
  // a speech clause inside what a person reports (`X告诉记者，英国认为……`) leaves that person the floor; inside an outlet's report it does not
  ['周立新说：“会尽快修好。”\n\n林海涛告诉记者，英国认为不能在那里发动军事行动。“我们非常关注局势。”', '我们非常', ['周立新', '林海涛'], '林海涛'],
  ['周立新说：“会尽快修好。”\n\n报道称，林海涛在接受采访时说，英国认为不能在那里发动军事行动。“我们非常关注局势。”', '我们非常', ['周立新', '林海涛'], '林海涛'],
  // 和 of 共和党 is no conjunction: the titled name after it is its clause's subject, the referent of 他
  ['周立新接受采访时声称，“我们相信空袭是成功的”。\n\n共和党籍的众议院议长林海涛批评了政府。“不幸的是，政府等了一周。”他说。', '不幸的是', ['周立新', '林海涛'], '林海涛'],
  // `X的表态` is X's statement, a noun: the quote after it is the words of the one who spoke of it
  ['周立新对此表示，林海涛对北约的表态“有一定的逻辑”。他表示，“让他们自己解决吧。”', '让他们自', ['周立新', '林海涛'], '周立新'],
  // … so are `的评论`, `的批评`: the quote after them is the words of the one reporting them
  ['外交部10日对此回击说，来自海外的批评“忽视了选举顺利举行的事实”。外交部称这些担忧是“错位的”，外国政府的评论“既没有考虑到选举的复杂性”。', '既没有考', [], '外交部'],
  // one of several counted alone (`一家……，另一家则称`) is no one in particular: not the last speaker either
  ['江城药业客服人员表示：“目前货源紧张。”\n\n记者询问了两家药店，一家表示“成本升高了”，另一家则称“价格会随进价调整”。', '价格会随', [], null],
  // … and persons in what a report frame relays (`据他介绍，……`) are no subjects either
  ['周立新说：“方案已经上报。”\n\n据他介绍，前一天，林海涛和王建国三次汇报了进展。他说：“昨天凌晨就已经完成。”', '昨天凌晨', ['周立新', '林海涛', '王建国'], '周立新'],
  // twenty-first round (kinds read from S591–S680): `现场`, `先是` end a subject before the verb
  ['商家们见到了运营人员郑某，郑某现场表示，“你们的情况我记录了。”', '你们的情', ['郑某'], '郑某'],
  ['刘建华先是回答，政府一直在投资，“这样做的原因很简单。”', '这样做的', ['刘建华'], '刘建华'],
  // people joined by `、` opening a topic chain are its subject together
  ['王振宇、蔡明杰在社交平台进行反驳，表示“这些说法纯属无知。”', '这些说法', ['王振宇', '蔡明杰'], '王振宇、蔡明杰'],
  // a name inside what a speech clause reports is no subject of the sentence's next verb (`，称`) …
  ['前发言人约翰·哈代在采访中称，查理患病一事“似乎不对劲”，称“可能比想象的更严重”。', '可能比想', ['约翰·哈代', '查理'], '约翰·哈代'],
  // … unless an outlet reports it: the one inside speaks
  ['有媒体报道称，内塔尼亚胡拒绝了调停提议，表示“还需要几个月的战斗”。', '还需要几', ['内塔尼亚胡'], '内塔尼亚胡'],
  // a time clause after a title is no name (`消防员|出来后`): the one reporting keeps the floor
  ['刘凤阳回忆，该名消防员出来后说没看到人，这时又上来了几名消防员。“后面等水接上来，才把母亲救出来。”', '后面等水', ['刘凤阳'], '刘凤阳'],
  // `据X所说，`, `根据X的说法，` frame what follows as X's, like `在X看来，`
  ['据张建华所说，今年的产量下降了，“主要是天气原因。”', '主要是天', ['张建华'], '张建华'],
  ['根据张建华的说法，今年的产量下降了，“主要是天气原因。”', '主要是天', ['张建华'], '张建华'],
  // a place or occasion before the subject (`在电话中`, `在会上`)
  ['记者联系到了当事人小胡，在电话中小胡表示，“钱都花掉了，我应该受到惩罚。”', '钱都花掉', ['小胡'], '小胡'],
  // who is addressed after a verb of ordering (`指挥场上小球员：`) is no speaker: the subject before is
  ['视频显示，星城队主教练吴建国在落后时，指挥场上小球员：“踢不着球能踢着人不？”', '踢不着球', ['吴建国'], '吴建国'],
  // verbs of scolding speak (`怒斥`, `痛斥`); `笑说` too
  ['“你搞什么东西，信不信我报警。”周丽华怒斥对方。', '你搞什么', ['周丽华'], '周丽华'],
  ['王振宇受访时说，他对对手没有成见，还笑说“应该跟他多学学口才”。', '应该跟他', ['王振宇'], '王振宇'],
  // `官宣` (announced officially) speaks
  ['2月6日，王振宇官宣，“已于近期完成增资”。', '已于近期', ['王振宇'], '王振宇'],
  // one person counted (`一名男子`) takes the floor from the one named before: a quote after is not theirs
  ['林海涛说：“我们被骗了。”\n\n一名男子在视频中表示，他是应征入伍的。“我们签署了一份合同。”', '我们签署', ['林海涛'], null],
  // … also into the next paragraph (`这名男子说`), but not further: the article's topic takes the floor back
  ['林海涛说：“我们被骗了。”\n\n一名男子在视频中表示，他是应征入伍的。\n\n“我们签署了一份合同。”这名男子说。', '我们签署', ['林海涛'], null],
  ['林海涛说：“我们被骗了。”\n\n一名男子在视频中表示，他是应征入伍的。\n\n这段视频很快传开了。\n\n“我们不会再上当。”他说。', '我们不会', ['林海涛'], '林海涛'],
  // … a person named inside the unnamed one's own words does not take the floor back
  ['林海涛说：“我们被骗了。”\n\n一名男子在视频中表示：“我和张伟都是应征入伍的。”\n\n“我们签署了一份合同。”这名男子说。', '我们签署', ['林海涛', '张伟'], null],
  // an occasion before the subject is skipped, a place name is not cut (`在中国上海|张三`)
  ['在中国上海张三表示：“我们会继续投资。”', '我们会继', ['张三'], '张三'],
  // a surname, `姓` and a title or trade is a name the article withholds (`有林姓老师称`)
  ['群聊截图显示，有林姓老师称，想跟人商量这件事，并表示：“今天是李老师说话不当，本校会处罚。”', '今天是李', [], '林姓老师'],
  // … also when something counts or places them first (`一名`, `村里一`, `该公司`): the withheld name is still theirs
  ['一名做服装加工的王姓老板表示，“订单比去年少了一半。”', '订单比去', [], '王姓老板'],
  ['镇上一赵姓大爷告诉记者：“他从小就爱帮人。”', '他从小就', [], '赵姓大爷'],
  ['该公司胡姓负责人回应称：“我们会配合调查。”', '我们会配', [], '胡姓负责人'],
  // … but not `姓` the verb (`一位姓王的老板`: one counted, no name)
  ['一位姓王的老板表示：“订单比去年少了一半。”', '订单比去', [], null],
  // a name describing someone counted (`一名……林海涛支持者`) is no referent of `他` in that sentence
  ['林海涛告诉人们要去投票。一名热情的林海涛支持者被请上台，他感谢着林海涛，并告诉人群“他是好人”。', '他是好人', ['林海涛'], null],
];

for (const [text, head, names, want] of CASES) {
  test(`issue 16 speaker: ${head} → ${want}`, () => assert.equal(speakerOf(text, head, names), want));
}

test('transliterated speaker with a Latin gloss broken over a line, then by surname', () => {
  const text = '风投基金创始人约翰·卡特勒（John\nCutler）表示：“这座城市的创业生态不会衰落。”\n\n卡特勒还说：“我们会一直留在这里。”';
  assert.equal(speakerOf(text, '这座城市', ['约翰·卡特勒', '卡特勒']), '约翰·卡特勒');
  assert.equal(speakerOf(text, '我们会一', ['约翰·卡特勒', '卡特勒']), '卡特勒');
});

test('a role phrase for a body keeps the whole phrase as its role', () => {
  const p = parseSpeakerPhrase('江城市第一人民医院一位工作人员');
  assert.deepEqual(p && [p.name, p.cls, p.role], ['江城市第一人民医院', 'role', '江城市第一人民医院一位工作人员']);
  // the body's span is where the phrase writes it
  const counted = parseSpeakerPhrase('一位江城供电公司的工作人员');
  assert.deepEqual(counted && [counted.name, counted.start, counted.end, counted.cls], ['江城供电公司', 2, 8, 'role']);
  // sales staff of a chain's shop: the chain (one the company lexicon knows), not `……门店的销售`
  const shop = parseSpeakerPhrase('杭州一家蔚来门店的销售人员');
  assert.deepEqual(shop && [shop.name, shop.start, shop.end, shop.cls], ['蔚来', 4, 6, 'role']);
  const anonymous = parseSpeakerPhrase('一名匿名美国高级国防官员');
  assert.deepEqual(anonymous && [anonymous.name, anonymous.cls, anonymous.unnamed], ['一名匿名美国高级国防官员', 'indefinite', true]);
});

test('a title holding a speech verb\'s character is a title: 讲师, 讲义 are no 讲 (said)', () => {
  for (const [phrase, want] of [['江城大学新闻学院讲师王海涛', '王海涛'], ['新闻学院讲师王海涛', '王海涛'], ['江城大学客座讲师李明', '李明']]) {
    assert.equal(parseSpeakerPhrase(phrase)?.name, want, phrase);
  }
});

test('a doctor or nurse of a named hospital, counted, described or of a department, speaks for the hospital', () => {
  for (const [phrase, want] of [['一位江城医院的医生', '江城医院'], ['一位接诊过他的江城医院皮肤科医生', '江城医院'], ['一名江城中心医院护士', '江城中心医院'], ['江城医院皮肤科医生', '江城医院']]) {
    const p = parseSpeakerPhrase(phrase);
    assert.deepEqual(p && [p.name, p.cls], [want, 'role'], phrase);
  }
  // someone counted after a body that is no hospital stays unnamed
  assert.equal(parseSpeakerPhrase('特斯拉的一位股东')?.cls, 'indefinite');
});

test('staff described by where they work speak for that body; a generic workplace names no one', () => {
  for (const [phrase, want] of [['在江城庄园工作了八年多的一位员工', '江城庄园'], ['一位在江城公司任职的职员', '江城公司']]) {
    const p = parseSpeakerPhrase(phrase);
    assert.deepEqual(p && [p.name, p.cls], [want, 'role'], phrase);
  }
  assert.equal(parseSpeakerPhrase('在公司工作的员工'), null);
});

test('a time before the subject with 的 (`当时的`) is no part of it; a press communiqué is a kind of document', () => {
  const p = parseSpeakerPhrase('当时的美国《江城邮报》曾这样');
  assert.deepEqual(p && [p.name, p.cls], ['江城邮报', 'media']);
  assert.equal(parseSpeakerPhrase('当时的新闻公报')?.cls, 'indefinite');
  assert.equal(parseSpeakerPhrase('江城市政府新闻公报')?.name, '江城市政府');
});

test('staff of a bank\'s branch the article does not name speak for the bank it named', async () => {
  const p = parseSpeakerPhrase('杭州某支行员工');
  assert.deepEqual(p && [p.name, p.cls, p.start, p.end], ['银行', 'role', 0, 7]);
  // a branch named as one stays itself
  assert.equal(parseSpeakerPhrase('江城银行杭州分行员工')?.name, '江城银行杭州分行');
  const { resolveBodies } = await import('../../server/src/analysis/quotes/bodies');
  const text = '江城银行被曝年终奖缩水。杭州某支行员工称，“落差很大。”';
  const at = text.indexOf('杭州');
  const q = { start: text.indexOf('“') + 1, end: text.indexOf('”'), text: '落差很大。', kind: 'speech', speaker: '银行', speakerSpan: { start: at, end: at + 7 }, speakerVia: 'role' } as unknown as Quote;
  const bank = { start: 0, end: 4, text: '江城银行', type: 'organization', rule: 'test' } as EntityMention;
  assert.equal(resolveBodies(text, [q], [bank])[0].speaker, '江城银行');
});

test('nouns holding a speech verb are no speech: 评论区, 留言区 (the comments), 批评者 (a critic)', () => {
  for (const phrase of ['评论区有目击者', '评论区有网友']) assert.equal(parseSpeakerPhrase(phrase)?.cls, 'indefinite', phrase);
  assert.equal(speakerOf('王群说：“好。”评论区有目击者称，“当时就在缆车下面”。', '当时就在'), null);
  assert.equal(speakerOf('王群说：“好。”\n\n留言区有网友称，“太贵了”。', '太贵了', ['王群']), null);
  // nor is 批评者 (a critic) a 批评 (criticised): the critic speaks, not the one before
  assert.match(speakerOf('王群说：“好。”批评者李明表示：“这不公平。”', '这不公平', ['王群', '李明']) ?? '', /李明$/);
});

test('what was said, as a noun phrase (`所称的`, `所说的`), reports no one: its quote is a term', () => {
  const kindOf = (text: string, head: string) => findQuotes(text, findBlocks(text), []).quotes.find((x) => x.text.startsWith(head));
  for (const text of ['本研究所称的“养育成本”，既包括时间成本，也包括机会成本。', '本文所说的“育儿假”，包括父母双方的假期。']) {
    const q = kindOf(text, text.includes('养育') ? '养育成本' : '育儿假');
    assert.equal(q?.speaker, null, text);
    assert.equal(q?.kind, 'term', text);
  }
  // a verb after 所 before a comma still reports what was said
  assert.equal(speakerOf('正如李明所说，“这不公平，我们必须改变。”', '这不公平', ['李明']), '李明');
});

test('short phrases must be shaped like a name, an organization or a place', () => {
  for (const ok of ['王海', '李先生', '俄罗斯', '新华社', '外交部']) assert.ok(parseSpeakerPhrase(ok), ok);
  for (const no of ['首次', '哭诉', '渲染', '辩解']) assert.equal(parseSpeakerPhrase(no), null, no);
});

test('the origin of a carried or role speaker is the paragraph that named it', async () => {
  const { findSpeakerOrigin } = await import('../../server/src/analysis/quotes/origin');
  const text = '# 标题\n\n江城市第一人民医院一位工作人员表示：“患者目前情况稳定。”\n\n“我们会尽全力救治，请家属放心。”\n';
  const blocks = findBlocks(text).filter((b) => b.kind !== 'image');
  const [first, second] = findQuotes(text, blocks, []).quotes;
  assert.deepEqual(findSpeakerOrigin(first, blocks), { paragraph: 1, name: '江城市第一人民医院' });
  assert.equal(second.speakerVia, 'carried');
  assert.deepEqual(findSpeakerOrigin(second, blocks), { paragraph: 1, name: '江城市第一人民医院' });
});

test('a line broken inside a gloss lends no speaker phrase that was cut before the name', () => {
  // `对` in `反对党` cuts the phrase to `韩国反`, which does not reach the gloss: no speaker from that line
  const text = '韩国反对党主席朴成民（Park\nSung-min）称赞李明的方案，但他同时补充说：“资金问题尚未解决，还需要继续协商。”';
  assert.notEqual(speakerOf(text, '资金问题', ['朴成民', '李明']), '韩国反');
});

test('他 and 她 agree with the sex a given name marks (翟伟栋 a man, 尚娟 a woman, 伊万诺娃 a woman)', () => {
  const cases: [string, string, string[], string | null][] = [
    ['会上，李秀娟发言之后，张伟栋补充了数据。她说：“明年的目标是翻一番。”', '明年的目', ['李秀娟', '张伟栋'], '李秀娟'],
    ['会上，张伟栋发言之后，李秀娟补充了数据。他说：“明年的目标是翻一番。”', '明年的目', ['张伟栋', '李秀娟'], '张伟栋'],
    ['会上，彼得罗夫发言之后，伊万诺娃补充了数据。他说：“明年的目标是翻一番。”', '明年的目', ['彼得罗夫', '伊万诺娃'], '彼得罗夫'],
    // a name marking neither stays open to both
    ['会上，张伟栋发言之后，李明补充了数据。他说：“明年的目标是翻一番。”', '明年的目', ['张伟栋', '李明'], '李明'],
  ];
  for (const [text, head, names, want] of cases) assert.equal(speakerOf(text, head, names), want, text);
});

test('a closed verb with no subject read (`她就说过此案受保障`) does not govern a later quote of its sentence', () => {
  assert.equal(speakerOf('周晓梅21日在社交媒体上辩称，她2天前就说过此案受保障，“会有赔偿”。', '会有赔偿', ['周晓梅']), '周晓梅');
  // an open clause of its own still does: `李明表示，王强说，“……”` stays 王强's
  assert.equal(speakerOf('李明表示，王强说，“会有赔偿”。', '会有赔偿', ['李明', '王强']), '王强');
});

test('a clause ending in a modal 会 (`风险不会`) is no body named by its ending 会', () => {
  assert.notEqual(speakerOf('星海资管也曾警告投资者，微盘股一旦崩塌，风险不会更低：“流动性会衰竭。”', '流动性会'), '风险不会');
});

test('a dash ends the clause before a speaker; a title published with no publisher named speaks as itself', () => {
  assert.equal(speakerOf('讨论已经形成了基本轮廓——近日发布的《星海养老金报告2023》在测算替代率问题时指出：“延迟退休政策出台在即。”', '延迟退休'), '星海养老金报告2023');
  assert.equal(speakerOf('也有人看得更清楚——印度《星海时报》7日就警告称，“调查船一直在积极绘制地图”。', '调查船一'), '星海时报');
  // a publisher named before the title is the owner, as before
  assert.equal(speakerOf('星海研究院近日发布的《养老金报告》指出：“延迟退休政策出台在即。”', '延迟退休'), '星海研究院');
});

test('a family (`赵家表示`) is no referent of 他 or 她', () => {
  assert.equal(speakerOf('赵建国是这家公司的创办人。赵家表示，感谢各界关心。他说：“我们感到很悲痛。”', '我们感到', ['赵建国', '赵家']), '赵建国');
});

test('a friend named after whose friend they are is the name, also with a rarer surname the segmenter does not know (`X的好友米芳`)', () => {
  const read = (w: string) => (w === '米芳' ? 'unknown' : 'common') as 'unknown' | 'common';
  const speaker = (text: string, head: string) => findQuotes(text, findBlocks(text), persons(text, ['周建国']), { readWord: read }).quotes.find((q) => q.text.startsWith(head))?.speaker;
  assert.equal(speaker('周建国的好友米芳也公开出来解释说，“只是摔了一跤，医生让他多休息”，并没有那么严重。', '只是摔了'), '米芳');
  // a word of the language after the kin word is no name (`和我`: 和 is also a surname)
  assert.notEqual(speaker('周建国的朋友和我说：“他很认真。”', '他很认真'), '和我');
});

test('parents (`父母`) are someone unnamed, also after a manner adverb (`连连`): no last speaker carried', () => {
  assert.equal(speakerOf('李明雨说：“我想考武大。”别人问起李明雨在哪个单位上班，父母连连解释，“没有没有，她在家看书呢”。', '没有没有', ['李明雨']), null);
});

test('one dash joins (a name, a year range); two end a clause', () => {
  assert.equal(speakerOf('美国众议员亚历山德里娅·奥卡西奥—科尔特斯表示，“这不公平”。', '这不公平', ['亚历山德里娅·奥卡西奥—科尔特斯']), '亚历山德里娅·奥卡西奥—科尔特斯');
  assert.equal(speakerOf('近日发布的《星海养老金报告2021—2023》指出，“替代率会上升”。', '替代率会'), '星海养老金报告2021—2023');
});

test('the sex a given name marks decides only for unambiguous characters (周涛 may be 她)', () => {
  assert.equal(speakerOf('导演张艺谋介绍了拍摄情况。随后周涛也来到现场。她表示，“我很喜欢这个节目”。', '我很喜欢', ['张艺谋', '周涛']), '周涛');
});

test('a staff credit names the article\'s writers: no speaker, and no one a pronoun stands for (thirty-eighth round)', () => {
  const text = '**撰文丨许文清**\n\n这几天，一位女博主讲述回乡见闻的视频火了。\n\n她在视频中讲了很多县城生活的见闻，“县城一两百块买不到好衣服”。\n\n（编辑：周立新 校对：林海涛）';
  const credit = (n: string): EntityMention => { const at = text.indexOf(n); return { start: at, end: at + n.length, text: n, type: 'person', rule: 'credit-name', entityId: n } as EntityMention; };
  const named = [credit('许文清'), credit('周立新'), credit('林海涛')];
  assert.deepEqual(speakerMentions(text, named), []);
  const blocks = findBlocks(text).filter((b) => b.kind !== 'image');
  const q = findQuotes(text, blocks, named).quotes.find((x) => x.text.startsWith('县城一两'));
  assert.equal(q?.speaker, null);
});
