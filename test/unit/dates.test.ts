import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findDateExpressions, resolveDates } from '../../server/src/analysis/dates/index';
import type { DateMention, Finding, PublicationDate } from '../../server/src/analysis/types';

const pubOf = (value: string | null): PublicationDate | null => (value ? { value, source: 'image-url', span: null } : null);

/** Recognises and resolves a one-paragraph text, the way article.ts does. */
function analyze(text: string, pub: string | null): { dates: DateMention[]; findings: Finding[] } {
  return resolveDates(text, findDateExpressions(text), pubOf(pub));
}

/** [text, publication date, expression to look at (default: the first one), expected TIMEX3 value] */
type Case = [string, string, string | null, string | null];

const VALUE_CASES: Case[] = [
  // explicit, full and partial
  ['2024年4月17日', '2024-04-17', null, '2024-04-17'],
  ['二〇二四年十一月三日', '2024-04-17', null, '2024-11-03'],
  ['２０２３年１２月２９日', '2024-04-17', null, '2023-12-29'],
  ['2022年8月', '2024-04-17', null, '2022-08'],
  ['2022年', '2024-04-17', null, '2022'],
  ['2024年度', '2024-04-17', null, '2024'],
  ['二〇二三年', '2024-04-17', null, '2023'],
  ['二〇二四年一月', '2024-04-17', null, '2024-01'],
  ['2021年以来', '2024-04-17', null, '2021'],
  ['1945年（第二次世界大战结束）以来', '2024-03-31', '1945年', '1945'],
  // ranges
  ['2023年12月29日-2024年1月18日', '2024-01-05', null, '2023-12-29/2024-01-18'],
  ['2023年至2024年', '2024-04-17', null, '2023/2024'],
  ['2023至2024年', '2024-04-17', null, '2023/2024'],
  ['4月3日至4日', '2024-04-17', null, '2024-04-03/2024-04-04'],
  ['1月5日至19日', '2024-04-17', null, '2024-01-05/2024-01-19'],
  ['今年1月8日至9日', '2024-04-17', null, '2024-01-08/2024-01-09'],
  ['12月29日至1月3日', '2024-01-05', null, '2023-12-29/2024-01-03'],
  ['2月10-17日', '2024-02-20', null, '2024-02-10/2024-02-17'],
  ['去年九、十月份', '2024-03-19', null, '2023-09/2023-10'],
  ['1-2月', '2024-03-19', null, '2024-01/2024-02'],
  ['征兵时间从4月1日至7月15日，预计将有15万人应征。', '2024-03-31', null, '2024-04-01/2024-07-15'],
  ['周一至周五', '2024-04-17', null, '2024-04-15/2024-04-19'],
  // month and day without a year: the most recent past one unless the tense says future
  ['4月17日', '2024-04-17', null, '2024-04-17'],
  ['6月', '2024-03-11', null, '2023-06'],
  ['12月29日', '2024-01-05', null, '2023-12-29'],
  ['十一月三日', '2024-04-17', null, '2023-11-03'],
  ['三月二十三日', '2024-04-17', null, '2024-03-23'],
  ['十二月三十一日', '2024-04-17', null, '2023-12-31'],
  ['9月份', '2024-03-19', null, '2023-09'],
  ['3月中旬', '2024-04-17', null, '2024-03'],
  ['将于4月1日开始春季征兵', '2024-03-31', null, '2024-04-01'],
  ['5月将举行会议', '2024-04-17', null, '2024-05'],
  ['5月举行了会议', '2024-04-17', null, '2023-05'],
  ['其中包括2023年3月的行动，以及6月的行动。', '2024-03-11', '6月', '2023-06'],
  // day of month alone
  ['16日晚', '2024-04-17', null, '2024-04-16TEV'],
  ['17日', '2024-04-17', null, '2024-04-17'],
  // a day one or two after publication is this month's (issue 16); further ahead, the most recent past one
  ['18日', '2024-04-17', null, '2024-04-18'],
  ['20日', '2024-04-17', null, '2024-03-20'],
  ['31日', '2024-05-01', null, '2024-03-31'],
  ['将于20日举行', '2024-04-17', null, '2024-04-20'],
  ['将于5日举行', '2024-04-17', null, '2024-05-05'],
  ['8日', '2024-03-11', null, '2024-03-08'],
  ['5日', '2024-01-05', null, '2024-01-05'],
  ['25日', '2024-01-05', null, '2023-12-25'],
  ['3月1日，双方会晤。5日，代表团回国。', '2024-03-11', '5日', '2024-03-05'],
  // relative days
  ['今天', '2024-04-17', null, '2024-04-17'],
  ['昨日', '2024-04-17', null, '2024-04-16'],
  ['前天', '2024-04-17', null, '2024-04-15'],
  ['明天', '2024-04-17', null, '2024-04-18'],
  ['大前天', '2024-04-17', null, '2024-04-14'],
  ['后天', '2024-04-17', null, '2024-04-19'],
  ['今晨', '2024-04-17', null, '2024-04-17TMO'],
  ['昨晚', '2024-04-17', null, '2024-04-16TEV'],
  ['今日', '2024-03-01', null, '2024-03-01'],
  ['昨天', '2024-03-01', null, '2024-02-29'],
  ['2023年5月24日晚，他受伤。当晚他被送医。', '2024-03-19', '当晚', '2023-05-24TEV'],
  ['3月1日，双方会晤。次日，代表团回国。', '2024-03-11', '次日', '2024-03-02'],
  // relative months and years
  ['本月初', '2024-03-11', null, '2024-03'],
  ['上个月', '2024-01-05', null, '2023-12'],
  ['下月', '2024-12-05', null, '2025-01'],
  ['上月底', '2024-04-17', null, '2024-03'],
  ['去年12月', '2024-04-17', null, '2023-12'],
  ['去年底', '2024-04-17', null, '2023'],
  ['去年年底', '2024-03-31', null, '2023'],
  ['今年', '2024-04-17', null, '2024'],
  ['明年', '2024-04-17', null, '2025'],
  ['前年', '2024-04-17', null, '2022'],
  ['今年上半年', '2024-04-17', null, '2024-H1'],
  ['去年四季度', '2024-04-17', null, '2023-Q4'],
  ['2023年第三季度', '2024-04-17', null, '2023-Q3'],
  ['上世纪80年代', '2024-04-17', null, '1980/1989'],
  ['90年代', '2024-04-17', null, '1990/1999'],
  ['1990年代', '2024-04-17', null, '1990/1999'],
  ['20世纪60年代', '2024-04-17', null, '1960/1969'],
  ['26号那天', '2024-02-28', null, '2024-02-26'],
  ['3月5号', '2024-04-17', null, '2024-03-05'],
  ['去年9月份', '2024-03-19', null, '2023-09'],
  ['今年以来', '2024-04-17', null, '2024'],
  ['2022年发生冲突，同年11月双方会面。', '2024-04-17', '同年11月', '2022-11'],
  // `上年`: the year before the one the text speaks of, not before publication; a comparison's base, a birth year are not spoken of
  ['2022年结婚登记683万对，较上一年减少80万对', '2024-02-18', '上一年', '2021'],
  ['2022年参保人数比2021年减少1705万人，其中职工医保比上一年度增加812万人', '2024-02-05', '上一年度', '2021'],
  ['一位1999年出生的女生称，受上年村镇银行事件的影响', '2024-02-13', '上年', '2023'],
  ['净利润比上年同期增长45%', '2024-02-28', '上年', '2023'],
  ['CPI同比降幅扩大，主要是上年春节位于1月份', '2024-02-08', '1月份', '2023-01'],
  // a span of years puts no one year in focus: `上年` stays before the year spoken of before it
  ['对于2023年的亏损，公司称交付减少。2020-2022年，公司营收分别增长12%、18%和16%。公司亏损金额较上年同期大幅减少', '2024-02-01', '上年', '2022'],
  ['2023年营收增长20%。20世纪90年代公司曾多次亏损。公司净利润较上年增长', '2024-02-01', '上年', '2022'],
  // `比上月`: the month before the one the text speaks of; `上月` alone: before publication
  ['1月份，一线城市房价环比下降0.3%，降幅比上月收窄0.1个百分点', '2024-02-23', '上月', '2023-12'],
  ['2月LPR报价为3.95%，较上月下降25个基点', '2024-02-22', '上月', '2024-01'],
  ['上月底，他去了北京', '2024-02-22', '上月', '2024-01'],
  ['CPI比上月上涨0.3%', '2024-02-08', '上月', '2024-01'],
  // a rate cut or rise the markets price is ahead, even after a verb with 了; a past meeting is not
  ['美联储主席的言论浇灭了3月降息的希望', '2024-02-06', null, '2024-03'],
  ['交易员对美联储5月降息的几率降至32%', '2024-02-14', null, '2024-05'],
  ['收益率刷新了12月13日美联储议息会议以来高位', '2024-02-15', null, '2023-12-13'],
  // N ago
  ['两年前', '2024-03-31', null, '2022'],
  ['4年前', '2024-03-19', null, '2020'],
  ['十年前', '2024-04-17', null, '2014'],
  ['3个月前', '2024-04-17', null, '2024-01'],
  ['三天前', '2024-04-17', null, '2024-04-14'],
  ['半年前', '2024-04-17', null, '2023-10'],
  ['两周前', '2024-04-17', null, '2024-W14'],
  // weekdays and weeks (2024-04-17 is a Wednesday)
  ['周二', '2024-04-17', null, '2024-04-16'],
  ['星期三', '2024-04-17', null, '2024-04-17'],
  ['周四', '2024-04-17', null, '2024-04-11'],
  ['礼拜天', '2024-04-17', null, '2024-04-14'],
  ['将于周五举行', '2024-04-17', null, '2024-04-19'],
  ['上周日', '2024-03-31', null, '2024-03-24'],
  ['上周五', '2024-04-17', null, '2024-04-12'],
  ['下周一', '2024-04-17', null, '2024-04-22'],
  ['上周日', '2024-12-30', null, '2024-12-29'],
  ['上周', '2024-03-19', null, '2024-W11'],
  ['上周', '2024-01-03', null, '2023-W52'],
  ['本周', '2024-04-17', null, '2024-W16'],
  ['下周', '2024-04-17', null, '2024-W17'],
  ['上个星期', '2024-04-17', null, '2024-W15'],
  ['周末', '2024-04-17', null, '2024-W15-WE'],
  // parts of day and clock times
  ['凌晨1时30分', '2024-04-17', null, '2024-04-17T01:30'],
  ['16日晚8时', '2024-04-17', null, '2024-04-16T20:00'],
  ['17日下午3点半', '2024-04-17', null, '2024-04-17T15:30'],
  ['2023年5月24日晚', '2024-03-19', null, '2023-05-24TEV'],
  ['今天上午10时', '2024-04-17', null, '2024-04-17T10:00'],
  // seasons and holidays
  ['今年夏天', '2024-04-17', null, '2024-SU'],
  ['去年冬天', '2024-04-17', null, '2023-WI'],
  ['今夏', '2024-04-17', null, '2024-SU'],
  ['春季', '2024-03-31', null, '2024-SP'],
  ['春节', '2024-02-05', null, '2024-02-10'],
  ['今年春节', '2024-04-17', null, '2024-02-10'],
  ['2023年春节', '2024-04-17', null, '2023-01-22'],
  ['除夕', '2024-02-05', null, '2024-02-09'],
  // the future of a holiday whose break still runs is that holiday; after the break, the next one
  ['春节假期即将结束，返程高峰到来', '2024-02-16', null, '2024-02-10'],
  ['新版本将于春节后上线', '2024-08-24', null, '2025-01-29'],
  ['国庆假期将迎来返程高峰', '2024-10-05', null, '2024-10-01'],
  ['预计国庆期间客流将创新高', '2024-10-09', null, '2025-10-01'],
  ['清明节', '2024-04-17', null, '2024-04-04'],
  ['清明假期', '2023-04-10', null, '2023-04-05'],
  ['五一假期', '2024-04-17', null, '2024-05-01'],
  // without a word of the future, the last one, unless the coming one is within two months (its run-up), as a month
  // alone is read: the nearer one is not enough (sentences written for these tests)
  ['国庆节', '2024-04-17', null, '2023-10-01'],
  ['中秋节', '2024-04-17', null, '2023-09-29'],
  ['清明节，市民扫墓', '2024-10-09', null, '2024-04-04'],
  ['春节前，他回到老家', '2024-10-09', null, '2024-02-10'],
  ['端午节，粽子热销', '2024-02-05', null, '2023-06-22'],
  ['元旦假期，游客增多', '2024-12-20', null, '2025-01-01'],
  ['中秋节前，月饼热销', '2024-08-20', null, '2024-09-17'],
  // spaces set around numbers (盘古之白) read as if the text had none
  ['会议定于2024 年 3 月 8 日召开', '2024-02-20', null, '2024-03-08'],
  ['自去年 10 月起，价格持续上涨', '2024-02-20', null, '2023-10'],
  ['公司公布了 2023 年第四季度业绩', '2024-02-20', null, '2023-Q4'],
  ['上世纪 80 年代的老厂房', '2024-02-20', null, '1980/1989'],
  ['警方 19 日通报', '2024-02-20', null, '2024-02-19'],
  // vague: recognised, never given a value
  ['近日', '2024-04-17', null, null],
  ['目前', '2024-04-17', null, null],
  ['几天前', '2024-04-17', null, null],
];

