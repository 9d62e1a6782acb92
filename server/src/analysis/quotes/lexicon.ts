/**
 * Word lists of the quotes module. Hand-written from news usage (see README.md); kept as regular
 * expression sources so each rule is one linear scan.
 */

/** Speech verbs, longest first so `补充说` wins over `说` (and `尖叫道` over `道`, the shout no part of who). `说明`/`称为`/`问题` are excluded by lookaheads. */
export const SPEECH_VERB =
  '(?:如是说|原话是|尖叫道|大叫道|惊叫道|大喊道|怒吼道|嘟囔道|叫道|喊道|吼道|嚷道|骂道|哭道|(?<![被])告知(?!书|单|函)|喊出|来了一句|来了句|补充说|笑说|痛斥|怒斥|斥责|补充道|介绍说|解释说|回忆说|表示|指出|强调|认为|透露|坦言|介绍|回应|告诉|写道|(?<![的])表态|直言|说道|提到|谈到|谈及|提醒|呼吁|(?<![民刑交特武巡辅狱])警告|宣称|声称|辩称|宣布|官宣|表明|解释|回忆|感叹|感慨|承认|(?<![经待未已被])确认(?![书函单了过的])|重申|坦承|证实|否认|反问|质疑|(?<![的])批评(?!者|家|声|人士)|评价|(?<![的])评论(?!员|家|区|部|文章|栏目|》)|(?<![业户雇房车店船债货买卖失物财])主张|断言|发文|配文|发出疑问|发出质问|发出感叹|发出感慨|写到|披露|直指|笑称|笑言|笑道|坦陈|自称|答道|回答|回复|告诫|总结|形容|描述|称赞|援引|引述|报道(?!是)|问道|放话|放言|喊话|发声|附和|调侃|吐槽|反映|抱怨|推测|猜测|估计|分析(?!师|人士|员|家)|预计|预测(?!师)|相信|要求|建议(?!者|书|稿)|希望|提出|通报|辟谣|澄清|驳斥|反驳|抨击|指责|谴责|敦促|直呼|疾呼|追问|(?<![的])质问|发问|戏称|自嘲|留言(?!区|板|簿)|致辞|感谢|(?<![是所意特手泛直确专暗遥即食拇中无戒])指(?![出导挥控责定示望明向引标数南针甲纹令派称点名使代的着了向日])|(?<![听据传小解游劝学来以再话是所])说(?![法明服起不出话得])|(?<![简下统俗又昵代并合爱别旧通号堪])称(?!为|作|之|号|赞|呼|霸|王|职|谓|奇)|(?<![报知街频赛轨渠人车跑隧管通航河国省铁坑孔食弯匝步栈味难一大水山赤声弹信肠茶柔世要门])道(?![路歉理德别出具])|讲(?!话|座|述|解|究|台|课|师|义|稿|堂|坛))';

/** `，并称`: `并` is "and" after a clause's punctuation, so `并称` is "and said" (`……表示祝贺，并称“……”`), not the `并称` of two names called one (`A、B并称“……”`). */
export const AND_SAID = /[，,；;]并称$/;

/** What may stand between a speech verb and its quote or content: `道：`, `称，`, `说，`. */
export const VERB_TAIL = '(?:称|说|道)?[：:，,]?';

