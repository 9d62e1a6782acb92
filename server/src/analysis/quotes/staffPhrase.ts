/**
 * Unnamed people and staff in speaker phrases: who speaks for a body (`某市中心医院一位工作人员` →
 * `某市中心医院`) and who is no one in particular (`一位90后宝妈`, `知情人士`).
 */
import { COUNTRY_INITIALS, HOSPITAL_KINDS, ORG_END, STAFF } from './lexicon';
import { COMPANIES, COMPANIES_CUED, ORGANIZATIONS, PLACES } from '../entities/builtins';

/** Words between a body and its staff noun: `的`, `一位`, `一`, `某`, `前`, `高级`, `相关`. */
const STAFF_MODIFIERS = /(?:的|[一两几多某][位名个]?|高级|资深|匿名|前任|前|现任|相关|有关|内部|值班|当班|一线|在场|现场)+$/;

/** What a centre does when it is a kind of body of its own (`检测中心`, `服务中心`), not a department of one. */
const CENTRE_KINDS = '检测|服务|售后|管理|办事';
/** Bodies too generic to stand for anyone (`检测中心`, `医院`): their staff give no speaker. */
const GENERIC_BODY = new RegExp(`^(?:[该本此这那]|某?(?:${CENTRE_KINDS}|客服|物业|社区|医院|学校|公司|单位|部门|机构|门店|店铺|商家|平台|官方|当地|相关|有关|现场|景区|银行|酒店))*(?:中心|医院|学校|公司|单位|部门|机构|门店|店铺|商家|平台|官方|景区|银行|酒店|村|社区)?$`);

/** Unnamed people: `一位…人士`, `某…老板`, `知情人士`. */
export const UNNAMED = /^(?:[一两几][位名个]|某|前述|上述)|(?:知情|消息|业内|接近[\u4e00-\u9fa5]{1,10}的)人士$|知情人$/;
/** A name-class phrase that counts someone instead of naming them: `一位90后宝妈`, `某微信公众号`. */
export const UNNAMED_COUNTED = /^(?:[一两几][位名个]|某)(?![国地市省县])/;
/** A count and its classifier alone, one of several just listed: `一家表示……，另一家则称`, `其中一位说`. */
export const COUNTED_ALONE = /^(?:其中|另外?|还有)?[一两几][家位名个人](?:则|也|还|又)?$/;
/** Unnamed people by what they are, after anything but a name (`普安县龙吟镇多名居民`): no speaker. */
export const CROWD_TAIL = /(?:网友们?|网民|民众|消费者|顾客|市民|村民|居民|群众|观众|乘客|游客|旅客|路人|围观者|目击者)$/;

/** A hospital's staff with no hospital written before them (`医生`, `接诊医生`): the hospital their paragraph named (`bodies.ts`). */
export const MEDICS = /^(?:该|此|这位|这名|值班|现场|一位|一名|接诊|主治)?(?:医生|护士|医护人员)$/;
/**
 * A doctor or nurse of a hospital named before them, maybe counted, described and of a department
 * (`一位接诊过他的江城医院皮肤科医生`, `江城医院的护士`): the hospital speaks through them.
 */
export const MEDIC_OF = new RegExp(`^(?:[一两几][位名个])?(?:[^的，,]{1,12}的)?([\\u4e00-\\u9fa5]{2,20}?(?:${HOSPITAL_KINDS}))的?(?:[\\u4e00-\\u9fa5]{1,5}科)?的?(?:主治|值班|接诊|一位|一名)?(?:医生|护士|医师|大夫|医护人员)$`);
/** `在伏尔加庄园工作了八年多的一位员工`, `一位在江城公司任职的职员`: staff described by where they work, for that body. */
export const WORKS_AT = /^(?:[一两几][位名个])?在([\u4e00-\u9fa5A-Za-z]{2,20}?)(?:工作|任职|就职|供职|上班)[^的，,]{0,8}的/;
/**
 * A department named by what it does, with no body's name (`相关科室`, `综合办公室`, `防火中心`, `客服中心`, `证券部`): its staff
 * speak for the body the paragraph named (`致电安顺市林业局，防火中心工作人员称`), as staff with no department do. A centre that is a
 * kind of body of its own (`检测中心`, `服务中心`: {@link GENERIC_BODY}) is none.
 */
