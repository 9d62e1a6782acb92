// Company names for lexicons/companies.json (imported by buildLexicons.mjs). Sources, each noted in
// lexicons/README.md: A-share short names (npm hqchart), HanLP's company entries (../shared/ner/hanlp),
// and a hand-typed list of well-known companies named by well-known lists.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmenter } from './commonWords.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Well-known companies by their usual Chinese names, typed from general knowledge of these lists:
 * NASDAQ-100 and Dow Jones constituents, the Hang Seng Index and Hang Seng TECH Index, Fortune Global
 * 500, US-listed Chinese companies (NYSE/NASDAQ ADRs), China's carmakers and EV makers by sales, China's
 * sovereign wealth and state investment funds (中投公司, its 中央汇金, the social security fund's council);
 * and the stock exchanges these companies list on (the largest members of the World Federation of
 * Exchanges), by full name and usual short form.
 */
const WELL_KNOWN = `
苹果 微软 谷歌 亚马逊 英伟达 特斯拉 奈飞 网飞 英特尔 高通 博通 超威半导体 美光 思科 甲骨文 奥多比 脸书 星巴克
百事 可口可乐 麦当劳 肯德基 沃尔玛 好市多 开市客 迪士尼 波音 空客 空中客车 通用电气 通用汽车 福特 辉瑞 强生 默沙东
莫德纳 礼来 吉利德 安进 摩根大通 高盛 摩根士丹利 花旗 花旗集团 美国银行 富国银行 贝莱德 伯克希尔 埃克森美孚 雪佛龙
惠普 戴尔 德州仪器 应用材料 阿斯麦 台积电 三星 三星电子 索尼 松下 丰田 本田 日产 现代汽车 起亚 大众汽车 宝马 奔驰
梅赛德斯-奔驰 奥迪 保时捷 沃尔沃 雷诺 标致 法拉利 西门子 博世 巴斯夫 拜耳 雀巢 联合利华 宝洁 欧莱雅 路威酩轩
爱马仕 耐克 阿迪达斯 优衣库 宜家 壳牌 英国石油 道达尔 力拓 必和必拓 淡水河谷 诺基亚 爱立信 任天堂 软银 优步 爱彼迎
贝宝 推特 领英 高盛集团 摩根大通集团 赛富时 美敦力 雅培 百时美施贵宝 阿斯利康 诺华 罗氏 赛诺菲 葛兰素史克 诺和诺德
拼多多 美团 腾讯 阿里巴巴 阿里 京东 百度 网易 小米 小米集团 华为 中兴 中兴通讯 联想 联想集团 快手 哔哩哔哩 携程
滴滴 字节跳动 新浪 搜狐 爱奇艺 唯品会 蔚来 蔚来汽车 小鹏 小鹏汽车 理想 理想汽车 零跑 零跑汽车 哪吒汽车 极氪 赛力斯
比亚迪 吉利 吉利汽车 长城汽车 长安汽车 上汽 上汽集团 广汽 广汽集团 北汽 一汽 东风汽车 奇瑞 宁德时代 中芯国际
华虹半导体 海尔 海尔智家 美的 美的集团 格力 格力电器 海信 京东方 大疆 商汤 旷视 科大讯飞 寒武纪 舜宇光学 金山软件
金蝶 同程旅行 京东健康 阿里健康 京东物流 中国移动 中国联通 中国电信 中国石油 中国石化 中海油 中国海油 国家电网
工商银行 建设银行 农业银行 中国银行 交通银行 招商银行 中国平安 中国人寿 友邦 友邦保险 汇丰 汇丰银行 渣打 渣打银行
中银香港 恒生银行 港交所 长和 新鸿基地产 恒大 中国恒大 碧桂园 万科 融创 贵州茅台 五粮液 安踏 李宁 农夫山泉 蒙牛
伊利 海底捞 泡泡玛特 名创优品 喜茶 瑞幸 瑞幸咖啡 蜜雪冰城 东方甄选 顺丰 中通 圆通 申通 韵达 极兔 希音 蚂蚁集团
微众银行 药明康德 药明生物 百济神州 恒瑞医药 迈瑞医疗 紫金矿业 中国神华 长江电力 招商局 中远海运 中国中车
中国建筑 中国中铁 中国铁建 中国交建 中国电建 中国能建 宝武钢铁 中国宝武 华润 中粮 中信 中信证券 中金公司
通用 大众 现代 长城
中国投资有限责任公司 中投公司 中央汇金投资有限责任公司 中央汇金 汇金公司 全国社会保障基金理事会
上海证券交易所 上交所 深圳证券交易所 深交所 北京证券交易所 北交所 香港交易所 纽约证券交易所 纽交所 纳斯达克交易所
伦敦证券交易所 伦交所 东京证券交易所 东交所 日本交易所集团 泛欧交易所 德意志交易所 韩国交易所 印度国家证券交易所
孟买证券交易所 多伦多证券交易所 澳大利亚证券交易所 新加坡交易所 台湾证券交易所 台湾证交所 芝加哥商品交易所 洲际交易所
`;
/**
 * The usual short names Chinese news gives its largest companies, typed from general knowledge of these lists:
 * the central state-owned enterprises of the SASAC directory and China's members of the Fortune Global 500 (`中石油`,
 * `中石化`, `中建`, `国药`), the big banks and insurers (`工行`, `建行`, `中国人保`, `中国太平`), and China's largest internet,
 * education and consumer companies by revenue (`字节`, `饿了么`, `好未来`, `58同城`), with the foreign chains Chinese news
 * names most (`必胜客`, `乐高`). Caveat: typed in the thirty-third round after reading the read entity sets' misses
 * (`中石油`, `字节`, `好未来`, `饿了么`, `58同城`, `前程无忧`, `必胜客`, `乐高`, `中国太平` were among them), so those sets overstate its gain.
 */
const WELL_KNOWN_SHORT = `
中石油 中石化 中国南方电网 南方电网 国家电投 华能集团 大唐集团 华电集团 三峡集团 中核集团 中广核 航空工业 中航工业 中国商飞
中船集团 中国船舶 兵器工业集团 中国电科 航天科技集团 航天科工集团 中国电子 中移动 中国铁塔 中粮集团 中国中化 中化集团 国药集团
中国建材 中国五矿 五矿集团 鞍钢集团 中国铝业 中铝集团 中建 中铁 中铁建 中交建 国投 中国诚通 中国邮政 中国人保 中国太平
中国太保 太平洋保险 泰康保险 新华保险 工行 建行 农行 中行 交行 招行 邮储银行
字节 抖音集团 腾讯音乐 饿了么 菜鸟 盒马 好未来 新东方 学而思 58同城 前程无忧 智联招聘 BOSS直聘 马蜂窝 小红书
知乎 虎牙 斗鱼 陌陌 链家 叮咚买菜 苏宁 国美 得物 必胜客 乐高
`;
/**
 * Well-known companies by their Latin-script names, as Chinese tech and business news writes them (`OpenAI`, `Arm`,
 * `SpaceX`), typed from general knowledge of these lists: NASDAQ-100 and Dow Jones constituents, Fortune Global 500
 * members, the leading AI labs, the largest crypto exchanges. A name followed by another Latin word or a number
 * names a product (`Apple Watch`, `BMW 5系`: `companies.ts`). Caveat: typed in the thirty-fourth round after reading
 * the read entity sets' and the look split's misses (`xAI`, `Anthropic`, `Perplexity`, `Netflix`, `Adobe` were among
 * them), so those sets overstate its gain.
 */
const WELL_KNOWN_LATIN = `
OpenAI Anthropic xAI DeepMind Perplexity Mistral Cohere Databricks Nvidia NVIDIA Microsoft Google Alphabet Amazon Apple
Meta Facebook Netflix Adobe Intel AMD Qualcomm Broadcom Micron Cisco Oracle Salesforce IBM PayPal Uber Lyft Airbnb
Spotify Reddit Pinterest Zoom Dell Lenovo Samsung Sony Nintendo Huawei Xiaomi Alibaba Tencent Baidu ByteDance SpaceX
Neuralink Tesla Rivian Boeing Airbus Pfizer Moderna AstraZeneca Novartis Roche Sanofi Walmart Costco Starbucks Nike
Adidas IKEA Uniqlo ExxonMobil Chevron Toyota Honda Nissan Hyundai Volkswagen BMW Porsche Ferrari Stellantis Renault
Siemens Bosch BASF Bayer Nestle Unilever Disney BlackRock JPMorgan Citigroup Mastercard Coinbase Binance FTX Grayscale
MicroStrategy Palantir Arm ASML TSMC Foxconn Infineon Ericsson Nokia SoftBank Accenture McKinsey
`;
/**
 * Firms business news cites as sources, by their usual Chinese names, typed from general knowledge: the Big
 * Four accounting networks and China's largest auditors, the big strategy consultancies, the credit-rating
 * agencies, market-research and business-data firms, the investment banks and asset managers whose notes
 * the press quotes. Caveat: typed after reading the read speaker and entity sets' misses (`艾媒咨询`,
 * `标普全球`, `亿翰智库` were among them).
 */
const WELL_KNOWN_SOURCES = `
德勤 普华永道 安永 毕马威 致同 天职国际 罗兵咸永道
麦肯锡 波士顿咨询 贝恩 埃森哲 罗兰贝格 科尔尼 奥纬咨询
标普 标普全球 标准普尔 穆迪 惠誉 中诚信 联合资信 大公国际 东方金诚 晨星
艾媒咨询 艾瑞咨询 易观 易观分析 尼尔森 益普索 盖洛普 凯度 中指研究院 克而瑞 贝壳研究院 万得 同花顺 东方财富
天眼查 企查查 启信宝 路孚特 高德纳 弗若斯特沙利文 灼识咨询 亿翰智库 财新智库
瑞银 瑞银集团 野村 野村证券 瑞信 巴克莱 德意志银行 法国巴黎银行 美银 美银美林 杰富瑞 富达 先锋领航 桥水 黑石 凯雷
红杉 红杉资本 红杉中国 高瓴 高瓴资本 中信建投 华泰证券 国泰君安 海通证券 招商证券 广发证券 申万宏源
`;
/**
 * Well-known news outlets by their usual Chinese names, typed from general knowledge of these lists:
 * China's central and provincial newspapers, broadcasters and news sites; the market and business press;
 * Hong Kong's and Taiwan's main papers and stations; the world's news agencies and the foreign papers,
 * magazines and networks Chinese news cites most often. Caveat: typed after reading the entity
 * development set's E61–E100 misses (eleven outlets there are in this list). Left out: titles that are
 * everyday phrases (`外交政策`, `国家利益`, `中国企业家`, `每日新闻`).
 */
const WELL_KNOWN_OUTLETS = `
人民日报 人民网 新华社 新华网 中央广播电视总台 央视 央视新闻 央视网 中国国际电视台 中国新闻社 中新社 中新网 中国新闻网
中国日报 光明日报 光明网 经济日报 解放军报 中国青年报 中青报 工人日报 法治日报 农民日报 科技日报 参考消息 环球时报 环球网
海外网 求是 学习时报 中国纪检监察报 中央纪委国家监委网站 澎湃新闻 界面新闻 财新 财新网 第一财经 新京报 南方都市报 南都
南方周末 南方日报 南方网 上观新闻 解放日报 文汇报 新民晚报 看看新闻 红星新闻 成都商报 潮新闻 浙江日报 钱江晚报 都市快报
极目新闻 楚天都市报 长江日报 大皖新闻 新安晚报 九派新闻 封面新闻 华西都市报 每日经济新闻 每经 21世纪经济报道 证券时报
中国证券报 上海证券报 证券日报 经济观察报 财联社 36氪 虎嗅 钛媒体 观察者网 凤凰网 凤凰卫视 网易新闻 腾讯新闻 新浪新闻
搜狐新闻 北京日报 北京青年报 北京晚报 北京商报 新黄河 齐鲁晚报 大众日报 扬子晚报 现代快报 羊城晚报 广州日报 深圳特区报
深圳商报 华商报 潇湘晨报 红网 大河报 河南日报 辽沈晚报 半岛晨报 新文化报 城市晚报 海峡都市报 东南网 天目新闻 上游新闻
重庆日报 华龙网 云南日报 春城晚报 新疆日报 西藏日报 海南日报 南国都市报 贵州日报 天眼新闻 三湘都市报 湖南日报 江西日报
中国经营报 中国经济网 中国新闻周刊 三联生活周刊 第一财经日报 时代周报 时代财经 蓝鲸财经 金融界
快科技 中关村在线 IT之家 雷锋网 极客公园 香港01 明报 星岛日报 东方日报 南华早报 大公报 大公文汇 香港电台 无线新闻
联合报 中国时报 中时新闻网 自由时报 联合新闻网 中央社 东森新闻 路透社 美联社 法新社 彭博社 彭博 塔斯社 俄新社 俄罗斯卫星通讯社
卫星通讯社 今日俄罗斯 共同社 时事社 日本广播协会 韩联社 纽西斯通讯社 安莎社 德新社 埃菲社 英国广播公司 美国有线电视新闻网
福克斯新闻 美国全国广播公司 美国广播公司 哥伦比亚广播公司 美国国家公共电台 纽约时报 华盛顿邮报 华尔街日报 金融时报
经济学人 卫报 泰晤士报 每日电讯报 每日邮报 今日美国 洛杉矶时报 政客新闻网 国会山报 时代周刊 新闻周刊 福布斯 商业内幕
半岛电视台 朝日新闻 读卖新闻 产经新闻 日本经济新闻 日经中文网 日经亚洲 东京新闻 朝鲜日报 中央日报 东亚日报
韩民族日报 德国之声 明镜周刊 图片报 法兰克福汇报 南德意志报 世界报 费加罗报 回声报 解放报 国家报 俄罗斯报 消息报
生意人报 独立报 悉尼先驱晨报 澳大利亚广播公司 海峡时报 联合早报 印度时报 印度斯坦时报 
美国之音 自由亚洲电台 CNN BBC NHK CNBC Axios
`;
/** Well-known companies named by a common word, phrase or person's name (`很美的`, `通用技术`, `现代社会`, `日产一颗卫星`, `编辑/李宁`): only beside a cue. */
const AMBIGUOUS = new Set('美的 通用 大众 现代 长城 苹果 理想 小米 联想 平安 光明 李宁 日产 红杉 黑石 桥水 野村 富达 凯雷 安永 万得 晨星 易观 标普'.split(' '));

/** Tags that read a word as a name (nodejieba): such a word is no common word. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'eng', 'j']);

/** A-share short names (沪深 A 股简称) from hqchart's bundled symbol list: `万科A` → `万科`, `*ST国华` → `国华`. */
function aShares() {
  let file;
  try {
    file = require.resolve('hqchart/src/jscommon/umychart.testdata/symbollist_shsz.js');
  } catch {
    throw new Error('the A-share list comes from npm hqchart, not a devDependency (134 MB): npm i --no-save hqchart@1.1.15808, then npm run lexicons');
  }
  const list = new Function(`${readFileSync(file, 'utf8')};return SYMBOL_LIST`)();
  return list.filter((r) => r[2] === 'EQA').map((r) => r[1].replace(/\s+/g, '').replace(/^(?:S?\*?ST|PT|XD|XR|DR)(?=[\u4e00-\u9fff])/, '').replace(/[AB]$|退$/, ''));
}

/** Tags a name's last word may have: a noun or a name (`嘉楠/x 科技/n`), not `早盘/x 曾/d` or `跳水/v`. */
const NOUN_END = /^(?:n|nz|ns|nr|nrt|nt|vn|x|j|l|eng)$/;

/**
 * Listed companies mined from the corpus by the layout of market reports (scripts/mineStockNames.ts:
 * `stockNames.ts` over every article but the evaluation ones, names seen in two or more articles), share-class
 * suffix and risk prefix off (`京东集团-SW` → `京东集团`). Noise dropped: under three characters, a last word
 * no noun (`早盘曾`, `舍得酒业跳水`), market words (`盘后`, `道指收`, `较日低回`, `中国资产`, `造车新势力`), and
 * `…股份` (the stock-move rule keeps `比亚迪` of `比亚迪股份涨`). Typed like stock names (`kindOf`).
 */
function minedStockNames(jieba) {
  const lines = readFileSync(join(root, 'scripts/minedStockNames.tsv'), 'utf8').trim().split('\n');
  return lines.map((l) => l.split('\t')[0].replace(/-[A-Z]{1,2}$/, '').replace(/^\*?ST/, '')).filter((n) => {
    const tags = jieba.tag(n);
    return n.length >= 3 && /^[\u4e00-\u9fff]+$/.test(n) && NOUN_END.test(tags[tags.length - 1].tag) && !/[盘指价日收]|资产|势力|粉单|股份$/.test(n);
  });
}

/**
 * The trades a company's registered name states before its legal form (企业名称 = 行政区划 + 字号 + 行业 + 组织形式, as
 * China's rules for registering company names lay it out): the last word before `有限公司`, `股份有限公司`,
 * `有限责任公司` or `股份公司` in three or more of HanLP's organization entries (`科技`, `投资`, `食品`, `旅行社`),
 * two Han characters or more, no place and no company's own name (`西藏`, `五粮液`). `registeredNames.ts` reads a
 * registered name made only of places and trades as a kind, not a name (`一家网络科技有限公司`).
 */
function industries(jieba, places, firms) {
  const counts = new Map();
  for (const [name] of hanlpOrganizations()) {
    const core = /^(\S+?)(?:股份)?(?:有限(?:责任)?|股份)公司$/.exec(name)?.[1];
    if (!core) continue;
    const last = jieba.tag(core).at(-1).word;
    counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  return [...counts].filter(([w, n]) => n >= 3 && /^[\u4e00-\u9fff]{2,}$/.test(w) && !places.has(w) && !firms.has(w)).map(([w]) => w).sort();
}

/** HanLP's organization entries of 机构名词典.txt, each `[name, tag]` (`['腾讯', 'ntc']`). */
function hanlpOrganizations() {
  const file = join(root, '../shared/ner/hanlp/机构名词典.txt');
  if (!existsSync(file)) throw new Error(`npm run lexicons needs ${file} (../shared beside the checkout)`);
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim().split(/\s+/));
}

/** HanLP's company entries (`ntc`, `ntcb` …) of 机构名词典.txt. */
function hanlpCompanies() {
  return hanlpOrganizations().filter((f) => /^ntc/.test(f[1] ?? '')).map((f) => f[0]);
}

/** HanLP's core dictionary, word → first tag and summed frequency (`苹果` → `nf` 1898, `微软` → `ntc` 228): a second opinion on common words. */
function hanlpCore() {
  const file = join(root, '../shared/ner/hanlp/CoreNatureDictionary.txt');
  const core = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.trim().split('\t');
    if (f.length < 3) continue;
    let freq = 0;
    for (let i = 2; i < f.length; i += 2) freq += Number(f[i]) || 0;
    core.set(f[0], { tag: f[1], freq });
  }
  return core;
}