/** Titles and roles that precede a name (`波兰总理图斯克` → `图斯克`); longest first. */
export const TITLE =
  '(?:副总统|总统|副总理|总理|首相|部长|副部长|部长助理|助理部长|国务卿|外长|防长|大使|公使|领事|检察长|审计长|总督|发言人|主席|副主席|委员长|委员|总书记|书记|秘书长|局长|处长|厅长|司长|署长|省长|市长|县长|区长|镇长|村长|议长|议员|参议员|众议员|州长|国王|王储|总司令|司令员|司令|参谋长|政委|将军|上将|中将|少将|大校|上校|中校|少校|指挥官|主任|副主任|董事长|总裁|副总裁|总经理|经理|总监|行长|馆长|站长|厂长|主管|首席执行官|执行官|创始人|负责人|院长|校长|所长|会长|理事长|教授|副教授|博士生导师|导师|博导|讲师|研究员|研究人员|学者|专家|分析师|分析家|策略师|经济学家|科学家|评论家|观察家|历史学家|政治学家|社会学家|法学家|律师|法官|检察官|医生|教练|队长|球员|运动员|演员|导演|编剧|制片人|监制|出品人|作家|记者|编辑|主持人|评论员|高级研究员|博士|老师|官员|代表|成员|团长|组长|领导人|首脑|助理|妻子|丈夫|儿子|女儿|外交官|顾问|特使|特别代表|总干事|干事|董事|合伙人|投资人|掌门人|发起人|主编|总编辑|社长|医师|警官|民警|法医|裁判|选手|歌手|网红|博主|主播|创作者|作者|CEO|CFO|COO|CTO|首席[\u4e00-\u9fa5]{0,4}官|护士|司机|厨师|工程师|设计师|会计师|教师|保安|店员|服务员|经纪人|代理人|村支书|支书|干部|社工|志愿者|消防员|快递员|外卖员|工作人员)';

/** Pronouns and anaphoric noun phrases that point back to the last speaker: `他补充说`, `这位官员还表示`. */
export const PRONOUN = /^(?:他们|她们|他|她|其|该人士|此人|对方|(?:这|该|那|上述|前述)(?:位|名|个)?[\u4e00-\u9fa5]{0,6}?(?:官员|人士|人|专家|学者|发言人|负责人|工作人员|员工|职员|男子|女子|先生|女士))$/;

/** Leading words that are not part of a subject: `事后图斯克称` → `图斯克`. */
export const LEADING = /^(?:(?:当时|彼时|那时|当年|此前|如今|目前|现在)的(?=[\u4e00-\u9fa5《“])|是因为|涉事|遭到|受到|尽管|虽然|因为|由于|根据|按照|依照|依据|据|一旁|明确|公开|特别|再次|进一步|一再|多次|坦率|直接|对此|此外|另外|同时|随后|事后|其后|此前|之后|然而|但是|不过|但|而|并|且|也|还|又|则|更|另|当时|目前|如今|近日|日前|今天|昨天|当天|当日|现场|最后|最近|后来|首先|其次|再次|最终|据此|这次|这一次|此次|此后|那次|那时|随即)+/;

/**
 * Where a subject ends inside a clause: a date, a preposition or an adverb
 * (`傅前哨10日对《环球时报》记者表示` → `傅前哨`).
 */
export const SUBJECT_END = new RegExp(
  '(?:当地时间|同一天|先是|之所以|先后|分别|纷纷|相继|一同|一起|各自|(?<![会赛展节馆]|事故|事发|活动|新闻)现场(?=' + SPEECH_VERB + '|对|向|就|$)|今早|今晨|昨晚|今晚|昨夜|当晚|不得不|仅仅|早就|早已|一度|后来|甚至|继而|转而|这样|如此|发多条|发文|发帖|发微博|(?:[0-9０-９]+|[一二三四五六七八九十两]+)(?:年|月|日|号)|[上本下]?周[一二三四五六日末]|[今昨前明]天|当天|当日|日前|近日|近期|此前|随后|今年|去年|早前|早些时候|赛[前后]|最后|最终|首先|其次|紧接着|接着|竟然|居然|竟|深刻|严正|诚恳|坦诚|亲口|当面|私下|经常|常常|时常|常(?=说|讲|对|跟|向|提|$)|首次|罕见|赛季结束后|(?<![员协学议工商金事合大])会[前后](?![续来期])|事后|节后|课后|饭后|' +
    '(?<!所)在|(?<![反相绝应核比敌派])对(?![冲手岸]|方(?![案针法式面向舱言便位阵略程圆块形剂子格志正]))|向|跟(?![帖进踪随风])|(?<![交送带留还借卖递嫁献分发寄写打传供输让赠拨补捎转退找])给(?![予力])|(?<!' + TITLE + ')于|接受|也(?!门)|还|则|又|更|曾|已|再次|随即|就|均|(?<![成首京])都|亦|便|并|同时|通过|公开|明确|坦率|回复|答复|致函|致信|撰文|配文|发布|发表|刊发|刊登|刊文|刊载|出具|召开|举行|出席|会见|会晤|' +
    '予以|一再|多次|反复|连连|连声|进一步|特别|专门|近来|昨日|今日|本周|上周|早在|当(?![局地])|从|以(?![色方])|作为|针对|立刻|立即|马上|当即|于是|正在|一直|已经|很快|毫不|非常|特意|亲自|不禁|忍不住|坦白|' +
    '(?<![埃普涉危以触波提顾论])及(?:其|多名|几名)(?=[\u4e00-\u9fa5])|受访|当场|[做作]出(?=回应|回复|表态|答复|解释|说明|澄清|承诺|评论|回答)|仍|仍然|依然|未|没有|不愿(?![\u4e00-\u9fa5]{1,6}的)|拒绝|要求|联系|发来|发出|回击|看好|得知|了解到|看到|听到|想到|听闻|听说|获悉|闻讯|见状|' +
    // (not the verb of a description: `一名不愿透露姓名的官员`)
    '(?<!不愿意?)' + SPEECH_VERB +
    ')',
);

