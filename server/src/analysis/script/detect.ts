// Which lines of an article are written in Traditional characters, and so need a Simplified view.

/**
 * The 300 most frequent Traditional-only characters of the corpus converted with OpenCC (`s2twp`,
 * `s2hk`) that never occur in the Simplified corpus itself, and the 300 most frequent Simplified-only
 * ones (never kept by the conversion). Generated once from `../shared/corpus`; see README.md.
 */
const TRADITIONAL =
  '國為時發對個會這來業後資過關經開現機動車報長們產員場實進間還務當區數體萬與據記將從稱內價網並應點問學電沒總監調強處題兩議' +
  '億東結計門該無證統規認續費視軍圖漲導達選種運顯級領約張設別馬聯組職聞濟責醫線錢佈辦麼構財歲訊團爾決隊給書黨說説權單環華銷' +
  '廣專創幾農樣買標況預營臺確購讓論風變節烏參戰轉養護際獲態盤週質頭氣藥項類傳銀則訴術協離較縣號難僅舉採執亞見黃連觀親師帶話' +
  '蘭檢眾陽隨響釋極嚴備減紅勢兒險羅負遊許賣裝紀違頻額擔終輕審訪鎮貨屬傷準積義獎劉傑壓條邊龍織換試係雙習佔熱歷裡裏劃評鄉擊測' +
  '歐編請覺陳爭賽蘋繼維穩幣罰輛斷劇雲聲鄭夠債貴層滿補灣範幹堅賬識圍剛遠優驗獨飛舊餘製廠樂幫錄曉復輪競談臨願彈島愛損鵬納戲輯';
const SIMPLIFIED =
  '国为时发对个会这来业过关经开现动机车报资长们产员数实场进间据务还区当万与体将记从内并称价应网点说问学电没总监视调强处题两' +
  '议亿东计结门该无证统规认续费军运图设涨达导级种选显领联约张马别组职闻济责医钱线办么构岁财尔团决队给项书党频权单环华销广创' +
  '农样买标营况预确参购让论风变节乌战转获养护态盘类质头气药传银则际术诉备协离较县号难仅举亚见黄观亲带连师话专兰复众阳随响检' +
  '极严减红执势儿险罗负许卖纪违审额担终轻访镇历货属伤积义奖刘压条边龙声织换试双习热击评装乡编测卫请陈觉欧争赛苹优继维稳币罚' +
  '断辆剧郑够债贵层满补湾识坚账围尽刚远讯验独飞旧厂乐录帮络晓轮竞谈临愿伟弹岛损爱宁冲鹏纳戏辑楼签猫舰择状输孙训却虽龄厅紧讨';

/** 1: a Traditional-only character, 2: a Simplified-only one, 0: either or neither. */
const KIND = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; i++) KIND[TRADITIONAL.charCodeAt(i)] = 1;
for (let i = 0; i < SIMPLIFIED.length; i++) KIND[SIMPLIFIED.charCodeAt(i)] = 2;

export type Script = 'simplified' | 'traditional';

/** Counts of script-marking characters: `臺灣的經濟` → `{ traditional: 4, simplified: 0 }`. */
export function countScript(text: string, start = 0, end = text.length): { traditional: number; simplified: number } {
  let traditional = 0;
  let simplified = 0;
  for (let i = start; i < end; i++) {
    const k = KIND[text.charCodeAt(i)];
    if (k === 1) traditional++;
    else if (k === 2) simplified++;
  }
  return { traditional, simplified };
}

/** The script of a text: `臺灣的經濟成長` → `traditional`, `台湾的经济增长` → `simplified` (a tie is Simplified). */
export function detectScript(text: string): Script {
  const c = countScript(text);
  return c.traditional > c.simplified ? 'traditional' : 'simplified';
}

/**
 * The ranges of `text` to convert to Simplified, whole lines (a phrase never spans a line break),
 * adjacent ones merged; `[]` when no Traditional-only character occurs (a Simplified article, the
 * common case: one table lookup per character and nothing else). In a mostly Traditional article
 * every line is converted (a line of shared characters may still hold `著` or `裡`); otherwise the
 * lines holding a Traditional-only character: `据臺灣媒体报道` in a Simplified article → `台湾`, so
 * grouping sees one name. `臺北\n台湾` → `[{start: 0, end: 2}]`.
 */
export function findTraditionalRanges(text: string): { start: number; end: number }[] {
  const whole = countScript(text);
  if (whole.traditional === 0) return [];
  if (whole.traditional > whole.simplified) return [{ start: 0, end: text.length }];
  const ranges: { start: number; end: number }[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    if (countScript(text, lineStart, lineEnd).traditional > 0) {
      const last = ranges[ranges.length - 1];
      if (last && last.end + 1 === lineStart) last.end = lineEnd;
      else ranges.push({ start: lineStart, end: lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  return ranges;
}