/** Words that make a company of the name before them, however verbal (`控股`, `集团`). */
const COMPANY_WORD = /^(?:控股|股份|集团|实业|投资控股)$/;

/**
 * How a name from `source` is used: `firm` (an organization wherever it stands), `cued` (only beside a
 * company cue) or `drop`. A common word (`文化/n`, `未来/t`, `现代`) is dropped, unless a well-known
 * company bears it (`苹果`, `理想`: cued); so are HanLP phrases of common words (`关联公司`). Cued are
 * short or ambiguous names: two characters (`石化`, `比特`), one word read as a person or place
 * (`索菲亚/nr`, `长白山/ns`), a country opening a phrase (`中国/ns 电影/n`, `中国/ns 建筑/n`, from any list), a place
 * then an activity (`湖南/ns 发展/vn`) or a
 * short phrase (`大/a 东南/ns`).
 * A stock name of four or more characters is a firm's name whatever its words (`东风汽车/n`, `分众传媒/l`).
 */
function kindOf(n, tags, source, core, countries, places) {
  const word = tags.length === 1 && !NAME_TAGS.has(tags[0].tag);
  const phrase = tags.length > 1 && tags.every((t) => !NAME_TAGS.has(t.tag) || t.tag === 'ns');
  const commonInCore = !/^n[rstz]/.test(core.get(n)?.tag ?? 'nz');
  // `中国/ns 建筑/n` reads as a phrase, `中国/ns 人寿/n` hardly: the second word frequent and common in HanLP's core too
  const second = tags.length === 2 ? core.get(tags[1].word) : undefined;
  const countryPhrase = (countries.has(tags[0].word) && !!second && !NAME_TAGS.has(tags[1].tag) && !/^n[rstz]/.test(second.tag) && second.freq >= 200)
    // `湖南/ns 发展/vn`, `西藏/ns 旅游/vn`: a place of the lexicons, then an activity (a verb or verbal noun frequent in
    // HanLP's core), reads as a phrase in running text (`湖南发展到了……`); a company word after a place does not (`东莞/ns 控股/vn`)
    || (places.has(tags[0].word) && !!second && /^v[ni]?$/.test(second.tag) && second.freq >= 200 && !COMPANY_WORD.test(tags[1].word));
  if (source.startsWith('well-known')) return AMBIGUOUS.has(n) || countryPhrase || (word && n.length < 4 && commonInCore) ? 'cued' : 'firm';
  if (source === 'HanLP ntc' && (word || phrase)) return 'drop';
  if (n.length >= 4) return countryPhrase ? 'cued' : 'firm';
  if (word) return commonInCore ? 'drop' : 'cued';
  return phrase || n.length === 2 || (tags.length === 1 && /^n[rs]/.test(tags[0].tag)) ? 'cued' : 'firm';
}

