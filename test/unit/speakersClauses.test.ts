/**
 * Speakers by kind, second round (issue 16): a subject shared by a later verb in the sentence, a view
 * (`在X看来`), a subject cut before a hearing verb (`听闻此言后`), an outlet with `指`. Every sentence is
 * written for the test (none from the gold set).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../server/src/analysis/types';
import { speakerOf } from '../helpers/speakers';

const P = (n: string): [string, EntityMention['type']] => [n, 'person'];
const O = (n: string): [string, EntityMention['type']] => [n, 'organization'];
const L = (n: string): [string, EntityMention['type']] => [n, 'place'];

/** [text, quote head, mentions known to the entity module, expected speaker] */
const CASES: [string, string, [string, EntityMention['type']][], string | null][] = [
  // a verb of answering with the question it answers as its object (`回答上述问题，`): the answer follows, this clause governs it
  ['新华社说，李建国笑着这样回答上述问题，“谁当选我们都会合作。”', '谁当选', [O('新华社'), P('李建国')], '李建国'],
  ['据新华社报道，李建国这样回答记者的提问：“下一步要看市场。”', '下一步', [O('新华社'), P('李建国')], '李建国'],
  // … not a question named first, which the quote may hold
  ['六年来，周淑芬总要回答同样一个问题，“开店有什么用”。', '开店有', [P('周淑芬')], null],
  // the matter answered opening the clause after a quote (`面对记者的追问，`, `对此，`): the speaker and verb come after it
  ['郑海波上周接受了采访。\n\n“我们会尽快公布结果。”面对记者的追问，市卫健委一名负责人说。', '我们会尽', [P('郑海波'), O('市卫健委')], '市卫健委'],
  ['郑海波上周接受了采访。\n\n“网传消息不实。”对于网友的质疑，华晨物流回应道。', '网传消息', [P('郑海波'), O('华晨物流')], '华晨物流'],
  ['“网传消息不实。”对此，刘淑华表示。', '网传消息', [P('刘淑华')], '刘淑华'],
  // time passing before a verb with no subject of its own (`过了许久才说`): the subject of the sentence's first clause
  ['赵淑敏哽咽着，过了许久才说：“我想回家。”', '我想回家', [P('赵淑敏')], '赵淑敏'],
  // `给` before the one written or called to ends the subject, as `向` and `对` do (`X给Y发去消息：`, `X给Y打电话说`)
  ['晚上，周淑芬给女儿发去消息：“你不要有什么心理负担。”', '你不要有', [P('周淑芬')], '周淑芬'],
  ['郑海波给记者打电话说：“供暖已经恢复了。”', '供暖已经', [P('郑海波')], '郑海波'],
  ['华晨物流给本报的声明里提到：“所有退款将在月底前到账。”', '所有退款', [O('华晨物流')], '华晨物流'],
  // … not the `给` of a verb of giving (`交给`, `送给`): the subject runs on as before
  ['郑海波把材料交给了刘淑华，刘淑华说：“我会仔细看的。”', '我会仔细', [P('郑海波'), P('刘淑华')], '刘淑华'],
  // a reply and a colon after a quote open the next quotation: the quote before is the one replied to (a dialogue)
  ['晚上，周淑芬给女儿发去消息：“早点休息，别熬夜。”女儿回答：“我还在加班，等会儿再说。”', '早点休息', [P('周淑芬')], '周淑芬'],
  ['郑海波说：“你们什么时候发货？”\n\n“下周一之前一定发出。”客服回复：“请您耐心等待。”', '下周一之', [P('郑海波')], null],
  // … a verb of saying and a colon after a quote still take it (`“……”X说：“……”`: both are X's)
  ['“工厂已经停工了。”郑海波说：“我们也没有办法。”', '工厂已经', [P('郑海波')], '郑海波'],
  // `并直言` with no subject: the subject of the speech clause before it in the sentence
  ['市交通局局长周伟明表示，拥堵问题“短期内难以解决”，并直言：“我们的公交线路规划落后了十年。”', '我们的公交', [P('周伟明')], '周伟明'],
  ['林慧芳坦言，收入下降“是所有人都能感觉到的”，还强调“明年的情况也不会好到哪里去，大家要有准备”。', '明年的情', [P('林慧芳')], '林慧芳'],
  // … a topic chain whose verb clause holds words before the verb the subject shares (`否则她认为`): the sentence's subject
  ['刘淑华很晚才拿到证书，错过了实习的黄金时间，否则她认为自己一定会去“拼一拼，闯一闯”。', '拼一拼', [P('刘淑华')], '刘淑华'],
  // … but a verb with a subject of its own keeps it
  ['林慧芳坦言，收入下降“是所有人都能感觉到的”，王建国则强调“明年的情况也不会好到哪里去，大家要有准备”。', '明年的情', [P('林慧芳'), P('王建国')], '王建国'],
  // … and a crowd subject before gives no speaker to the later verb
  ['不少网友表示，票价“实在太贵了”，并直言：“以后再也不来这个景区了。”', '以后再也', [], null],
  // `在X看来，……。` then a quote in the next sentence of the paragraph
  ['而在赵立群看来，这次改革来得正是时候。“过去十年积累的问题太多，再不改就来不及了。”', '过去十年', [P('赵立群')], '赵立群'],
  ['在王教授眼中，城市更新不只是拆旧建新，“更要留住街巷里的烟火气和老邻居”。', '更要留住', [], '王教授'],
  // … a view clause does not make a scare quote speech
  ['在赵立群看来，所谓“躺平”并不是真的放弃。', '躺平', [P('赵立群')], null],
  // a hearing verb ends the subject: `听闻此言后，辩解称`
  ['市场监管局副局长（注：当地称为“稽查支队长”）黄志刚听闻此言后，辩解称“执法程序完全合法”，并拒绝道歉。', '执法程序', [P('黄志刚')], '黄志刚'],
  ['张海涛表示：“项目已经验收。”\n\n商场负责人刘德明获悉此事后，回应称“所有商品都经过检测，没有质量问题”。', '所有商品', [P('张海涛'), P('刘德明')], '刘德明'],
  // an outlet with `指，`
  ['不过，交接时也出了一些状况。香港《明报》指，两名船员由红十字会人员陪同登船，“过程有些曲折，但总算顺利”。', '过程有些', [], '明报'],
  // an occupation before the verb is someone unnamed, not a verb the lists do not know (the last speaker is not carried)
  ['朱海波说：“我们会继续出海。”\n\n“我们自己的船怎么可能翻掉。”生还渔民说，“船是被撞翻的。”', '船是被撞', [P('朱海波')], null],
  // `根据`/`按照` before a source is no part of its name
  ['根据温州媒体报道，“涉事车辆已被查封”。', '涉事车辆', [], '温州媒体'],
  // a condition (`如果X要求，`) is no speech clause
  ['一名消息人士称，如果周建国要求，“郑海波会尝试帮忙”。', '郑海波会', [P('周建国'), P('郑海波')], null],
  // an unnamed source of a named body speaks for it; with no body, for no one
  ['北辰集团一名消息人士表示：“重组方案下周公布。”', '重组方案', [], '北辰集团'],
  ['一位不愿具名的业内人士表示：“重组方案下周公布。”', '重组方案', [], null],
  ['“这次重组对员工影响不大。”一位内部人士表示。', '这次重组', [], null],
  ['一位接近北辰集团的人士表示：“重组方案下周公布。”', '重组方案', [], null],
  // `他们` with a body named earlier in its own sentence, after a relative clause holding a quote
  ['曾预言“战争将引发不满”的星城和平研究会如今已悄然改变了论调，他们的最新报告指出，“所有天真预测都落空了”。', '所有天真', [O('星城和平研究会')], '星城和平研究会'],
  // `分析家` is a title, not the verb `分析`
  ['白俄罗斯政治分析家周海涛近日表示：“此次选举是一次测试。”', '此次选举', [['白俄罗斯', 'place'], P('周海涛')], '周海涛'],
  // … but not over people counted or named by a plural between them
  ['星辰科技起诉了两名前员工，他们表示：“我们没有泄露任何机密。”', '我们没有', [O('星辰科技')], null],
  ['联合国秘书处收到了难民的请愿信，他们在信中写道：“我们需要帮助。”', '我们需要', [O('联合国秘书处')], null],
  // `对` inside a word (`反对党`) is no preposition ending the subject
  ['印度主要反对党国大党主席拉希德称，这起事件令人震惊，“他们被迫在边境作战”。', '他们被迫', [['印度', 'place'], O('国大党'), P('拉希德')], '拉希德'],
  // a space set between Chinese and Latin (盘古之白) does not end the clause: the outlet is no speaker here
  ['前述供应商人士向《晚点 LatePost》表示：“苹果对细节要求极其苛刻。”', '苹果对细', [O('晚点 LatePost')], null],
  ['OpenAI 首席执行官 Sam Altman 表示：“模型下月上线。”', '模型下月', [O('OpenAI'), P('Sam Altman')], 'Sam Altman'],
  // the clause right after `称，` is what was said: a quote after its colon goes on with the same speaker
  ['波兰总理图斯克在接受采访时警告称，欧洲已经处于“战前时代”：“我知道这听起来很恐怖。”', '我知道这', [P('图斯克'), ['欧洲', 'place']], '图斯克'],
  // … while a name and a colon of their own after the speech clause speak for themselves
  ['对方称其“学历歧视”，李继延无奈：“这样的事情太多了。”', '这样的事', [P('李继延')], '李继延'],
  // a time clause naming no one opens a clause whose subject is the sentence's (`回来后对她说`); not after an adverb of many
  ['周建国走出手术室休息了一下，回来后对她说，“我给你买了盒饭，你今天受了惊吓”。', '我给你买', [P('周建国')], '周建国'],
  ['在派出所，周建国用头撞墙多次，随后昏睡，两度送医后均称“没有问题”。', '没有问题', [P('周建国')], null],
  // a manner clause (`操着……`) shares the chain's subject; a pronoun then `用` is the subject of what follows
  ['周建国头发花白，但精神头很足，操着江城口音的普通话介绍：“我这里是爱情批发公司！”', '我这里是', [P('周建国')], '周建国'],
  ['周建国开了一家婚介所。他用带着浓厚口音的普通话介绍：“我这里都是奔着结婚来的。”', '我这里都', [P('周建国')], '周建国'],
  // a body by its side (`校方`, `院方`) or its headquarters (`总部`): the one of that kind the article named; none named, no one
  ['江城大学发布了通报。据录下的对话，校方相关工作人员多次谈到“学校已经做了调查”。', '学校已经', [O('江城大学')], '江城大学'],
  ['江城第一医院收治了患者。院方表示：“患者目前情况稳定。”', '患者目前', [O('江城第一医院')], '江城第一医院'],
  ['星辰餐饮公司回应了此事。总部工作人员告诉记者：“我们已经关注到了。”', '我们已经', [O('星辰餐饮公司')], '星辰餐饮公司'],
  ['院方表示：“患者目前情况稳定。”', '患者目前', [], null],
  // a body by its kind alone (`学校`, `医院`, `公司方面`): the one of that kind named before, a middle school or a hospital by any name
  ['记者来到江城市实验中学。学校一位老师说：“学生们都很努力。”', '学生们都', [O('江城市实验中学')], '江城市实验中学'],
  ['江城第一人民医院连夜收治伤员。“床位已经不够了。”医院一名护士说。', '床位已经', [O('江城第一人民医院')], '江城第一人民医院'],
  ['记者联系了星辰餐饮公司。公司方面表示：“我们正在核实。”', '我们正在', [O('星辰餐饮公司')], '星辰餐饮公司'],
  // a village's officers speak for the village: the one in the phrase, the one `该村` points back to, else the last named
  ['青山村村干部说：“今年修通了公路。”', '今年修通', [L('青山村')], '青山村'],
  ['青山村地处深山。该村党支部书记告诉记者：“今年修通了公路。”', '今年修通', [L('青山村')], '青山村'],
  ['青山村地处深山。村支书告诉记者：“今年修通了公路。”', '今年修通', [L('青山村')], '青山村'],
  ['青山村地处深山。村委会主任说：“今年修通了公路。”', '今年修通', [L('青山村')], '青山村'],
  ['村干部说：“今年修通了公路。”', '今年修通', [], null],
  ['一位来自青山村的村干部告诉记者：“今年修通了公路。”', '今年修通', [L('青山村')], '青山村'],
  // … not another source credited after the quote (`另据……透露`)
  ['记者从青山村多名村民处获悉，“路是去年修好的。”另据该村村支书透露，工程花了三年。', '路是去年', [L('青山村')], null],
  // a short quote opening its sentence, then a person and a speech verb after a comma, is that person's; not a term inside a clause
  ['“太过分了”，周建国称，这样的对待不公平。', '太过分了', [P('周建国')], '周建国'],
  ['谈及房地产市场的“高端需求”，周建国表示，房价越高地价越高。', '高端需求', [P('周建国')], null],
  // a quote inside a quote: the outer speaker's `我说`, a name or glossed pronoun before the verb; not `我妈妈说`
  ['周建国说：“我说过，‘每个人都得出钱’。他们说，‘那我们不出钱呢’，我说‘绝对不会’。”', '绝对不会', [P('周建国')], '周建国'],
  ['周建国说：“我说过，‘每个人都得出钱’。”', '每个人都', [P('周建国')], '周建国'],
  ['刘淑华说：“感谢王建国先生接待我。王建国先生说‘恭喜发财！’我说‘大家都发财’。”', '恭喜发财', [P('刘淑华'), P('王建国')], '王建国'],
  ['刘淑华也说，“我问他怎么办？他（周建国）大笑说‘现在已经赢了’。”', '现在已经', [P('刘淑华'), P('周建国')], '周建国'],
  ['刘淑华回忆道：“我妈妈总是说，‘不要生气，做你应该做的事’。”', '不要生气', [P('刘淑华')], null],
  // a crowd right before the quote said it, after a speech clause too; a party named with 民众 is no crowd
  ['江城晚报报道了此事。关于周建国的报道中，评论区有网友呼唤：“不能寒了施救家庭的心。”', '不能寒了', [O('江城晚报'), P('周建国')], null],
  ['刘淑华称，民众党不断刷存在感，这种戏码会让民众党“自食恶果”。', '自食恶果', [P('刘淑华')], '刘淑华'],
  // `，并称` shares the sentence's subject, past an opening adjunct (`作为……，`); `被告知` is someone else's words
  ['据江城大学的发言人透露，学生是在宿舍被发现的。\n\n作为学生的外祖母，周淑华在14日确认了外孙去世的消息，并称他是“最善良、最有趣的人”。', '最善良、', [O('江城大学'), P('周淑华')], '周淑华'],
  ['王建国说，转院之前，他与医生沟通时被告知，他的情况比较危险，“下车后我已经站不住了，只能坐在地上。”', '下车后我', [P('王建国')], '王建国'],
  // a Latin name after a title, however long, and spaces inside it
  ['高盛首席经济学家Jan Hatzius表示，“美联储年内可能降息三次。”', '美联储年', [], 'Jan Hatzius'],
  // staff named again by a demonstrative (`该负责人`, `上述工作人员`) speak for the body they spoke for
  ['星城市交通运输局一位负责人告诉记者，“公交已经恢复。”\n\n同时，该负责人还说，“高速公路仍在除冰，暂不开放。”', '高速公路', [], '星城市交通运输局'],
  ['“契税补贴下个月到账。”星城区住建局工作人员表示。\n\n“卖旧之后三个月内买新都可以。”上述工作人员解释说。', '卖旧之后', [], '星城区住建局'],
  // a quote-only paragraph, then one opening with its speaker's clause and a comma (`X介绍，“……”`)
  ['“我可能是小区里第一个换房的人！”\n\n罗雅婷（化名）向记者介绍，“去年九月政策一出来，我就去看房了。”', '我可能是', [P('罗雅婷')], '罗雅婷'],
  // a time word before a pronoun (`这次她直言`) leads the clause; the pronoun is the subject
  ['第二天，罗雅婷再次回答记者提问。这次她直言：“我们的立场已经说得很清楚了。”', '我们的立', [P('罗雅婷')], '罗雅婷'],
  // the familiar form of a surname names the speaker (`老赵`, `小陈`); `老师` stays a role
  ['“我在这里住了三十年，从没见过这么大的雪。”老赵说。', '我在这里', [], '老赵'],
  ['小陈告诉记者：“今年的年货比去年便宜不少。”', '今年的年', [], '小陈'],
  // `指` inside words is no verb
  ['他的手指受了伤，队医王建说：“需要休息两周，不能再训练了。”', '需要休息', [P('王建')], '王建'],
  // `在X看来` with a crowd names no one
  ['在当地不少人看来，“这条路修了三年还没通车，谁也说不清楚原因”。', '这条路修', [], null],
  // a conjunction before the subject is stepped over: `尽管X说“……”`
  ['尽管市卫健委说“疫情已经得到控制”，但市民仍然很担心。', '疫情已经', [], '市卫健委'],
  // a conjunction opens no subject: `因为爱给人介绍对象`
  ['他下岗后，因为爱给人介绍对象，开了一家婚介所，“我们干这行，得懂心理学，也得懂点法律”。', '我们干这', [], null],
  // a document speaks for its owner; a document with no owner names no one
  ['城市发展研究会的最新报告指出，“多数中小城市的人口已经连续五年下降，财政压力越来越大”。', '多数中小', [], '城市发展研究会'],
  ['文章称，这次选举“将决定未来四年的政策走向，各方都在全力动员”。', '将决定未', [], null],
  ['该公告称，公司股票“将于明日开市起停牌，预计停牌时间不超过五个交易日”。', '将于明日', [], null],
  ['北方重工集团同一天发表声明称，“公司生产经营一切正常，网传消息不实”。', '公司生产', [], '北方重工集团'],
  ['市政府工作报告提出，“今年要新建保障性住房两万套，改造老旧小区三百个”。', '今年要新', [], '市政府'],
  ['林慧芳表示，调查仍在进行。她的邮件中写道：“我们会公布全部数据，请大家耐心等待。”', '我们会公', [P('林慧芳')], '林慧芳'],
  // a byline before the first quote: the quote opens the article's first sentence
  ['新华社北京3月1日电（记者 周明）“今年的春耕比往年早了一周，墒情也好。”来自河南的王秀兰一早就下了地。', '今年的春', [P('周明'), P('王秀兰')], '王秀兰'],
  ['中新网3月1日电 (记者 周明 实习生\n李冰)“价格是去年的两倍，还是供不应求。”来自广州的陈晓东说起年货市场十分感慨。', '价格是去', [P('周明'), P('李冰'), P('陈晓东')], '陈晓东'],
  // `该局工作人员`, `该公司`: the body of that kind the article named before, even paragraphs earlier
  ['临河县自然资源局上月公布了整改名单。\n\n记者随后多次致电，该局工作人员表示：“整改已经完成，正在等待验收。”', '整改已经', [O('临河县自然资源局')], '临河县自然资源局'],
  ['北方重工集团发布了年报，张海涛出任新董事长。\n\n该集团表示，“今年的订单已经排到了九月，产能还要扩大”。', '今年的订', [O('北方重工集团'), P('张海涛')], '北方重工集团'],
  ['江城第一中学和市教育局都收到了投诉。该校相关负责人称，“涉事教师已被停课，调查结果将向社会公布”。', '涉事教师', [O('江城第一中学'), O('市教育局')], '江城第一中学'],
  // … the kind must match: no bureau before, no body
  // … counted (`该局一位负责人`), or a doctor of the hospital (`该医院一名医生`)
  ['记者联系了临河县自然资源局，该局一位负责人称，“整改已经完成，正在等待验收。”', '整改已经', [O('临河县自然资源局')], '临河县自然资源局'],
  ['伤者被送往临河县人民医院。该医院一名医生说：“病人已经脱离危险。”', '病人已经', [O('临河县人民医院')], '临河县人民医院'],
  ['北方重工集团发布了年报。\n\n该局工作人员表示：“我们还没有收到相关材料，无法评论。”', '我们还没', [O('北方重工集团')], '该局'],
  // staff with no body of their own speak for the body the paragraph named (not the reporter's outlet)…
  ['记者致电江城市自然资源局，值班工作人员表示：“整改已经完成，正在等待验收。”', '整改已经', [O('江城市自然资源局')], '江城市自然资源局'],
  ['江城晚报记者致电江城市自然资源局。相关工作人员告诉记者：“我们肯定会调查相关情况。”', '我们肯定', [O('江城晚报'), O('江城市自然资源局')], '江城市自然资源局'],
  ['江城晚报记者在售票大厅看到，工作人员表示：“今天的票已经卖完了，明天请早。”', '今天的票', [O('江城晚报')], null],
  // … and `公司一名高管` for the company the article named
  ['北方重工集团发布了年报。\n\n公司一名高管在内部群表示：“今年的订单已经排到了九月，产能还要扩大。”', '今年的订', [O('北方重工集团')], '北方重工集团'],
  // … or the body the reporter called, when the lists do not know it
  ['江城晚报记者致电泾河县城关镇政府，值班工作人员表示网传消息不实。“孩子没有事，只是太困睡着了。”', '孩子没有', [O('江城晚报')], '泾河县城关镇政府'],
  // `该工作人员` with no one before it: staff of the body the reporter reached, and the same staff later
  ['江城晚报记者联系到江城市委党校相关工作人员，该工作人员介绍称，“文史教研部是由原来的基础教研部更名而来。”\n\n该工作人员称，“我们体育基础课一直都有，学习得劳逸结合。”', '我们体育', [O('江城晚报'), O('江城市委党校')], '江城市委党校'],
  // a short body before its staff: `南航客服`
  ['东航客服表示，轮椅旅客需要提前申请服务，“申请成功后，不需要陪同也可以乘坐。”', '申请成功', [], '东航'],
  // … not a verb before them (`遭到工作人员拒绝`)
  ['家属来到江城市人民医院请求帮忙抬担架，但遭到工作人员拒绝，对方称：“我们抬不了，没有这项义务。”', '我们抬不', [O('江城市人民医院')], '江城市人民医院'],
  // `是因为` opens no subject; an unnamed body (`一家婚介所`) is no one; a phrase ending in a non-name after 的 is no one
  ['之所以调查船如此重要，是因为江城海军认为“调查船的重要性怎么强调都不为过，它决定了战场”。', '调查船的', [O('江城海军')], '江城海军'],
  ['记者咨询了附近的一家婚介所，一家婚介所表示，“我们这里都是奔着结婚来的，很务实”。', '我们这里', [], null],
  ['“传统影视创作中的节奏可能无法照搬至微短剧。”影视领域的编剧文心说。', '传统影视', [P('文心')], '文心'],
  // a sentence about someone unnamed takes no speaker from the paragraph, nor from the narration
  ['在林晓燕看来，原因是多重的。一位受访者觉得，回到父母身边，“家里人多多少少能帮点忙”。', '家里人多', [P('林晓燕')], null],
  // an example clause before a colon names no one
  ['许多人会有策略地应对催婚，比如跟父母讲道理：“县城职业的鄙视链依次是公务员、事业单位。”', '县城职业', [], null],
  // a name and a colon of their own after the sentence's speech clause
  ['对方称其“学历歧视”，周建国无奈：“现在这个时代没有学历寸步难行。”', '现在这个', [P('周建国')], '周建国'],
  // a role noun the titles do not list, then a name
  ['某视频平台制片人王涵告诉记者，挑战很多，“在降本增效的大背景下，短剧的方式很有吸引力。”', '在降本增', [P('王涵')], '王涵'],
  // a title inside a word (`头部长`) does not swallow the words after it
  ['“长视频平台如果全力做短剧，会不会是当年的翻版？”一位头部长视频平台的资深制片人王涵说。', '长视频平', [P('王涵')], '王涵'],
  // `于` after a title is a surname, not a preposition
  ['某平台剧情业务中心负责人于海峰表示：“今年大家提到最多的一个词是精品化。”', '今年大家', [P('于海峰')], '于海峰'],
  // a hyphenated transliteration; an army as the owner of a statement
  ['让-保罗称：“我们认为报告中的这部分内容并不真实。”', '我们认为', [], '让-保罗'],
  ['美国军方的声明说：“这次行动是对袭击的回应，目的是削弱对方的能力。”', '这次行动', [], '美国军方'],
  // a quote after a comma with no verb: the nearest clause that opens with a person, or `他`
  ['走到这一步，周晓雯只能安慰自己，“钱没了可以再挣，人没事就好”。', '钱没了可', [P('周晓雯')], '周晓雯'],
  ['这次装修，刘建华花了二十多万元，他算过回本要两年，“明年夏天应该能回本。”', '明年夏天', [P('刘建华')], '刘建华'],
  ['最后，赵立群只好把车停在路边等救援，“早知道就不开这条山路了，手机也没信号！”', '早知道就', [P('赵立群')], '赵立群'],
  ['王先生感觉很委屈，“我根本没看到那块告示牌，怎么就违规了？”', '我根本没', [P('王先生')], '王先生'],
  ['杨晓芸的看法也差不多，“保健品不能代替锻炼，更不能代替看病”。', '保健品不', [P('杨晓芸')], '杨晓芸'],
  // … but not a person's relative or belongings
  ['王先生的女儿今年刚上小学，“每天接送要花两个小时，实在是太累了”。', '每天接送', [P('王先生')], null],
  // a brand name in quotes inside the speaker phrase
  ['国产家电品牌“小熊”创始人李一舟在接受采访时提到：“小家电的竞争已经到了拼细节的阶段。”', '小家电的', [P('李一舟')], '李一舟'],
  ['“双减”政策提出：“学校要在课后服务中满足学生的多样化需求。”', '学校要在', [], null],
  // a word the lists do not know opening its sentence is a subject, not a dropped one: no carried speaker
  ['张海涛表示：“项目已经验收。”\n\n会议要求，“各单位要在月底前完成整改，不得拖延”。', '各单位要', [P('张海涛')], null],
  ['张海涛表示：“项目已经验收。”\n\n恒远纺机称，“由于市场变化，公司经营面临较大困难，将暂停部分生产线”。', '由于市场', [P('张海涛')], null],
  // … unless a person mention starts it
  ['张海涛表示：“项目已经验收。”\n\n景海东透露，“今年回乡创业的人数比去年多了一倍，主要集中在农业”。', '今年回乡', [P('张海涛'), P('景海东')], '景海东'],
  // a manner adverbial or `这样` between the speaker and the verb
  ['“我再也不想去那家店了。”林晓雨愤愤地说。', '我再也不', [], '林晓雨'],
  ['“我从来没有这么想上班。”小周无奈笑道。', '我从来没', [], '小周'],
  // `X回应“……”：` in a headline: the quote is the matter answered, the answer follows the colon
  ['# 华远公司回应“员工集体辞职”：已妥善处理', '员工集体辞', [O('华远公司')], null],
  ['# 华远公司回应网传“工厂停产三个月”：不实', '工厂停产三', [O('华远公司')], null],
  // … but the words after `回应` are its own without that colon (`物业回应“已报警”。`)
  ['华远公司回应“已妥善处理此事，员工均已复工”。', '已妥善处理', [O('华远公司')], '华远公司'],
  // a topic chain past a quotation inside one of its clauses (`发表声明“……”，并称`)
  ['华远公司当天发表声明“谴责对方这种公然的侵权行为”，并称“公司保留追究法律责任的权利”。', '公司保留追', [O('华远公司')], '华远公司'],
  // a transliterated name written whole after a place or body and a title opens the earlier clause of a chain (thirty-eighth round)
  ['乌拉圭外长罗德里戈·费尔南德斯在一份声明中谴责这次袭击，称“这是对国际法的公然践踏”。', '这是对国际', [L('乌拉圭'), P('罗德里戈·费尔南德斯')], '罗德里戈·费尔南德斯'],
  ['欧盟委员会副主席玛格丽特·韦斯特加德批评这项法案，表示“欧洲企业不会接受这样的条件”。', '欧洲企业不', [O('欧盟委员会'), P('玛格丽特·韦斯特加德')], '玛格丽特·韦斯特加德'],
  // who was heard or seen saying it, after `听到`/`看见`, is the verb's subject, not the one who heard (thirty-eighth round)
  ['周立新说，电话里林海涛没有对着他说话，但他听到林海涛说“完了，完了”。', '完了，完了', [P('周立新'), P('林海涛')], '林海涛'],
  ['席间周立新只顾埋头吃饭。突然他听到有人说起，“早几年，这里有个姓裴的公安”。', '早几年', [P('周立新')], null],
  // … not a time clause after the verb of seeing: the one who saw speaks
  ['周立新说：“我来了。”这位老人看到孙子后说：“我很高兴。”', '我很高兴', [P('周立新')], '周立新'],
  // the article's reporter asks: no speaker (thirty-eighth round)
  ['东方晚报记者向华远公司多位员工了解情况，均获回复“不清楚”。', '不清楚', [O('东方晚报'), O('华远公司')], null],
  ['东方晚报记者从两家店面的邻居处确认，“周立新为人老实，从没跟人吵过架。”', '周立新为人', [P('周立新')], null],
  // a demonstrative and staff of a body the phrase names: that body; of a department its paragraph did not introduce: no one, not the last speaker
  ['周立新说：“项目已经验收。”\n\n华远公司一位工作人员向记者介绍了情况。\n\n这位华远公司工作人员还表示，“我们会尽快整改”。', '我们会尽快', [P('周立新'), O('华远公司')], '华远公司'],
  ['周立新说：“项目已经验收。”\n\n上述保安部负责人向记者表示：“办公室上个月已经清退。”', '办公室上个', [P('周立新')], null],
  // staff who answered the call (`接电工作人员`) speak for the body called, as any staff does
  ['记者以旅客身份致电华远公司售票处，询问有无此类服务，接电工作人员表示，“到时候上飞机可以问一下乘务”。', '到时候上飞', [O('华远公司售票处')], '华远公司售票处'],
  // after a sentence-initial quote, a familiar name (a common surname) opening a later clause is whose it was; not `小区`, `老师`
  ['“我在市区这个时间点充的话不到1元一度。”刚打开页面，小刘就被充电价格吓了一跳。', '我在市区', [], '小刘'],
  ['“今天人真多。”到了下午，老师就被学生围住了。', '今天人真', [], null],
  // a shout before `道` is how, not who (`尖叫道`, `大喊道`); the role before the name is no part of it (thirty-first round)
  ['受害人林晓雨尖叫道：“把我带回去！”', '把我带回', [P('林晓雨')], '林晓雨'],
  ['“这件事我们会负责到底。”周建国这样说道。', '这件事我', [P('周建国')], '周建国'],
  ['“我们再也不来了。”我们愤愤地说。', '我们再也', [], null],
  ['“县城的街道已经挤不下金店了。”唐笑说。', '县城的街', [P('唐笑')], '唐笑'],
  ['“我受够了。”他激动地说。\n\n“再也不来了。”她愤愤地说。', '再也不来', [], null],
  ['“你能想象会有这样的结果吗？”孙立平怀疑地问道。', '你能想象', [P('孙立平')], '孙立平'],
  // an adverb between the speaker and the verb
  ['罗建华后来告诉记者，“那天的雨大得出奇，整个村子都被淹了”。', '那天的雨', [P('罗建华')], '罗建华'],
  ['罗建华甚至曾对员工表示，“公司明年一定会扭亏为盈，大家不要担心”。', '公司明年', [P('罗建华')], '罗建华'],
  ['罗建华继而强调，“我们能做的最重要的事情，就是把补贴发到农民手里”。', '我们能做', [P('罗建华')], '罗建华'],
  // the last title before the name
  ['财经大学金融系教授、博士生导师黄志明向记者表示：“利率下调对楼市的影响会逐步显现出来。”', '利率下调', [P('黄志明')], '黄志明'],
  // no rule names the speaker of a quote set in narration: the person the paragraph is about (its last subject)…
  ['郑海波说：“供暖已经恢复。”\n\n退休教师刘淑华住在六楼，暖气停了三天。“家里只有十度，晚上根本睡不着。”', '家里只有', [P('郑海波'), P('刘淑华')], '刘淑华'],
  // … else the last person who spoke
  ['郑海波说：“供暖已经恢复。”\n\n这个小区的暖气管道已经用了三十年，维修费用一直没有着落。“管道换新至少要两个月，今年冬天来不及了。”', '管道换新', [P('郑海波')], '郑海波'],
  // … but not when a speech clause of the sentence names no one
  ['郑海波说：“供暖已经恢复。”\n\n不少居民认为，暖气问题由来已久，“管道换新至少要两个月，今年冬天来不及了”。', '管道换新', [P('郑海波')], null],
  // a quote opening its sentence, then a familiar or masked name and a short predicate ending it (no entity mentions)
  ['郑海波说：“供暖已经恢复。”\n\n充电价格比市区贵。“但算下来，还是比加油便宜。”小周安慰自己。', '但算下来', [P('郑海波')], '小周'],
  ['郑海波说：“供暖已经恢复。”\n\n他不再细究。“我们只是帮别人，不犯法。”钱某交代。', '我们只是', [P('郑海波')], '钱某'],
  ['郑海波说：“供暖已经恢复。”\n\n他不再细究。“我们只是帮别人，不犯法。”钱某某交代。', '我们只是', [P('郑海波')], '钱某某'],
  // … not before a longer clause, which goes on about the person rather than replying
  ['郑海波说：“供暖已经恢复。”\n\n他不再细究。“我们只是帮别人，不犯法。”小周一家当时住在城东的老小区里。', '我们只是', [P('郑海波')], '郑海波'],
  // a name whose surname ranks in the national list but is an ordinary character too (`景`, `麦`), before a speech verb
  ['“今年的收成比去年好得多。”景立新说，希望大家再接再厉。', '今年的收', [], '景立新'],
  // a quote-only paragraph with no speaker of its own, then a paragraph opening with a person the analysis found
  ['郑海波说：“供暖已经恢复。”\n\n“长视频平台如果全面转型，日子会很难。”\n\n资深制片人王涵向记者发出疑问。', '长视频平', [P('郑海波'), P('王涵')], '王涵'],
  // … or crediting the words before to them (`这是X……说的`, `这番话出自X之口`)
  ['郑海波说：“供暖已经恢复。”\n\n“长视频平台如果全面转型，日子会很难。”\n\n这是王涵上周在论坛上说的。', '长视频平', [P('郑海波'), P('王涵')], '王涵'],
  ['郑海波说：“供暖已经恢复。”\n\n“长视频平台如果全面转型，日子会很难。”\n\n这番话出自王涵之口。', '长视频平', [P('郑海波'), P('王涵')], '王涵'],
  // … not someone's relative or the one the words were heard from
  ['郑海波说：“供暖已经恢复。”\n\n“长视频平台如果全面转型，日子会很难。”\n\n这是王涵的同事说的。', '长视频平', [P('郑海波'), P('王涵')], '郑海波'],
  // … not the reporter who goes on with the story
  ['郑海波说：“供暖已经恢复。”\n\n“长视频平台如果全面转型，日子会很难。”\n\n记者王涵了解到，这家公司已停产。', '长视频平', [P('郑海波'), P('王涵')], '郑海波'],
  // … after a time or a setting, and a body the description names
  ['郑海波说：“供暖已经恢复。”\n\n“这两个月来看房的人确实增加了很多。”\n\n2月4日，在第三方平台上，星海地产一门店经纪人王涵告诉记者，外地人置业多为度假。', '这两个月', [P('郑海波'), O('星海地产'), P('王涵')], '王涵'],
  // … a lede quote with an ellipsis after it, and the places the description names (`湖北荆州的张先生`)
  ['# 标题\n\n“母亲一辈子没求过人，这次为什么没人管”……\n\n3月5日，湖南岳阳的李先生向记者反映，母亲摔伤后无人过问。', '母亲一辈', [L('湖南'), L('岳阳'), P('李先生')], '李先生'],
  // … not someone who `also` speaks there: the quote before was another's
  ['星海集团表示，新房供应会更丰富。\n\n“随着集团旗下新项目陆续开盘，房源也会更多。”\n\n海门星湾置业顾问王涵也告诉记者：“报名的人很多。”', '随着集团', [O('星海集团'), L('海门'), P('王涵')], '星海集团'],
  // … nor one who answers them (`则`, `却`): with a verb and a quote of their own or without
  ['郑海波说，那时候日子很苦。\n\n“一天只吃两顿饭，冬天连棉衣都没有。”\n\n王涵则有不同的看法。', '一天只吃', [P('郑海波'), P('王涵')], '郑海波'],
  ['郑海波说，那时候日子很苦。\n\n“一天只吃两顿饭，冬天连棉衣都没有。”\n\n王涵却说：“没有那么苦。”', '一天只吃', [P('郑海波'), P('王涵')], '郑海波'],
  // … nor, after someone who spoke in the paragraph before, one who neither speaks nor is credited there
  ['郑海波说，那时候日子很苦。\n\n“一天只吃两顿饭，冬天连棉衣都没有。”\n\n王涵是他的妻子，今年六十岁。', '一天只吃', [P('郑海波'), P('王涵')], '郑海波'],
  ['郑海波说，那时候日子很苦。\n\n“一天只吃两顿饭，冬天连棉衣都没有。”\n\n王涵回忆起那段日子时说，确实如此。', '一天只吃', [P('郑海波'), P('王涵')], '王涵'],
  ['记者来到村里。\n\n“一天只吃两顿饭，冬天连棉衣都没有。”\n\n王涵回忆起那段日子，眼圈红了。', '一天只吃', [P('王涵')], '王涵'],
  // … or with a pronoun that speaks (`他说，`, `她告诉记者`): the last person the paragraph before the quote named
  ['记者来到青山村，村支书郑海波正在地里查看苗情。\n\n“今年雨水多，要防涝。”\n\n他说，村里已经挖好了排水沟。', '今年雨水', [L('青山村'), P('郑海波')], '郑海波'],
  ['记者来到青山村，村支书郑海波正在地里查看苗情。\n\n“今年雨水多，要防涝。”\n\n随后，他告诉记者，排水沟已经挖好了。', '今年雨水', [L('青山村'), P('郑海波')], '郑海波'],
  // … not a pronoun that also speaks, a plural one, one who owns the subject, nor a reporter or an image's caption before
  ['记者来到青山村，村支书郑海波正在地里查看苗情。\n\n“今年雨水多，要防涝。”\n\n他也说，村里已经挖好了排水沟。', '今年雨水', [L('青山村'), P('郑海波')], null],
  ['记者来到青山村，村支书郑海波正在地里查看苗情。\n\n“今年雨水多，要防涝。”\n\n他们说，村里已经挖好了排水沟。', '今年雨水', [L('青山村'), P('郑海波')], null],
  ['记者来到青山村，村支书郑海波正在地里查看苗情。\n\n“今年雨水多，要防涝。”\n\n他的妻子说，村里已经挖好了排水沟。', '今年雨水', [L('青山村'), P('郑海波')], null],
  ['记者郑海波来到青山村。\n\n“今年雨水多，要防涝。”\n\n他说，村里已经挖好了排水沟。', '今年雨水', [P('郑海波'), L('青山村')], null],
  ['_王涵和父亲的合影_\n\n“她总是那么体贴。”\n\n他说，女儿从小就懂事。', '她总是那', [P('王涵')], null],
  // … not a person who only qualifies the subject there
  ['郑海波说：“供暖已经恢复。”\n\n“长视频平台如果全面转型，日子会很难。”\n\n王涵的同事也这样认为。', '长视频平', [P('郑海波'), P('王涵')], '郑海波'],
  // `其` after a new paragraph names its subject: the person named as one there, not the last speaker
  ['韩礼德在辩论中说：“你被收买了。”\n\n2023年，顾承泽又因一次采访登上了热搜。其在受访时表示，“从来没看过工资条。”', '从来没看', [P('韩礼德'), P('顾承泽')], '顾承泽'],
  // … but the last speaker where no one was named as a subject since
  ['韩礼德在辩论中说：“你被收买了。”其后又表示，“这件事到此为止。”', '这件事到', [P('韩礼德')], '韩礼德'],
  // `应该说` is no speaker
  ['应该说，这座城市是一台“永不停歇的发动机”，什么时候都很热闹。', '永不停歇', [], null],
  // a pronoun opening a clause is its subject, however long the predicate after it (`他把这辆车赠给朋友，并称`)
  ['投资人顾承泽是这家公司的老股东。他把手中的股份转给了朋友，并发文称：“我会一直支持这支团队。”', '我会一直', [P('顾承泽')], '顾承泽'],
  // … but `他的助手` is someone else, unnamed
  ['投资人顾承泽是这家公司的老股东。他身边的朋友说：“他一直很低调。”', '他一直很', [P('顾承泽')], null],
  ['投资人顾承泽是这家公司的老股东。他们村里不少村民说：“他一直很低调。”', '他一直很', [P('顾承泽')], null],
  ['议员韩礼德拒绝认错。他的助手说，韩礼德“从来没有说过这句话”。', '从来没有', [P('韩礼德')], null],
  // `对方` is the other party of a call, someone the text does not name: not the last speaker
  ['市民周淑兰说：“我只是想问清楚。”她随后接到物业公司的电话，对方称“这件事和我们没关系”。', '这件事和', [P('周淑兰')], null],
  ['记者联系了林业站，对方表示：“已经派人去现场了。”', '已经派人', [], null],
  // `援引X的话说`, `用她的话说`: the one whose words are cited speaks (`说` after `的话` is no story's `话说`)
  ['专栏作家韩礼德撰文指出，危机很多。文章援引咨询公司总裁顾承泽的话说：“最近几个月局势趋于稳定。”', '最近几个', [P('韩礼德'), P('顾承泽')], '顾承泽'],
  ['林慧芳表示，销量会回升。用她的话说，“今年仍然是交付大年”。', '今年仍然', [P('林慧芳')], '林慧芳'],
  // … the one reached by the verb (`致电X`, `联系上了司机X`) over an organization named after it
  ['北辰日报记者致电江城市林业局，询问江城木业公司的情况，对方表示：“已经派人去现场了。”', '已经派人', [O('北辰日报'), O('江城市林业局'), O('江城木业公司')], '江城市林业局'],
  ['市民周淑兰说：“我只是想问清楚。”记者联系上了司机王建国，对方表示：“我当时车胎瘪了。”', '我当时车', [P('周淑兰'), P('王建国')], '王建国'],
  // `对方工作人员`: the other party's staff, for the other party (no one when none was reached)
  ['市民周淑兰说：“我只是想问清楚。”记者随后致电江城市林业局，对方工作人员回应称：“这件事和我们没关系。”', '这件事和', [P('周淑兰'), O('江城市林业局')], '江城市林业局'],
  ['市民周淑兰说：“我只是想问清楚。”对方工作人员回应称：“这件事和我们没关系。”', '这件事和', [P('周淑兰')], null],
  // … and `对方针`, `对方舱` are the preposition 对 before a word
  ['江城市教育局对方针的调整回应称：“我们会按新规执行。”', '我们会按', [O('江城市教育局')], '江城市教育局'],
  // … but the body a reporter called in the same sentence (not the reporter's outlet) is the other party
  ['北辰日报记者致电江城市林业局，对方表示：“已经派人去现场了。”', '已经派人', [O('北辰日报'), O('江城市林业局')], '江城市林业局'],
  // a body's head the phrase rules read after a title (`总理` + `办公室`) is the body the entity analysis found
  ['以色列总理办公室发表声明称，“谈判仍在继续”。', '谈判仍在', [O('以色列总理办公室')], '以色列总理办公室'],
  ['大韩医师协会强调，政府在“妖魔化医生群体”，此举将建立“全新的医疗体系，并将长期持续下去”。', '全新的医', [O('大韩医师协会')], '大韩医师协会'],
  // … not a person's name a body mention ran over
  ['德国防长皮斯托里乌斯也称，德国军费甚至“可能达到GDP的3%或3.5%”。', '可能达到', [O('德国防长皮斯托里乌斯')], '皮斯托里乌斯'],
  // a title the phrase rules took into a name (`新闻秘书佩斯科夫`, `前秘书格兰特·哈罗德`) before the person found there
  ['俄罗斯总统新闻秘书彼得罗夫表示，“俄方对此不予置评”。', '俄方对此', [P('彼得罗夫')], '彼得罗夫'],
  ['查尔斯国王前秘书格兰特·哈罗德也在采访中称，“可能比最初想象的更严重”。', '可能比最', [P('格兰特·哈罗德')], '格兰特·哈罗德'],
  // … `之一` before the name, a gloss and a time after it
  ['上诉法院法官之一南希·霍尔顿说，州官员的言论“确定了该法律是对外国人的全面歧视”。', '确定了该', [P('南希·霍尔顿')], '南希·霍尔顿'],
  ['Zentrix首席执行官丹尼尔·霍尔（Daniel Hall）本月表示：“我们需要降低部分成本。”', '我们需要', [O('Zentrix'), P('丹尼尔·霍尔')], '丹尼尔·霍尔'],
  // staff who answered the phone speak for the body called; one of the staff just counted for no body
  ['记者致电江城数据公司，接电话的工作人员表示，“这个我们也是接到通知”。', '这个我们', [O('江城数据公司')], '江城数据公司'],
  ['视频显示，几名工作人员与一名乘客产生争执。其中一名工作人员称：“我们刚起床接班。”', '我们刚起', [], null],
  // a publishing verb ends an outlet's name (`刊发`, `刊文`), and a title's last word is no verb (`《日经亚洲评论》`)
  ['1月13日，北辰日报刊发报道，“我目前这个阶段，不分节假日”。', '我目前这', [O('北辰日报')], '北辰日报'],
  ['日本《东亚经济评论》2月12日发文称，电动汽车今年将在欧洲“掀起更大的波澜，并持续多年”。', '掀起更大', [O('东亚经济评论')], '东亚经济评论'],
  // `报道` is no name `报` and the verb `道`: an outlet's name in marks before it is a term; `知道` is no speech verb
  ['据“Harbor 24”报道，监狱管理局表示，“不需要任何额外的指示”。', 'Harbor 2', [O('监狱管理局')], null],
  ['也许小美永远不会知道，眼前这个西装笔挺的董某，曾是名“瘾君子”。', '瘾君子', [P('小美')], null],
  ['也是通过这次见面，张杰才知道，自己和孔威是初中校友，“我比他们大三届。”', '我比他们', [P('张杰'), P('孔威')], '张杰'],
  // a quote that names the outlet a kind noun after it speaks of is a term; the body named in marks speaks
  ['美国知名军事网站“HARBOR WATCH”网站就特意指出，“这是一个重要的缺口”。', 'HARBOR W', [], null],
  ['周五早些时候，“北辰机器”官网在简报中称，“着陆器还活着，活得还挺好”。', '着陆器还', [O('北辰机器')], '北辰机器'],
  ['对于这次采访，俄“Harborgrad”新闻网称，“这是一次历史性的采访，全世界都在看”。', '这是一次', [O('Harborgrad')], 'Harborgrad'],
  // the press with no outlet named is no speaker (`据媒体报道`, `上述媒体`), as `当地媒体` is none
  ['另据媒体报道，2016年6月，王宜林便因“多次公款吃喝，提供高档酒水和香烟”等问题受到处分。', '多次公款', [P('王宜林')], null],
  // a name in marks the clause gives its subject (an account's, someone's by `名为`) speaks
  ['另一位账号名为“阿列克谢·彼得罗夫斯基”的媒体人声称，“据说他们正寻求对他实施制裁”。', '据说他们', [P('阿列克谢·彼得罗夫斯基')], '阿列克谢·彼得罗夫斯基'],
  ['对此，澜舟物流的官方账号“澜舟小助手”澄清表示：“信息发布者并非企业官方人员。”', '信息发布', [O('澜舟物流'), O('澜舟小助手')], '澜舟小助手'],
  // … a role before the name (`候选人`, `长官`), a title after it (`总书记`, `导演`), `正如` opening the phrase
  ['共和党总统候选人尼基·霍尔接受采访时称，这个人“不是我就是她”。', '不是我就', [P('尼基·霍尔')], '尼基·霍尔'],
  ['据报道，行政安全部长官李明浩26日在会议上说，“考虑到事态的严重性，我们将采取措施”。', '考虑到事', [P('李明浩')], '李明浩'],
  ['正如林海涛教授指出的，“企业无信，则难求发展”。', '企业无信', [P('林海涛')], '林海涛'],
  // a numeral before digits is no date (`马英九28日`): the name ends at the digits; a caption (`配文`) ends a subject
  ['马英九28日下午受访时说，他只有四个字评语“不可思议”。', '不可思议', [P('马英九')], '马英九'],
  // a transliterated name written whole (longer than six characters) that opens an earlier clause is the later verb's subject
  ['报道说，阿列克谢·彼得罗夫斯基此前在网上发了一张照片，并在配文中称，“这是我见过最美的雪景”。', '这是我见', [P('阿列克谢·彼得罗夫斯基')], '阿列克谢·彼得罗夫斯基'],
  // … not one named inside that clause, after its verb
  ['报道说，他想起演员阿列克谢·彼得罗夫斯基在电影中的一个情节，并幽默地表示：“在这里这个办法行不通。”', '在这里这', [P('阿列克谢·彼得罗夫斯基')], null],
  // a time with `底`/`初`/`末` opening the sentence (`去年底`, `3月初`) before its subject, the later verb's too
  ['去年底王立军一票否决了援助计划，并放话：“他们离加入联盟还有几光年之远。”', '他们离加', [P('王立军')], '王立军'],
  // `说得` (said so, well) introduces no words; staff referred back to (`该工作人员`) are the body reached in their own
  // sentence, not the person who spoke last
  ['谢先生告诉记者，对方答应会赔偿。\n\n事后，记者向江城生态环境局了解情况，该工作人员承认，张副局长此前说得已经很详细，“这件事情比较敏感，要和宣传部门沟通。”', '这件事情', [P('谢先生'), O('江城生态环境局')], '江城生态环境局'],
  // a body's side after a title is the whole phrase, no name after the title (`总统|室方面`); a clause of suffering is no
  // speaker (`轮椅乘客遭拒载`); `之所以` ends a subject (`江城之所`)
  ['但总统室方面认为相关争议纯属“偷拍陷阱，是政治攻击”，她只是受害者。', '偷拍陷阱', [], '总统室方面'],
  ['**轮椅乘客遭拒载质疑“规定荒谬，不合情理”**', '规定荒谬', [], null],
  ['这些年来，江城之所以没有主动去打破这些规矩，就是江城认为两地同属一家，才会有所谓的“睁一只眼，闭一只眼”。', '睁一只眼', [], '江城'],
  // `质问` (demanded of someone) reports the asker's words, not those of whom it names after it
  ['江城大学的赵立群质问市长王建国，“难道要把学生都赶走吗？”', '难道要把', [P('赵立群'), P('王建国')], '赵立群'],
  ['参议员赵立群质问王建国：“您到底是怎么想的？”', '您到底是', [P('赵立群'), P('王建国')], '赵立群'],
  // … nor a question's noun (`接受这样的质问`) the words of whom it names
  ['刘志远称，周明在会上接受这样的质问，这样的事情“有时会伤害很多人”。', '有时会伤', [P('刘志远'), P('周明')], '刘志远'],
  // a passive's agent does the asking (`A被B追问`)
  ['道歉结束后，王建国被赵立群追问“公司是否计划赔偿受害者”。', '公司是否', [P('王建国'), P('赵立群')], '赵立群'],
  // `配文` (captioned a post) reports words like `发文`: the sentence's subject, or no one for an unnamed poster
  ['江城动物保护协会将两只猫运到北京，并在短视频平台发布视频，并配文：“两只猫咪已经安置好了，我们会照顾它们。”', '两只猫咪', [O('江城动物保护协会')], '江城动物保护协会'],
  ['记者致电江城市应急管理局，相关工作人员称原因仍在调查。\n\n在最初发布的视频中，视频发布者配文：“冻雨下的，顶棚都塌了。”', '冻雨下的', [O('江城市应急管理局')], null],
  // a body's name longer than six characters opening an earlier clause is the later verb's subject (no description in it)
  ['江城市第十届纪委三次全会在部署今年工作时，特别提到“要深化落实中央八项规定精神”。', '要深化落实', [], '江城市第十届纪委三次全会'],
  ['原江城市质检局缺陷产品管理中心曾在2015年发布预警，指出市场上的水枪存在“严重的安全隐患，不宜给儿童玩耍”。', '严重的安全', [], '原江城市质检局缺陷产品管理中心'],
  ['蓝湾的操盘方江城置业公司，则在业主投诉后将所有责任撇清，称价格“均为中介等第三方个人所为，与我司无关”。', '均为中介', [O('江城置业公司')], '江城置业公司'],
  // `道` inside a noun (`街道`, `频道`, `轨道`, `人道`) is no speech verb cutting the subject short
  ['青石街道办事处此前表示：“积水已经排干。”', '积水已经', [O('青石街道办事处')], '青石街道办事处'],
  ['江城地铁轨道公司随后回应：“列车已恢复运行。”', '列车已恢', [O('江城地铁轨道公司')], '江城地铁轨道公司'],
  ['国际人道救援协会已经警告：“难民营的饮水不够了。”', '难民营的', [O('国际人道救援协会')], '国际人道救援协会'],
  // … nor a word of speech inside an organization the entity analysis found (`希望`, `评论`, `分析`)
  ['青川县希望小学此前表示：“校舍已经修好。”', '校舍已经', [O('青川县希望小学')], '青川县希望小学'],
  ['江城评论通讯社随后报道：“大桥将提前通车。”', '大桥将提', [O('江城评论通讯社')], '江城评论通讯社'],
  ['江城分析测试中心已经表示：“样品合格。”', '样品合格', [O('江城分析测试中心')], '江城分析测试中心'],
  // a later clause naming no speaker inside what an earlier speech clause reports is part of the report: that speaker's words
  ['海洋学者周建国对记者表示，此次巡航的针对性很强，也是对走私团伙发出严重警告，“这片海域一直由海警管辖。”', '这片海域', [P('周建国')], '周建国'],
  ['郑海波在社交媒体发文称，有关报道是竞争对手捏造的，目的在于抹黑公司，“别太当真，我们的产品经得起检验”。', '别太当真', [P('郑海波')], '郑海波'],
  // people joined by `、` before an adverb of several (`先后`, `分别`, `纷纷`) are the later verb's subject
  ['当晚，周建国、郑海波先后在社交平台进行反驳，表示“所谓砸盘纯属无稽之谈”。', '所谓砸盘', [P('周建国'), P('郑海波')], '周建国、郑海波'],
  ['刘淑华、王建国分别在发布会上发言，强调“改革不会停”。', '改革不会', [P('刘淑华'), P('王建国')], '刘淑华、王建国'],
  // a long quotation embedded in the subject's clause (a word before and after its marks) is part of that clause
  ['近日，著名学者周建国接受“经济学家谈2024年中国经济”访谈时表示，市民之所以下乡难，“背后还是资本在作祟。”', '背后还是', [P('周建国')], '周建国'],
  // a name the rules cut inside at a preposition or adverb (`肖|向功`, `季诺维|也夫`) is read whole when the entity analysis found it
  ['江城律师事务所主任肖向功指出：“我们呼吁尽快出台实施细则。”', '我们呼吁', [O('江城律师事务所'), P('肖向功')], '肖向功'],
  ['俄罗斯驻江城总领事季诺维也夫强调：“两国关系保持稳定。”', '两国关系', [P('季诺维也夫')], '季诺维也夫'],
  // … not a name the entity analysis ran over a grammar word after it (`周建国则`)
  ['江城大学教授周建国则认为：“商家应该提供免费打包。”', '商家应该', [P('周建国则')], '周建国'],
  // a document whose owner the entity analysis found speaks for it, though the phrase rules read no one
  ['英伟达的年度报告中还写道，“新的竞争对手有可能出现。”', '新的竞争', [O('英伟达')], '英伟达'],
  ['报告中还写道，“新的竞争对手有可能出现。”', '新的竞争', [], null],
  // a paragraph ending with a colon and no speech verb: its subject's are the quotes on the next line, a run of them too
  ['视频中，江城队主教练周建国在0比6落后时指挥场上小球员：\n**“踢不着球能踢着人不？”“他再过你你就踢他”**', '他再过你', [O('江城队'), P('周建国')], '周建国'],
  // … not a title read as that subject
  ['传言说，泛海的名字出自王阳明的七言绝句《泛海》：\n\n“险夷原不滞胸中，何异浮云过太空。”', '险夷原不', [], null],
  // … not what a body the clause opens with says, nor inside an outlet's report
  ['江城市卫健委副主任周建国表示，江城市委第三次集体学习指出“必须加强基层医疗建设”。', '必须加强', [P('周建国'), O('江城市委')], null],
  ['据《江城日报》报道，涉事企业为江城置业公司，该公司一位负责人面对记者询问，只说“没有，谢谢”。', '没有，谢谢', [O('江城置业公司')], null],
];