/**
 * People with no name and no body (`网友`, `一位消费者`, `家属`, `现场观众`, `中国不少人`): the guideline gives them no
 * speaker. A person named after them (`市民李先生`) is read by the title rule first.
 */
export const CROWD = /^(?:[\u4e00-\u9fa5]{1,6}有(?=[\u4e00-\u9fa5]{2,4}$))?(?:[一两几][位名个]|有|不少|许多|很多|部分|一些|多名|多位|众多|现场|当地|[该这那]些?)?(?:[\u4e00-\u9fa5]{0,4}的)?(?:网友们?|网民|民众|消费者|顾客|市民|村民|居民|家属|家长|群众|观众|乘客|游客|旅客|买家|卖家|用户|粉丝|路人|围观者|目击者|车主|业主|患者|病人|老人|男子|女子|学生|官方)$|(?:不少|许多|很多|一些|部分|多数|有些)(?:人|人士|民众)$/;

/**
 * Staff nouns: an unnamed member speaking for the body written before them (`该局工作人员`,
 * `某医院一名负责人`, `村干部`). Only at the end of a phrase.
 */
export const STAFF = /(?:相关)?(?:工作人员|负责人|发言人|值班人员|客服人员|客服热线|客服|热线|接线人员|接线员|职员|员工|干部|官员|高管|管理层|董秘|董事会秘书|销售人员|销售顾问|店员|老师|教师|人员|民警|警官|警员|辅警|法官|检察官|消息人士|知情人士|人士)$/;

/** A plural or quantified subject is no specific speaker: `多份诊断报告称`, `不少网友认为`. */
export const INDEFINITE = /^(?:多份|多名|多位|多家|多个|一些|部分|不少|许多|很多|有些|有的|有人|有网友|网友|众多|各方|多方|多数|大多数|有关人士|外界|舆论|业内)/;

/**
 * Doubled characters that are words, not a familiar name (`果果`, `乐乐`): adverbs (`纷纷`, `常常`), kin and
 * the withheld `某某`, sounds; a speaker phrase of two like characters is a nickname otherwise.
 */
export const DOUBLED_WORDS = /^(?:纷纷|常常|刚刚|渐渐|往往|偏偏|仅仅|默默|悄悄|慢慢|早早|统统|天天|人人|处处|时时|年年|个个|深深|明明|轻轻|静静|好好|连连|频频|久久|缓缓|淡淡|暗暗|大大|稍稍|足足|整整|匆匆|恰恰|屡屡|遥遥|隐隐|冷冷|狠狠|妈妈|爸爸|姐姐|哥哥|弟弟|妹妹|爷爷|奶奶|叔叔|婶婶|舅舅|姥姥|姥爷|伯伯|姑姑|宝宝|娃娃|孩孩|某某|啧啧|哈哈|嘿嘿|呵呵|叨叨|答答|声声|点点|据据|谢谢|星星|看看|想想|说说|试试|等等|人们)$/;