const DEPARTMENT = `(?:(?:相关|有关|该)?(?:科室|部门)|(?:综合|值班)?(?:办公室|值班室)|客服(?:中心|部)|证券部|董秘办|(?!${CENTRE_KINDS})[\\u4e00-\\u9fa5]{2}中心)的?`;
/** Staff nouns with no body in them: `工作人员`, `客服人员`, `接线员`. */
const STAFF_NOUNS = '工作人员|负责人|客服人员|客服热线|客服|值班人员|接线人员|接线员';
/** Staff with no body written before them (medics among them): the body is the one the paragraph named (`bodies.ts`). */
export const BARE_STAFF = new RegExp(`^(?:该|此|这位|这名|值班|相关|有关|现场|接电|接听|接线|一位|一名|一)?(?:${DEPARTMENT})?(?:相关|有关|一位|一名)?(?:值班|当班)?(?:接(?:听|通)?电话的|值班的)?(?:${STAFF_NOUNS})$|${MEDICS.source}`);
/**
 * Staff with no body written before them opening a clause, then its predicate (`客服人员确认了上述内容`, `一位工作人员告诉记者`):
 * the subject a later verb with none of its own shares (`……，称“……”`); the body is the one the paragraph named (`bodies.ts`).
 */
const STAFF_OPENS = new RegExp(`^[\\s*_]*((?:该|此|这位|这名|一位|一名)?(?:值班|相关|有关|现场)?(?:${STAFF_NOUNS}))(?=[^的和与及、，,。；;：:！？\\s])`);

/** {@link STAFF_OPENS}: the staff phrase opening `clause`, with its bounds, or null. */
export function staffOpening(clause: string): { text: string; start: number; end: number } | null {
  const m = STAFF_OPENS.exec(clause);
  if (!m) return null;
  const end = m[0].length;
  return { text: m[1], start: end - m[1].length, end };
}

/** Kinds of body named alone (`公司一名高管`, `村干部`, `公司方面`): the one of that kind the article named (`bodies.ts`). */
const BARE_KINDS = '公司|医院|学校|银行|集团|法院|景区|酒店|平台|村';
/** A body named by its kind alone (`公司一名高管`): the one of that kind the article named (`bodies.ts`). */
export const BARE_KIND = new RegExp(`^(?:${BARE_KINDS})$`);
/** `公司方面`, `医院方面`: the side of a body named by its kind alone. */
const KIND_SIDE = new RegExp(`^(${BARE_KINDS})方面$`);

/** A village named before its officer (maybe counted first: `一位来自青山村的`), or pointed back to (`该村`); the officer's title. */
const VILLAGE = '(?:[一两几][位名](?:来自)?)?(?:((?:(?!的)[\\u4e00-\\u9fa5]){1,10}?村)|([该此本]村))';
const VILLAGE_TITLE = '(?:干部|支书|主任|会计|委员|两委干部|党支部(?:副)?书记|党总支(?:副)?书记)';
/**
 * A village's officers (`村干部`, `青山村村支书`, `该村党支部书记`, `村委会主任`) speak for the village: the one named in the
 * phrase (group 1), the one `该村` points back to (group 2), else the last the article named (`bodies.ts`).
 */
const VILLAGE_STAFF = [
  new RegExp(`^${VILLAGE}?的?(?:[一两几][位名])?村(?:委会|民委员会)?${VILLAGE_TITLE}$`),
  new RegExp(`^${VILLAGE}的?(?:[一两几][位名])?${VILLAGE_TITLE}$`),
];
/** A body by its side (`校方`, `院方`, `厂方`) or its headquarters (`总部`): the last of that kind the article named (`bodies.ts`; `总部` a company's). */
export const BODY_SIDE = /^(?:([校院厂店园馆])方|总部)$/;