for (const [text, head, names, want] of CASES) {
  test(`speaker clause: ${head} → ${want}`, () => assert.equal(speakerOf(text, head, names), want));
}

test('a report whose owner is on the line before a wrap: its quotes, and the quote carried from them, are the owner\'s', () => {
  const text = '王建国表示：“数据还在核对。”\n\n早年看空本地经济的城市发展研究会（Urban Development\nInstitute）如今改变了看法，他们的最新报告指出，“所有关于人口外流导致财政崩溃的预测都没有应验”、\n“在很多方面，情况正好相反。”';
  const names: [string, EntityMention['type']][] = [P('王建国')];
  assert.equal(speakerOf(text, '所有关于', names), '城市发展研究会');
  assert.equal(speakerOf(text, '在很多方', names), '城市发展研究会');
});

test('a word after 的 that is no name is no speaker (`操着杭州口音的普通话介绍`)', () => {
  assert.notEqual(speakerOf('周建国精神头很足，操着杭州口音的普通话介绍：“我这里是爱情批发公司！”', '我这里是', [P('周建国')]), '普通话');
});

test('a quote carried from `该局` follows it to the bureau named before', () => {
  const text = '临河县自然资源局上月公布了整改名单。\n\n该局工作人员表示：“整改已经完成。”\n\n“验收结果月底公布，请大家耐心等待。”';
  const names: [string, EntityMention['type']][] = [O('临河县自然资源局')];
  assert.equal(speakerOf(text, '整改已经', names), '临河县自然资源局');
  assert.equal(speakerOf(text, '验收结果', names), '临河县自然资源局');
});

