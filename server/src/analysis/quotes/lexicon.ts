/**
 * Word lists of the quotes module. Hand-written from news usage (see README.md); kept as regular
 * expression sources so each rule is one linear scan.
 */

/** Speech verbs, longest first so `补充说` wins over `说`. `说明`/`称为`/`问题` are excluded by lookaheads. */
export const SPEECH_VERB =
  '(?:补充说|补充道|介绍说|表示|指出|强调|认为|透露|坦言|介绍|回应|告诉|写道|表态|直言|说道|提到|谈到|谈及|提醒|呼吁|警告|宣称|声称|宣布|表明|解释|回忆|感叹|承认|重申|坦承|证实|否认|反问|质疑|批评|评价|评论|主张|断言|发文|写到|披露|直指|笑称|坦陈|自称|答道|回答|回复|告诫|总结|形容|描述|称赞|援引|引述|报道|问道|说|称(?!为|作|之|号|赞)|道(?![路歉理德])|讲(?!话|座|述|解))';

/** What may stand between a speech verb and its quote or content: `道：`, `称，`, `说，`. */
export const VERB_TAIL = '(?:称|说|道)?[：:，,]?';

/** Titles and roles that precede a name (`波兰总理图斯克` → `图斯克`); longest first. */
export const TITLE =
  '(?:副总统|总统|副总理|总理|首相|部长|副部长|部长助理|助理部长|国务卿|外长|防长|大使|公使|领事|发言人|主席|副主席|委员长|委员|书记|秘书长|局长|处长|厅长|司长|署长|省长|市长|县长|区长|镇长|村长|议长|议员|参议员|众议员|州长|国王|王储|总司令|司令员|司令|参谋长|政委|将军|上将|中将|少将|大校|上校|中校|少校|指挥官|主任|副主任|董事长|总裁|副总裁|总经理|经理|首席执行官|执行官|创始人|负责人|院长|校长|所长|会长|理事长|教授|副教授|讲师|研究员|研究人员|学者|专家|分析师|经济学家|科学家|律师|法官|检察官|医生|教练|队长|球员|运动员|演员|导演|作家|记者|编辑|主持人|评论员|高级研究员|博士|老师|官员|代表|成员|团长|组长|领导人|首脑)';

/** Pronouns and anaphoric noun phrases that point back to the last speaker: `他补充说`, `这位官员还表示`. */
export const PRONOUN = /^(?:他们|她们|他|她|其|该人士|此人|对方|(?:这|该|那)(?:位|名|个)?[\u4e00-\u9fa5]{0,6}?(?:官员|人士|人|专家|学者|发言人|负责人|工作人员|男子|女子|先生|女士))$/;

/** Leading words that are not part of a subject: `事后图斯克称` → `图斯克`. */
export const LEADING = /^(?:对此|此外|另外|同时|随后|事后|其后|此前|之后|然而|但是|不过|但|而|并|且|也|还|又|则|更|另|当时|目前|如今|近日|日前|今天|昨天|当天|当日|现场|最后|最近|后来|首先|其次|再次|最终|据此)+/;

/**
 * Where a subject ends inside a clause: a date, a preposition or an adverb
 * (`傅前哨10日对《环球时报》记者表示` → `傅前哨`).
 */
export const SUBJECT_END = new RegExp(
  '(?:当地时间|[0-9０-９一二三四五六七八九十两]+(?:年|月|日|号)|[上本下]?周[一二三四五六日末]|[今昨前明]天|当天|当日|日前|近日|近期|此前|随后|今年|去年|早前|早些时候|' +
    '在|对|向|于|接受|也|还|则|又|更|曾|已|再次|随即|就|均|都|亦|便|并|同时|通过|公开|明确|坦率|回复|答复|致函|致信|撰文|发布|召开|举行|出席|会见|会晤|' +
    '一再|多次|反复|进一步|特别|专门|近来|昨日|今日|本周|上周|早在|当|从|以|作为|针对)',
);

/** A plural or quantified subject is no specific speaker: `多份诊断报告称`, `不少网友认为`. */
export const INDEFINITE = /^(?:多份|多名|多位|多家|多个|一些|部分|不少|许多|很多|有些|有的|有人|有网友|网友|众多|各方|多方|多数|大多数|有关人士|外界|舆论|业内)/;

/** Media and outlets: `路透社`, `CNN`, `《环球时报》`, `新华社`; used to label `media` attributions. */
export const MEDIA = /(?:社|报|台|网|电视|新闻|时报|日报|晚报|周刊|杂志|通讯|频道|媒体|CNN|BBC|NHK|CBS|NBC|ABC|AFP|AP|Reuters|Bloomberg|》)$/;

/** Vague sources (`source.vague`). `据报道` only counts when no outlet is named, which the literal form guarantees. */
export const VAGUE =
  /有评论(?:称|认为|指出|说)|分析(?:人士)?(?:认为|指出|称)|有舆论(?:认为|称|指出)|舆论认为|观察(?:人士|家)(?:认为|指出|称|表示)|据悉|知情人士|网传|网上流传|据报道|有报道(?:称|指出|说)|有消息(?:称|指出)|消息人士(?:称|透露|表示)|据传|有人(?:称|说|认为)|有网友(?:称|说|认为|表示)|业内人士(?:认为|称|表示|指出)/g;

/** Anonymous sources (`source.anonymous`). */
export const ANONYMOUS = /(?:一名|一位|两名|多名|几名)?(?:匿名|不愿具名的?|不愿透露姓名的?|要求匿名的?|未具名的?)[\u4e00-\u9fa5]{0,12}?(?:官员|人士|消息人士|员工|人员|知情人|高管|外交官|专家|负责人|消息源|官方人士)|(?:不愿具名|不愿透露姓名|要求匿名)/g;