/** A bank's branch not named (`杭州某支行`, `分行`): the bank's. */
const SOME_BRANCH = /^(?:[\u4e00-\u9fa5]{2,9}?某|某)?(?:支行|分行|营业部|营业网点|网点)$/;
/** Officers of a police station or a court: a body named before them is the one they speak for (`该派出所民警`). */
const OFFICERS = /(?:民警|警官|警员|辅警|法官|检察官)$/;

/** Words before `人士` that describe a source rather than name its body. */
const SOURCE_NO_BODY = /^(?:接近|上述|前述|资深|内部|业内|知情|相关)|一家|某/;
/** A body a source (`人士`) speaks for: shaped like one, and not a description (`接近供应链`, `内部`). */
const sourceBody = (body: string): boolean =>
  !SOURCE_NO_BODY.test(body) && (ORG_END.test(body) || /[府宫]$/.test(body) || ORGANIZATIONS.has(body) || PLACES.has(body));

/**
 * `某市中心医院一位工作人员` → `某市中心医院`: an unnamed member of staff speaks for the body named
 * before them. `'none'` when the body is missing or generic (`工作人员`, `检测中心工作人员`);
 * null when the phrase is not a body and its staff.
 */
export function bodyOfStaff(name: string): string | 'none' | null {
  const works = WORKS_AT.exec(name);
  if (works && STAFF.test(name)) return GENERIC_BODY.test(works[1]) ? 'none' : works[1];
  const medic = MEDIC_OF.exec(name);
  if (medic && !GENERIC_BODY.test(medic[1]) && !/^(?:该|此|这家|某)/.test(medic[1])) return medic[1];
  // `医院一名护士`: the hospital the article named (`bodies.ts`)
  if (/^医院的?(?:[一两几][位名])?(?:主治|值班|接诊)?(?:医生|护士|医师|大夫|医护人员)$/.test(name)) return '医院';
  const side = KIND_SIDE.exec(name);
  if (side) return side[1];
  for (const re of VILLAGE_STAFF) {
    const v = re.exec(name);
    if (v) return v[1] ?? v[2] ?? '村';
  }
  const m = STAFF.exec(name);
  if (!m) return null;
  const body = name.slice(0, m.index).replace(STAFF_MODIFIERS, '');
  // `一名官员` is still a role phrase; `工作人员`, `检测中心工作人员` name no one
  // `值班工作人员表示`, `一位接通电话的工作人员` after `致电某镇政府`: the body the paragraph named (`bodies.ts`), else no one
  if (BARE_STAFF.test(name)) return name;
  // `其中一名工作人员`, `另一位员工`: one of the staff just counted, no body named
  if (/^(?:其中|另外?|还有)$/.test(body)) return 'none';
  // `民警`, `法官` alone stay roles (officers of a station or court the article may name)
  if (!body) return (/^(?:[一两几多][位名个])/.test(name) && !/(?:工作人员|员工|人员|职员|客服)$/.test(name)) || OFFICERS.test(name) ? null : 'none';
  // `韩国政府一名消息人士`: a source speaks for a body the lists know by its shape; `接近供应链人士`,
  // `上海一家量化私募人士`, `内部人士` name no body
  if (/人士$/.test(m[0]) && !sourceBody(body.replace(/^[一两几多][位名个](?:来自)?/, ''))) return null;
  // `公司一名高管`: the company the article is about (`bodies.ts`), else no one
  if (BARE_KIND.test(body)) return body;
  // `杭州某支行员工`: a bank's branch the article does not name speaks for the bank it named (`bodies.ts`)
  if (SOME_BRANCH.test(body)) return '银行';
  // `该公司工作人员`: the company named before (`bodies.ts` finds it)
  if (/^(?:该|此|这家)[\u4e00-\u9fa5]{1,3}$/.test(body)) return body;
  // `某知名浓香品牌酒企销售公司人员`: a body the article does not name (but `某市中心医院`: a city withheld, its hospital named)
  if (GENERIC_BODY.test(body) || /^某(?![国地市省县区镇村](?![有产场块方]))/.test(body)) return 'none';
  // `一位国家电网的工作人员`, `一位欧盟官员`: the staff of a named body, counted first (as `国家电网一位工作人员`), maybe
  // described before it (`一位不愿具名的欧盟官员`)
  const counted = /^一[位名](?:来自)?(?:[^的]{1,12}的)?([\u4e00-\u9fa5]{2,20}?)的?$/.exec(body);
  if (counted && (ORG_END.test(counted[1]) || ORGANIZATIONS.has(counted[1]) || COMPANIES.has(counted[1])) && !GENERIC_BODY.test(counted[1])) return counted[1];
  // `广州一家蔚来门店的销售人员`: staff of a chain's shop speak for the chain
  const shop = /一家(?:“([^”]+)”|([\u4e00-\u9fa5A-Za-z]{2,8}?))(?:门店|专卖店|体验店|4S店|营业厅|店)$/.exec(body);
  if (shop && (shop[1] || COMPANIES.has(shop[2]) || COMPANIES_CUED.has(shop[2]))) return shop[1] ?? shop[2];
  // `一名匿名美国高级国防官员`: a description, not a body; it stays a role phrase
  if (/^(?:[一两几多数][位名个]|匿名|不愿|要求匿名)/.test(body)) return null;
  // `星智少儿成长中心一位老师`: a teacher speaks for a school or centre named as one, not for a description (`旁边穿白衣服的女老师`)
  if (/(?:老师|教师)$/.test(name)) return ORG_END.test(body) && !GENERIC_BODY.test(body) && !/机构$/.test(body) ? body : null;
  // `南航客服`: a short body the lists do not know, but no description (`现场`, `当地`: generic, above)
  return body.length >= 2 && (ORG_END.test(body) || ORGANIZATIONS.has(body) || PLACES.has(body) || body.length >= 5 || (/^[\u4e00-\u9fa5A-Za-z]{2,4}$/.test(body) && /(?:客服|工作人员|发言人|负责人)$/.test(name) && !/[的了着是在]/.test(body) && !/[到过被向对给让请找问求]$/.test(body))) ? body : null;
}