/**
 * `他`/`她`, and the narration fallback of a quote-only paragraph: [text, quote head, person names, the rules'
 * speaker]. The rules' answers: the learned ranker may revise a fallback's (`quotes/ranker.ts`; it gives
 * `“我们不容易……”` after `刘淑华（化名）的丈夫是一名工人。` to 刘淑华, not to 郑海波, who spoke two paragraphs up).
 */
const PRONOUNS: [string, string, string[], string | null][] = [
  // someone counted opens the pronoun's sentence and the name is after a preposition in that clause: the unnamed one
  ['郑海波说：“今晚我值班。”\n\n刚走到二楼楼梯口，一名十七八岁的女孩急火火地跑来向郑海波求救，她说自己被人打了，“他们不让我朋友离开，快帮帮我们。”', '他们不让', ['郑海波'], null],
  // a person named as a subject after the last speaker, in the pronoun's paragraph, is its referent
  ['郑海波表示：“供暖已经恢复。”\n\n退休教师刘淑华住在六楼，暖气停了三天。她说：“家里只有十度，晚上根本睡不着。”', '家里只有', ['郑海波', '刘淑华'], '刘淑华'],
  // … a person named as an object is not
  ['郑海波表示：“供暖已经恢复。”他与刘淑华通了电话。他说：“明天派人上门检修。”', '明天派人', ['郑海波', '刘淑华'], '郑海波'],
  // … nor one in a clause opened by `并`, which goes on with the subject before it
  ['发言人郑海波3日谴责对方，并重申此前总理刘淑华有关撤军的要求。“对方已完全越界。”他称，“这次袭击把局势推向边缘”。', '这次袭击', ['郑海波', '刘淑华'], '郑海波'],
  // … nor one named in a list (`诸如X等人`)
  ['郑海波表示：“供暖已经恢复。”至于诸如刘淑华等人提出的赔偿，他说：“要等调查结果。”', '要等调查', ['郑海波', '刘淑华'], '郑海波'],
  // … nor one named in an earlier paragraph that did not speak, two paragraphs back
  ['郑海波表示：“供暖已经恢复。”\n\n刘淑华住在六楼。\n\n暖气片是新换的。\n\n他说：“明天派人上门检修。”', '明天派人', ['郑海波', '刘淑华'], '郑海波'],
  // … but one opening the paragraph right before, after the last speaker, is the topic the pronoun goes on with
  ['郑海波表示：“供暖已经恢复。”\n\n刘淑华住在六楼。\n\n他说：“明天派人上门检修。”', '明天派人', ['郑海波', '刘淑华'], '刘淑华'],
  ['郑海波表示：“供暖已经恢复。”\n\n罗秀英（化名）一家是第一批换房的住户。\n\n“新房比旧房大了一倍！”她说。', '新房比旧', ['郑海波', '罗秀英'], '罗秀英'],
  // … not a caption, nor when someone is named in the pronoun's paragraph before it, nor one who owns what follows
  ['郑海波表示：“供暖已经恢复。”\n\n_刘淑华 图自网络_\n\n他说：“明天派人上门检修。”', '明天派人', ['郑海波', '刘淑华'], '郑海波'],
  ['郑海波表示：“供暖已经恢复。”\n\n刘淑华住在六楼。\n\n物业经理周建国赶到后，他说：“明天派人上门检修。”', '明天派人', ['郑海波', '刘淑华', '周建国'], '周建国'],
  ['郑海波表示：“供暖已经恢复。”\n\n刘淑华的儿子住在六楼。\n\n他说：“明天派人上门检修。”', '明天派人', ['郑海波', '刘淑华'], '郑海波'],
  // a quote no rule attributes, in the paragraph after one that opens with a person named after the last speaker: that person (`topic`)
  ['郑海波表示：“供暖已经恢复。”\n\n刘淑华住在六楼，暖气停了三天。\n\n“家里只有十度，晚上根本睡不着。”', '家里只有', ['郑海波', '刘淑华'], '刘淑华'],
  // … not when someone spoke in the quote's unit already, nor when the person owns what follows past a gloss, nor after a later speaker
  ['郑海波说：“供暖已经恢复。”\n\n刘淑华（化名）是一名工人。\n\n一位店主表示：“生意不好做。”街上行人稀少。“以前不是这样的，现在大家都不出门了。”', '以前不是', ['郑海波', '刘淑华'], null],
  ['郑海波说：“供暖已经恢复。”\n\n刘淑华（化名）的丈夫是一名工人。\n\n“我们不容易，每天都要加班到很晚。”', '我们不容', ['郑海波', '刘淑华'], '郑海波'],
  ['郑海波说：“供暖已经恢复。”\n\n刘淑华（化名）的丈夫是一名工人。\n\n“今年的房租又涨了。”她说。', '今年的房', ['郑海波', '刘淑华'], '郑海波'],
  // (`其` names the subject of its paragraph, the family `刘淑华（化名）一家`, for whom she speaks; `她` goes on with her)
  ['郑海波说：“供暖已经恢复。”\n\n刘淑华（化名）一家住在这里。其表示：“房子是租的。”\n\n“今年的房租又涨了。”她说。', '今年的房', ['郑海波', '刘淑华'], '刘淑华'],
  // … not a reporter's byline (`（记者\n张明）` broken over two lines)
  ['郑海波表示：“供暖已经恢复。”\n\n**江城晚报讯** （记者\n刘淑华）近日，六楼的暖气停了三天。\n\n“家里只有十度，晚上根本睡不着。”', '家里只有', ['郑海波', '刘淑华'], '郑海波'],
  // a person named after a preposition in the pronoun's sentence is not its subject (`在X生日时，他……`)
  ['投资人郑海波是周建国的老朋友。在周建国五十岁生日时，他把这辆车送给周建国，并发文称：“祝你一切顺利！”', '祝你一切', ['郑海波', '周建国'], '郑海波'],
  // … but the source of a description is (`在X的描述中`)
  ['在刘淑华的描述中，她的儿子非常热爱数学，同时，她也透露：“他最近压力很大。”', '他最近压', ['刘淑华'], '刘淑华'],
  // a person opening what someone said (`X透露，Y……`) is the topic of the words, not the next `他`
  ['专家周建国透露，郑海波因健康原因不得不提前退休，公司已在物色接班人。他补充道：“接班计划是高度机密的。”', '接班计划', ['周建国', '郑海波'], '周建国'],
  // … unless a report is speaking (`报道称，X……`): its content is narration
  ['报道称，刘淑华是竞选中最后一位主要对手。她在采访时谈到了安保问题：“我们遇到了很多问题。”', '我们遇到', ['刘淑华'], '刘淑华'],
  // a rank before the subject (`退役少将X`) is no preposition (`将`): X is the one `他` points back to
  ['郑海波说：“我失去了儿子。”\n\n退役少将周建国也在示威活动中发表了讲话。他说：“我们正在走向灾难。”', '我们正在', ['郑海波', '周建国'], '周建国'],
  // one of a group named as an example (`诸如X等人`) in the pronoun's sentence is not its subject
  ['周建国在采访中表示，他不会改变立场。至于诸如前国务卿刘淑华等人批评自己，他表示，“她们才是错的。”', '她们才是', ['周建国', '刘淑华'], '周建国'],
  // a person owning a thing that opens the clause is who a later `他` means (not someone named before)
  ['周建国说：“订单少了。”\n\n郑海波的公司近千名员工中七成是普工。他说，招不招人由市场决定。“疫情期间，工厂员工最多增至1300多人。”', '疫情期间', ['周建国', '郑海波'], '郑海波'],
  // `她` is not `张先生`, `他` is not `王女士`
  ['张先生说：“车停在路边三个小时了。”\n\n她说：“这里根本打不到车，只能走路。”', '这里根本', ['张先生'], null],
  ['李女士说：“等了三个小时。”记者随后采访了周建国。他说：“这里根本打不到车。”', '这里根本', ['李女士', '周建国'], '周建国'],
];

for (const [text, head, names, want] of PRONOUNS) {
  test(`pronoun: ${head} → ${want}`, () => assert.equal(speakerOf(text, head, names.map(P), true), want));
}