/** Media and outlets: `路透社`, `CNN`, `《环球时报》`, `新华社`; used to label `media` attributions. */
/** Endings of organization names: a long speaker phrase must end with one to count as a name. */
export const ORG_END = /(?:股份|控股|科技|证券|资本|传媒|实业|药业|置业|政府|当局|军方|部|委|局|院|(?<![不也就将才都还能可要])会|社|台|报|网|公司|集团|组织|机构|大学|学院|医院|法院|检察院|银行|协会|中心|研究所|基金|方面|办公室|办|厅|署|处|所|队|军|党|团|联盟|交易所|平台|官方)$/;

/** Forms of address after a surname (`关先生`, `王女士`, `李老师`). */
export const ADDRESS_FORMS = '先生|女士|小姐|老师|师傅|阿姨|大爷|大妈';

/** Kinds of document or report that speak in the article's narration (`公告称`, `报告认为`). */
export const DOCUMENT_NOUNS = '报道|公告|文章|消息|声明|通报|报告|通告|新闻稿';

export const MEDIA = /(?:社|报|台|网|网站|电视|新闻|时报|日报|晚报|周刊|杂志|通讯|频道|媒体|CNN|BBC|NHK|CBS|NBC|ABC|AFP|AP|Reuters|Bloomberg|》)$/;

/** Vague sources (`source.vague`). `据报道` only counts when no outlet is named, which the literal form guarantees. */
export const VAGUE =
  /有评论(?:称|认为|指出|说)|分析(?:人士)?(?:认为|指出|称)|有舆论(?:认为|称|指出)|舆论认为|观察(?:人士|家)(?:认为|指出|称|表示)|据悉|知情人士|网传|网上流传|据报道|有报道(?:称|指出|说)|有消息(?:称|指出)|消息人士(?:称|透露|表示)|据传|有人(?:称|说|认为)|有网友(?:称|说|认为|表示)|业内人士(?:认为|称|表示|指出)/g;

/** Anonymous sources (`source.anonymous`). */
export const ANONYMOUS = /(?:一名|一位|两名|多名|几名)?(?:匿名|不愿具名的?|不愿透露姓名的?|要求匿名的?|未具名的?)[\u4e00-\u9fa5]{0,12}?(?:官员|消息人士|知情人士|人士|员工|人员|知情人|高管|外交官|专家|负责人|消息源|官方人士)|(?:不愿具名|不愿透露姓名|要求匿名)/g;

/** A gloss in brackets right after a name (`王鑫（化名）`, `佩奇·霍兰德·蒂伦（Paige Holland-Thielen）`). */
export const GLOSS_AFTER = /^[（(][^（）()]{1,24}[）)]/;

/** `援引X的观点`, `引用X的话`, `用她的话`(说): the one cited. */
export const QUOTED_SOURCE = /(?:援引|引述|引用|用(?=.+的话$))(.+?)的(?:观点|话|说法|评论|分析|表态)?$/;
/** `援引专家张三`(说): the one cited, with no `的` after them. */
export const CITED_BARE = /(?:援引|引述|引用)([^的，,]+)$/;
/**
 * What may stand before `援引`/`引用` for the one cited to be read as the speaker: nothing, or an outlet, a
 * report or an article, maybe a date and adverbs (`报道还引用`, `路透社其后援引`, `《朝日新闻》援引`), not a
 * person relaying someone's words (`发言人毛宁援引王毅的话表示` stays 毛宁's).
 */