/** `美媒`, `外媒`, `日媒`: a country's press, or the foreign press, in two characters. */
const MEDIA_OF = new RegExp(`^[${COUNTRY_INITIALS}外港台欧]媒$`);
/** Words before `媒体` that say whose press without naming an outlet: `当地媒体`, `西方媒体`. */
const PRESS_OF = /^(?:当地|西方|外国|境外|海外|国外|国际|主流|官方|各大|各国|多国|上述|多家|一些|部分|不少)$/;

/** The press of a country or a kind, no outlet named (`美媒写道`, `日本媒体称`, `当地媒体报道`): a source, no speaker. */
export function genericMedia(name: string): boolean {
  // `据媒体此前报道`, `有媒体报道`: the press, no outlet named (`上述媒体`, `多家媒体`: {@link PRESS_OF})
  if (MEDIA_OF.test(name) || name === '媒体' || name === '有媒体') return true;
  const press = /^([\u4e00-\u9fa5]{2,5}?)媒体$/.exec(name);
  return !!press && (PRESS_OF.test(press[1]) || PLACES.has(press[1]));
}

/** Staff words right after a body's name in the text (`卡车之家|工作人员告诉记者`, `X的工作人员`, `X某员工`). */
export const STAFF_AFTER = /^的?(?:[一两几][位名个]|某)?(?:相关|有关|高级|资深|值班)?(?:工作人员|员工|职员|发言人|负责人|客服人员|客服|高管|官员|人士)/;
/** A body counted, not named (`有一位企业|负责人`): no role to carry. */
const COUNTED = /^(?:还?有)?[一两几多某]|[一两几多][位名个家]/;

/** A body carried from its staff's clause (`卡车之家工作人员告诉记者，……。“……”`): checked as the role it came from. */
export function carriedFromStaff(text: string, speaker: string, via: string | null, span: { end: number }): boolean {
  return via === 'carried' && !COUNTED.test(speaker) && STAFF_AFTER.test(text.slice(span.end, span.end + 8));
}