test('value: `上年` after `上年` stays the year before the one in focus', () => {
  const { dates } = analyze('2023年末全省常住人口比上年减少15万人。出生人口比上年减少2万人，死亡人口比上年增加2万人。', '2024-02-24');
  assert.deepEqual(dates.map((d) => d.value), ['2023', '2022', '2022', '2022']);
});

for (const [text, pub, target, expected] of VALUE_CASES) {
  test(`value: ${text}${target ? ` [${target}]` : ''} @ ${pub} → ${expected}`, () => {
    const { dates } = analyze(text, pub);
    const d = target ? dates.find((x) => x.text.startsWith(target)) : dates[0];
    assert.ok(d, `no expression found in ${text}`);
    assert.equal(d.value, expected, d.reason);
  });
}

/** [text, expected expression texts] */
const RECOGNITION_CASES: [string, string[]][] = [
  ['中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话。', ['16日晚']],
  ['董军去年12月就任防长以来首次与奥斯汀进行视频通话', ['去年12月']],
  ['双方对2021年以来的《准则》执行情况进行评估', ['2021年以来']],
  ['无论是去年底中美元首旧金山会晤，还是近日习主席应约与拜登通话', ['去年底', '近日']],
  ['上周日（3月24日），一枚俄罗斯导弹闯入了波兰领空', ['上周日', '3月24日']],
  ['4月16日（周三）双方通话', ['4月16日（周三）']],
  ['自2024年7月1日起施行', ['2024年7月1日起']],
  // … not the verb `起` of `起床`, `起诉`: the time alone
  ['他当天6时起床跑步，然后去爬山', ['当天6时']],
  ['他于2018年起诉了这家公司', ['2018年']],
  // 事发前 is a discourse word (issue 16): it places nothing on the calendar
  ['小康在事发前一个月曾向老师反映，事发当天入院', ['当天']],
  ['凌晨1时30分，记者赶到现场', ['凌晨1时30分']],
  ['二〇二四年十一月三日', ['二〇二四年十一月三日']],
  ['今年夏天香格里拉对话会期间', ['今年夏天']],
  ['春节、清明、五一假期', ['春节', '五一假期']],
  ['清明节前后', ['清明节']],
  ['目前年轻人', ['目前']],
  // annual pay and annualized rates: no `前年`/`后年` (`年薪`, `年化`), but the year before last's fertilizer is one
  ['他的税前年薪为270万元', []],
  ['核心CPI修正后年化增幅维持在3.3%', []],
  ['前年化肥价格大涨', ['前年']],
  ['上周有北京专家来巡诊', ['上周']],
  // spaced numbers keep their spaces in the expression's text
  ['她 2019 年 6 月 3 日入职，4 月 1 日离职', ['2019 年 6 月 3 日', '4 月 1 日']],
  ['该车型 2024 款售价 18 万元', []],
  ['排名第 3 位', []],
  // … but a number of a Latin name, and `日` opening a word, stay apart (`GPT-4 月活`, `3 日本队`)
  ['GPT-4 月活跃用户数过亿', []],
  ['Windows 11 月度更新推送', []],
  ['iPhone 12 月销量回升', []],
  ['中国队 3 日本队 1', []],
  ['兑换 10 日元', []],
  // negatives: durations, numbers, names and words that only look like dates
  ['这是中美防长17个月来首次重要沟通', []],
  ['作战半径在800至1000公里', []],
  ['预计将有15万从18岁至30岁的人应征入伍', []],
  ['成立不到2个月的公司', []],
  ['自公司成立之日起五年内缴足', []],
  ['两国建交40周年纪念活动', []],
  ['这体现在以下方面', []],
  ['每周一召开例会', []],
  ['在本周期内完成', []],
  ['作出行拘5日的处罚决定', []],
  ['30日内完成整改', []],
  ['美国F-35战斗机与F-16战机', []],
  ['报料微信：ZLXWBL2023', []],
  ['政治清明，社会安定', []],
  ['乘坐地铁5号线', []],
  ['一周一次', []],
  ['相当于工人一月前的工资', []],
  ['注册资本15327322629.000000万人民币', []],
  // a count on opening a clause is a date (`两天后，`); one ending an action's or a state's span is none
  ['两天后，他离开了医院', ['两天后']],
  ['在体验了这款设备一周后，他认为它有潜力', []],
  ['两兄弟失联一周后已找到', []],
  ['亚洲天后王菲', []],
];

