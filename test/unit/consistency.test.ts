// consistency.number-mismatch (issue 18): the same quantity stated two ways in one article, found
// through the whole analysis; conservative, so most of the table is what must NOT be flagged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article';
import { findNumberMismatches } from '../../server/src/analysis/claims/index';
import type { Finding } from '../../server/src/analysis/types';
import { loadSegmenter } from '../helpers/segmenter';

const segment = loadSegmenter();

/** Ages against a year of birth need a publication date: the cases are published on 2024-02-26. */
function mismatches(text: string): Finding[] {
  const a = analyzeArticle(text, { segment, publicationDate: '2024-02-26' });
  const found = a.findings.filter((f) => f.code === 'consistency.number-mismatch');
  assert.deepEqual(found, findNumberMismatches(text, a.title, a.claims, { mentions: a.mentions, published: a.publicationDate?.value }));
  return found;
}

/** [article, [the flagged text, the related texts, the English message]] (null: nothing flagged) */
const CASES: [string, [string, string[], string] | null][] = [
  ['# 智利山火已致51死\n\n据通报，山火已造成46人死亡。', ['51死', ['46人'], 'The death toll differs: the title says “51死”, the body “46人死亡”']],
  ['# 𠮷林一车祸致3人受伤\r\n\r\n警方称，事故造成5人受伤，无人死亡。', ['3人', ['5人'], 'The number injured differs: the title says “3人受伤”, the body “5人受伤”']],
  ['# 印度工厂爆炸死亡人数升至15人\n\n爆炸已造成12人死亡。', ['15人', ['12人'], 'The death toll differs: the title says “15人”, the body “12人死亡”']],
  ['# 62岁男子张某被判刑\n\n法院查明，61岁男子张某于去年持刀伤人。', ['62岁', ['61岁'], 'The age differs: the title says “62岁”, the body “61岁”']],
  ['该事故共造成3人受伤，其中2人重伤、2人轻伤。', ['3人', ['2人', '2人'], 'The parts add up to 4, more than the total “3人”']],
  ['该校共有学生300名。其中男生180名，女生150名。', ['300名', ['180名', '150名'], 'The parts add up to 330, more than the total “300名”']],
  ['王建国（46岁）是该厂的老员工。记者见到王建国时，王建国今年48岁，仍在车间工作。', ['48岁', ['46岁'], 'The age differs: “46岁” and “48岁”'.replace('The age', '王建国\'s age')]],
  // the title's change against the body's, for one subject (a longer name ending in the title's is the same subject)
  ['# A股三大指数收涨，深证成指涨逾1%\n\n今日沪指涨0.5%，深证成指跌1.2%。', ['1%', ['1.2%'], '深证成指 moves the other way: the title says “深证成指涨逾1%”, the body “深证成指跌1.2%”']],
  ['# 恒生指数涨0.6%，科技股走强\r\n\r\n港股恒生指数跌0.6%，报16000点。', ['0.6%', ['0.6%'], '恒生指数 moves the other way: the title says “恒生指数涨0.6%”, the body “港股恒生指数跌0.6%”']],
  // an age against the year of birth (published 2024: born 1970 → 53 or 54)
  ['王建国，男，汉族，1970年8月出生，今年51岁，江苏人。', ['51岁', ['1970年'], '王建国\'s age does not match the year of birth: born in 1970, 53 or 54 at publication, but the text says “51岁”']],
  ['1980年出生的李明华今年40岁，是𠮷林人。', ['40岁', ['1980年'], '李明华\'s age does not match the year of birth: born in 1980, 43 or 44 at publication, but the text says “40岁”']],
  ['王建国，生于1995年，32岁，退伍军人。', ['32岁', ['1995年'], '王建国\'s age does not match the year of birth: born in 1995, 28 or 29 at publication, but the text says “32岁”']],
  // a person's age in the title, the name right after it
  ['# 36岁王建国再夺冠军\n\n赛后，王建国（38岁）表示还会继续比赛。', ['38岁', ['36岁'], '王建国\'s age differs: “36岁” and “38岁”']],
  // agreeing, or not the same quantity
  ['# 山火已致51死\n\n山火已造成至少51人死亡。', null],
  ['# 山火已致超50人死亡\n\n山火已造成51人死亡。', null],
  ['# 事故致4人死亡\n\n事故中3人当场死亡，1人送医后死亡。', null],
  ['# 门诊部伤人事件致1人死亡、2人受伤\n\n案件共造成3人受伤，其中1人经救治无效后死亡，其余2人暂无生命危险。', null],
  ['# 火灾致10人死亡\n\n截至发稿，此前已有8人死亡。', null],
  ['# 火灾致3名中国人遇难\n\n火灾共造成4人死亡。', null],
  ['# 78岁娃哈哈退休职工：命运因宗庆后改变\n\n2月25日，79岁的娃哈哈集团创始人宗庆后因病逝世。', null],
  ['共有15人遇难，其中2名儿童。', null],
  ['共接待游客300万人次，其中外地游客200万人次，同比增加150万人次。', null],
  ['共检查企业300家，其中约200家存在问题，另有150家正在整改。', null],
  ['王建国（46岁）是该厂工人。2010年，30岁的王建国进厂。', null],
  ['王建国（46岁）是该厂工人。王建国当时30岁，刚刚进厂。', null],
  ['王建国（46岁）与李明华（30岁）是同事。', null],
  ['# 恒生指数收涨1%\n\n恒生指数低开0.5%，随后恒生指数翻红。', null],
  ['# 营收同比增长9%\n\n净利润同比下降3%。', null],
  ['# 港股恒生指数涨1.2%\n\n恒生指数涨1.22%，报16500点。', null],
  ['# 恒生科技指数涨2%\n\n恒生指数跌0.3%。', null],
  ['王建国出生于1963年，今年61岁。', null],
  ['王建国，1963年生，今年60岁。', null],
  ['李明华（1930年生）享年91岁。', null],
  ['王建国生于1970年。2000年，30岁的王建国进厂。', null],
  ['王建国，1970年出生。当时20岁的王建国还在读书。', null],
];

for (const [text, want] of CASES) {
  test(`number-mismatch: ${text.replace(/\s+/g, ' ').slice(0, 30)}`, () => {
    const found = mismatches(text);
    if (!want) return assert.deepEqual(found.map((f) => f.message.en), []);
    assert.equal(found.length, 1, found.map((f) => f.message.en).join(' / '));
    const [f] = found;
    assert.equal(f.severity, 'warning');
    assert.equal(text.slice(f.start, f.end), want[0]);
    assert.deepEqual(f.related!.map((r) => text.slice(r.start, r.end)), want[1]);
    assert.equal(f.message.en, want[2]);
    assert.ok(/[\u4e00-\u9fff]/.test(f.message.zh) && f.related!.every((r) => r.message.zh && r.message.en));
  });
}

test('a mismatch is one of the analysis findings, in position order with the others', () => {
  const text = '# 山火已致51死\n\n有网友认为，山火已造成46人死亡。他说：“没有结尾';
  const { findings } = analyzeArticle(text, { segment });
  assert.ok(findings.some((f) => f.code === 'consistency.number-mismatch'));
  assert.ok(findings.every((f, i) => i === 0 || findings[i - 1].start <= f.start));
});