export const CITER = /^(?:[^，,]*?(?:报道|文章|报告|社|网|报|台|媒体|新闻|网站|杂志|》|[A-Z]{2,}|Reuters|Bloomberg))?(?:(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?(?:还|也|则|又|就|便|更|曾|其后|随后|此前|同时|进一步|此外)*$/;

/** Role nouns that end a speaker phrase naming no one in particular: titles, `人士`, relatives, kinds of people. */
export const ENDS_WITH_ROLE = new RegExp(`(?:${TITLE}|人士|工作人员|父亲|母亲|父母|家属|家长|村民|居民|市民|学生|患者|男子|女子|网友|员工|人员|知情人|消息人士|当事人|负责人|哥哥|姐姐|弟弟|妹妹|妻子|丈夫|儿子|女儿|家人|亲属|朋友|同事|邻居|买家|卖家|车主|业主|店主|老板|商户|网民|用户|粉丝|乘客|游客|顾客|消费者|村干部|渔民|农民|牧民|工人|农户|司机|骑手|护士|志愿者|幸存者|受害者|亲历者|目击者|知情者|投资者|从业者|劳动者|经营者)$`);

/** Relatives, named by whose relatives they are after that one's name (and maybe `的`): `乐乐的二姑`, `王璐的妈妈`. */
export const RELATIVES = '[大二三四五小]?[姑姨舅叔伯婶嫂]|妈妈|爸爸|母亲|父亲|妻子|丈夫|儿子|女儿|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|家人|亲属';
/** Kin right after a name (`李婷的丈夫`, `鹏鹏妈妈`, `赵小兰之父`): the name owns them, the one meant is someone else. */
export const OWNS_KIN = new RegExp(`^(?:之[父母子女妻夫]|的?(?:${RELATIVES}))`);
/** Relatives written right after the name, no `的` between: `乐乐二姑`, `鹏鹏妈妈`, `肖某某母亲`. */
export const RELATIVE_AFTER_NAME = '(?:[大二三四五小][姑姨舅叔伯婶嫂]|妈妈|爸爸|母亲|父亲)';
/** One right after a name, the name's kin the subject (`小赵|妈妈说`). */
export const KIN_AFTER_NAME = new RegExp(`^${RELATIVE_AFTER_NAME}`);
/**
 * Characters of Chinese given names that mark the bearer's sex by naming convention (the ones with the
 * 女 radical and the flower, jade and beauty words of women's names; the strength, tiger and hero words
 * of men's), kept to those almost never given the other way: `她` is not `翟伟栋`, `他` is not `尚娟`.
 * Hand-picked, not from a list; characters common in both (涛, 军, 斌, 峰 in women's names; 芳, 兰, 凤 in
 * men's: `周涛`, `王军霞`, `梅兰芳`, `刘凤阳`) are left out, so most names stay open to both pronouns.
 */
export const FEMALE_GIVEN = /[娟婷娜妮姗媛婉娇嫣娥姣妍娅婕姝婧娴妤嫦丽菊萍燕霞玲莉倩艳翠瑶薇蕾蓉莹黛]/;
export const MALE_GIVEN = /[伟栋强刚勇武虎鹏磊彪豪雄]/;
/** Transliterated names with a woman's ending (`-ova`, `-na`, `-ya`, `-sa`, `-ni`: `伊万诺娃`, `安娜`). */
export const FEMALE_TRANSLIT_END = /[娃娜娅莎妮]$/;
/** Kinds of outlet after a name in marks: `“海事观察”网站`, `“Tsargrad”新闻网` (`after.ts`, `markedSubject.ts`). */
export const OUTLET_KINDS = '新闻网|网站|杂志|周刊|日报|电视台|通讯社|新闻社|广播电台|电台|报社';
/** Countries by their one-character names (`俄外长`, `美媒`, `乌总检察长`). */
export const COUNTRY_INITIALS = '中美俄乌日韩朝英法德意西印巴以伊越泰菲澳加荷比挪芬丹波匈捷土希葡墨沙叙黎';

/** Where doctors and nurses work: a hospital's kinds (`bodies.ts` HOSPITAL, `staffPhrase.ts` MEDIC_OF). */
export const HOSPITAL_KINDS = '医院|卫生院|诊所|医疗中心|卫生服务中心';