for (const [text, expected] of RECOGNITION_CASES) {
  test(`recognition: ${text} → ${JSON.stringify(expected)}`, () => {
    const found = findDateExpressions(text);
    assert.deepEqual(found.map((e) => e.text), expected);
    for (const e of found) assert.equal(text.slice(e.start, e.end), e.text);
  });
}

test('spans are UTF-16 indices across surrogate pairs', () => {
  const text = '𠮷𠮷去年12月👍16日晚，𠮷4月16日（周三）';
  const found = findDateExpressions(text);
  assert.deepEqual(found.map((e) => [e.text, e.start]), [['去年12月', 4], ['16日晚', 11], ['4月16日（周三）', 18]]);
  for (const e of found) assert.equal(text.slice(e.start, e.end), e.text);
  const { findings } = resolveDates(text, found, pubOf('2024-04-17'));
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].start, findings[0].end), '（周三）');
});

test('spans hold on a real paragraph with CRLF line endings and full-width punctuation', () => {
  const text = '据报道，2022年8月时任美国众议长窜台。\r\n不过在2022年11月，中美防长还是见了一面；“今年以来”\r\n';
  for (const e of findDateExpressions(text)) assert.equal(text.slice(e.start, e.end), e.text);
  assert.deepEqual(findDateExpressions(text).map((e) => e.text), ['2022年8月', '2022年11月', '今年以来']);
});