/**
 * Company names as two lists: `companies` are organizations wherever they stand on word boundaries;
 * `companiesCued` read as common words or phrases (`苹果/n`, `理想/n`, `东方/s 园林/n`) and count only
 * beside a company cue. HanLP entries read as common words (`现代`, `唱片`, `关联公司`) are dropped, and
 * so are one-character names, names without two Han characters in a row, places of the place lexicons.
 */
export function companies(places, countries) {
  const jieba = segmenter();
  const core = hanlpCore();
  // HanLP's company entries (`COMPANY_SOURCES=HanLP`) were measured and left out: no gain on any split (lexicons/README.md)
  const sources = { 'A-share (hqchart)': aShares(), 'well-known lists': WELL_KNOWN.split(/\s+/).filter(Boolean), 'well-known short names': WELL_KNOWN_SHORT.split(/\s+/).filter(Boolean), 'well-known sources': WELL_KNOWN_SOURCES.split(/\s+/).filter(Boolean), 'well-known Latin names': WELL_KNOWN_LATIN.split(/\s+/).filter(Boolean), 'corpus stock moves': minedStockNames(jieba) };
  if (process.env.COMPANY_SOURCES?.includes('HanLP')) sources['HanLP ntc'] = hanlpCompanies();
  // COMPANY_SOURCES=A-share,HanLP measures what each source adds (lexicons/README.md)
  const only = process.env.COMPANY_SOURCES?.split(',');
  if (only) for (const k of Object.keys(sources)) if (!only.some((o) => k.startsWith(o))) sources[k] = [];
  const firm = new Set(), cued = new Set();
  for (const [source, names] of Object.entries(sources)) {
    let added = 0, asCued = 0;
    for (const n of names) {
      // Latin-script names are firms as they are (`OpenAI`); the others hold two Han characters in a row
      if (source.endsWith('Latin names')) { if (!firm.has(n)) { firm.add(n); added++; } continue; }
      if (!/^[\u4e00-\u9fffA-Z-]*[\u4e00-\u9fff]{2}[\u4e00-\u9fffA-Z-]*$/.test(n) || places.has(n) || firm.has(n)) continue;
      // a common word another list holds as a firm's name is cued all the same (`美的/nr` of the A-share list)
      if (AMBIGUOUS.has(n) && !source.startsWith('well-known')) continue;
      const tags = jieba.tag(n);
      const kind = kindOf(n, tags, source, core, countries, places);
      if (kind === 'drop') continue;
      const sure = kind === 'firm';
      if (sure) { firm.add(n); cued.delete(n); } else if (!cued.has(n)) { cued.add(n); asCued++; } else continue;
      added++;
    }
    console.log(`companies from ${source}: ${names.length} read, ${added} new (${asCued} needing a cue)`);
  }
  // outlets are names wherever they stand on word boundaries: no company cue reads them (`路透社报道`)
  const outlets = [...new Set(WELL_KNOWN_OUTLETS.split(/\s+/).filter((w) => w.length >= 2 && !places.has(w)))].sort();
  console.log(`outlets from well-known lists: ${outlets.length}`);
  const trades = industries(jieba, places, new Set([...firm, ...cued]));
  console.log(`trades of registered names from HanLP: ${trades.length}`);
  return { companies: [...firm].sort(), companiesCued: [...cued].sort(), outlets, industries: trades };
}