test('expressions are plain JSON data and sub-spans follow a shift of start/end', () => {
  const para = '4月16日（周三）';
  const [e] = findDateExpressions(para);
  assert.deepEqual(JSON.parse(JSON.stringify(e)), e);
  const doc = `# 标题\n\n${para}`;
  const off = doc.indexOf(para);
  const { findings } = resolveDates(doc, [{ ...e, start: e.start + off, end: e.end + off }], pubOf('2024-04-17'));
  assert.equal(doc.slice(findings[0].start, findings[0].end), '（周三）');
});

test('date.weekday-mismatch: 4月16日（周三） when April 16, 2024 was a Tuesday', () => {
  const { dates, findings } = analyze('4月16日（周三）', '2024-04-17');
  assert.equal(dates[0].value, '2024-04-16');
  assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['date.weekday-mismatch', 'warning']]);
  assert.match(findings[0].message.zh, /星期二/);
  assert.match(findings[0].message.en, /Tuesday/);
});

test('no weekday finding when the weekday is right', () => {
  assert.deepEqual(analyze('4月16日（周二）', '2024-04-17').findings, []);
  assert.deepEqual(analyze('上周日（3月24日），导弹闯入领空', '2024-03-31').findings, []);
});

test('date.weekday-mismatch on a weekday followed by a bracketed date', () => {
  const { findings } = analyze('上周日（3月23日），导弹闯入领空', '2024-03-31');
  assert.deepEqual(findings.map((f) => f.code), ['date.weekday-mismatch']);
});

test('date.unresolved: a relative expression without a publication date', () => {
  const { dates, findings } = analyze('去年12月，他就任防长', null);
  assert.equal(dates[0].value, null);
  assert.equal(dates[0].relative, true);
  assert.deepEqual(findings.map((f) => [f.code, f.severity, f.start, f.end]), [['date.unresolved', 'information', 0, 5]]);
  assert.deepEqual(analyze('2022年8月，他访问台湾', null).findings, []);
});

test('date.future: a past-tense sentence dated after publication', () => {
  assert.deepEqual(analyze('2024年12月1日，双方举行了会谈。', '2024-04-17').findings.map((f) => f.code), ['date.future']);
  assert.deepEqual(analyze('2024年12月1日，双方将举行会谈。', '2024-04-17').findings, []);
  assert.deepEqual(analyze('新修订的公司法自2024年7月1日起施行。', '2024-01-05').findings, []);
});

test('mentions carry weekday names, the relative flag and a reason', () => {
  const [d] = analyze('周二的通话', '2024-04-17').dates;
  assert.deepEqual(d.weekday, { en: 'Tuesday', zh: '星期二' });
  const [y] = analyze('去年', '2024-04-17').dates;
  assert.equal(y.relative, true);
  assert.match(y.reason, /^去年 = 2023.*relative to 2024-04-17 \(image URL\)/);
  const [x] = analyze('2022年8月', '2024-04-17').dates;
  assert.equal(x.relative, false);
  assert.equal(x.weekday, null);
});

test('vague expressions are marked vague, not guessed', () => {
  for (const w of ['近日', '目前', '近期', '最近', '此前', '当时']) {
    const [d] = analyze(`${w}，双方保持沟通`, '2024-04-17').dates;
    assert.deepEqual([d.text, d.vague, d.value], [w, true, null]);
  }
});

test('spaced numbers: spans and the weekday check are placed in the written text', () => {
  const text = '截至 2024 年 2 月 15 日（周三），共 3 批';
  const { dates, findings } = analyze(text, '2024-02-20');
  assert.equal(dates.length, 1);
  assert.equal(text.slice(dates[0].start, dates[0].end), '2024 年 2 月 15 日（周三）');
  assert.equal(dates[0].value, '2024-02-15');
  const mismatch = findings.find((f) => f.code === 'date.weekday-mismatch');
  assert.ok(mismatch);
  assert.equal(text.slice(mismatch.start, mismatch.end), '（周三）');
});
