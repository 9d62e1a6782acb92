/**
 * The last check of a speaker string (`quotes/speakerCheck.ts`): a speaker that runs past a name is cut
 * back to it, one naming no one is dropped, and names, roles and bodies stay. Every sentence is written
 * for the test; the segmenter's reading is given by hand, so each case says what decides it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSpeakers } from '../../server/src/analysis/quotes/speakerCheck';
import { wordReader, type ReadWord, type WordReading } from '../../server/src/analysis/quotes/wordReading';
import type { EntityMention, Quote } from '../../server/src/analysis/types';

/** A quote after `text` whose speaker is `speaker` (found in `text`), with mentions of `names`. */
function check(text: string, speaker: string, names: [string, EntityMention['type']][], readings: Record<string, WordReading> = {}, via = 'verb-before'): string | null {
  const at = text.indexOf(speaker);
  assert.ok(at >= 0, `${speaker} is not in ${text}`);
  const doc = `${text}“今年的订单比去年少了一半。”`;
  const q: Quote = { start: text.length, end: doc.length, text: '今年的订单比去年少了一半。', inner: { start: text.length + 1, end: doc.length - 1 }, mark: '“', kind: 'speech', speaker, speakerSpan: { start: at, end: at + speaker.length }, speakerVia: via } as Quote;
  const mentions: EntityMention[] = [];
  // a name written `罗振宇@1` is a mention at its first place only
  for (const [name, type] of names) {
    const [n, once] = name.split('@');
    for (let i = doc.indexOf(n); i >= 0; i = once ? -1 : doc.indexOf(n, i + 1)) mentions.push({ start: i, end: i + n.length, text: n, type, entityId: n, rule: 'test' } as EntityMention);
  }
  mentions.sort((a, b) => a.start - b.start);
  const read: ReadWord = (w) => readings[w] ?? 'unknown';
  const [out] = checkSpeakers(doc, [q], mentions, read);
  if (out.speaker) assert.equal(doc.slice(out.speakerSpan!.start, out.speakerSpan!.end), out.speaker, 'the span holds the speaker');
  return out.speaker;
}

const P = (n: string): [string, EntityMention['type']] => [n, 'person'];
const O = (n: string): [string, EntityMention['type']] => [n, 'organization'];

/** [text before the quote, speaker the rules read, mentions, the segmenter's readings, speaker after the check] */
const CASES: [string, string, [string, EntityMention['type']][], Record<string, WordReading>, string | null][] = [
  // someone's parent, then their name: the name (a mention, a Chinese name or a surname with an address)
  ['得益于此，乐乐成为少数用上药的患者。乐乐妈妈罗秀英表示：', '乐乐妈妈罗秀英', [P('乐乐'), P('罗秀英')], {}, '罗秀英'],
  ['男孩父亲罗先生说：', '男孩父亲罗先生', [], {}, '罗先生'],
  // a friend or spouse, then their name: the name; someone's unnamed kin: no speaker (an unnamed person of no body)
  ['歌手王伦的好友米岚也出来解释说：', '王伦的好友米岚', [P('王伦'), P('米岚')], {}, '米岚'],
  ['陈先生的妻子表示：', '陈先生的妻子', [P('陈先生')], {}, null],
  // a body's directors speak for it
  ['蓝海公司的董事们在证词中表示：', '蓝海公司的董事们', [O('蓝海公司')], {}, '蓝海公司'],
  // a name, then words that are not a name's: cut back to the name
  ['在一篇帖子中，罗振宇充满激情地写道：', '罗振宇充满', [P('罗振宇')], {}, '罗振宇'],
  ['他不但没有反思，反而张志远自认为：', '张志远自', [P('张志远')], {}, '张志远'],
  ['北辰物流股价大跌后，北辰物流随即表示：', '北辰物流随即', [O('北辰物流')], {}, '北辰物流'],
  ['乌克兰总统罗平同日在基辅表示：', '罗平同日', [P('罗平')], {}, '罗平'],
  // … not a place that opens a phrase naming someone of it
  ['河西一高三女生称：', '河西一高三女生', [['河西', 'place']], {}, '河西一高三女生'],
  // … but a place followed only by an adverb or a time is the place speaking (`方面` kept)
  ['巴拉兹表示，匈牙利一贯认为：', '匈牙利一贯', [['匈牙利', 'place']], {}, '匈牙利'],
  ['然而以色列方面却表态称：', '以色列方面却', [['以色列', 'place']], {}, '以色列方面'],
  ['Grant补充说：', 'Grant补充', [], {}, 'Grant'],
  // … a name the article gives elsewhere, not as a mention here
  ['罗振宇来了。会上罗振宇笑着说：', '罗振宇笑着', [P('罗振宇@1')], {}, '罗振宇'],
  // … and nothing to cut back to: no speaker
  ['会上罗振宇笑着说：', '罗振宇笑着', [], {}, null],
  // an unnamed member of staff after their body's name: the body
  ['北辰物流员工告诉记者：', '北辰物流员工', [O('北辰物流')], {}, '北辰物流'],
  ['北辰物流的一位发言人表示：', '北辰物流的一位发言人', [O('北辰物流')], {}, '北辰物流'],
  // someone's unnamed kin is an unnamed person of no body: no speaker
  ['乐乐的二姑告诉记者：', '乐乐的二姑', [P('乐乐')], {}, null],
  // a body and `方面` is the body itself
  ['欧盟方面表示：', '欧盟方面', [O('欧盟')], {}, '欧盟'],
  // … and a body or a person followed by what names someone else stays whole
  ['河西区业内人士罗平告诉记者：', '河西区业内人士罗平', [O('河西区')], {}, '河西区业内人士罗平'],
  // … nor one character more, a name the mention cut short
  ['钟睒睒说：', '钟睒睒', [P('钟睒')], {}, '钟睒睒'],
  // the one named inside a clause taken whole
  ['正如经济学家所说，如罗平所言：', '如罗平所言', [P('罗平')], {}, '罗平'],
  // no mention: a name shape the segmenter does not know stays, a word of the language goes
  ['武立中说：', '武立中', [], { 武立中: 'unknown' }, '武立中'],
  ['常言道：', '常言', [], { 常言: 'noun' }, null],
  // transliteration characters spell words too: one the segmenter reads as a common noun names no one, a name it reads as one stays
  ['他达不到学校基本要求：', '基本', [], { 基本: 'noun' }, null],
  ['雷蒙多要求：', '雷蒙多', [], { 雷蒙多: 'unknown' }, '雷蒙多'],
  ['安娜要求：', '安娜', [], { 安娜: 'proper' }, '安娜'],
  ['他平静地说：', '平静地', [], { 平静地: 'common' }, null],
  ['结果校领导听完说：', '结果校领导听完', [], {}, null],
  // … after a title even a noun is a name (a pen name), but not an adjective
  ['影视领域的编剧文心说：', '文心', [], { 文心: 'noun' }, '文心'],
  ['文心说：', '文心', [], { 文心: 'noun' }, null],
  ['总书记深刻指出：', '深刻', [], { 深刻: 'common' }, null],
  // withheld names, forms of address, proper nouns, roles and bodies stay
  ['董某表示：', '董某', [], {}, '董某'],
  ['S先生说：', 'S先生', [], {}, 'S先生'],
  ['哈尔滨市表示：', '哈尔滨市', [], { 哈尔滨市: 'proper' }, '哈尔滨市'],
  ['制衣厂老板波姐说：', '制衣厂老板波姐', [], {}, '制衣厂老板波姐'],
  ['两大农业工会表示：', '两大农业工会', [], {}, '两大农业工会'],
  // a person described before their name (`的`, a crowd or role word, a place) is the name; not a list of two
  ['江城市民周晓雯说', '江城市民周晓雯', [P('周晓雯')], {}, '周晓雯'],
  ['80岁的周晓雯说', '80岁的周晓雯', [P('周晓雯')], {}, '周晓雯'],
  ['湖南永州周先生说', '湖南永州周先生', [['湖南', 'place'], ['永州', 'place'], P('周先生')], {}, '周先生'],
  ['来自江城的关先生说', '来自江城的关先生', [], {}, '关先生'],
  ['周晓雯和林海涛说', '周晓雯和林海涛', [P('周晓雯'), P('林海涛')], {}, '周晓雯和林海涛'],
  // a title or trade the segmenter reads as one common noun, before a person or a body of three characters or more: that one
  ['欧洲央行理事施耐德周一发表讲话称：', '欧洲央行理事施耐德', [O('欧洲央行'), P('施耐德')], { 理事: 'noun' }, '施耐德'],
  ['王明的堂哥王强告诉记者：', '王明的堂哥王强', [P('王明'), P('王强')], { 堂哥: 'noun' }, '王强'],
  ['该飞机生产商波音公司表示：', '该飞机生产商波音公司', [O('波音公司')], { 生产商: 'noun' }, '波音公司'],
  // … not a place before a body (its name's own part), a body of two characters, a list, or a word read otherwise
  ['河北省消防救援总队表示：', '河北省消防救援总队', [['河北省', 'place'], O('消防救援总队')], { 北省: 'unknown' }, '河北省消防救援总队'],
  ['阳光小区物管表示：', '阳光小区物管', [O('物管')], { 小区: 'noun' }, '阳光小区物管'],
  ['文雅婷表示：', '文雅婷', [P('雅婷')], {}, '文雅婷'],
  // staff counted of a body described by kind words alone (forty-fifth round): someone unnamed; a body the entity analysis
  // found, one read otherwise, or one not counted stays
  ['一位证券营业部负责人表示：', '证券营业部', [], { 证券营业部: 'kinds' }, null],
  ['另一位大型钢铁集团的员工说：', '大型钢铁集团', [], { 大型钢铁集团: 'kinds' }, null],
  ['一位江城钢铁集团负责人表示：', '江城钢铁集团', [O('江城钢铁集团')], { 江城钢铁集团: 'kinds' }, '江城钢铁集团'],
  ['一位江城钢铁集团负责人表示：', '江城钢铁集团', [], { 江城钢铁集团: 'unknown' }, '江城钢铁集团'],
  ['证券营业部负责人表示：', '证券营业部', [], { 证券营业部: 'kinds' }, '证券营业部'],
];

for (const [text, speaker, names, readings, want] of CASES) {
  test(`speaker check: ${speaker} → ${want}`, () => assert.equal(check(text, speaker, names, readings), want));
}

test('speaker check: a speaker from a role rule is checked only for a body and its staff', () => {
  assert.equal(check('结果校领导听完说：', '结果校领导听完', [], {}, 'role'), '结果校领导听完');
  assert.equal(check('北辰物流员工告诉记者：', '北辰物流员工', [O('北辰物流')], {}, 'role'), '北辰物流');
  assert.equal(check('北辰物流老用户表示：', '北辰物流老用户', [O('北辰物流')], {}, 'role'), '北辰物流老用户');
  assert.equal(check('北辰物流员工告诉记者：', '北辰物流员工', [O('北辰物流')], {}, 'media'), '北辰物流员工');
  // an unnamed unit or line of business of the body (its staff's words read as the body's): the body
  assert.equal(check('江城市中心医院相关科室负责人表示：', '江城市中心医院相关科室', [O('江城市中心医院')], {}, 'role'), '江城市中心医院');
  assert.equal(check('清泉饮料市场销售相关工作人员说：', '清泉饮料市场销售', [O('清泉饮料')], {}, 'role'), '清泉饮料');
  assert.equal(check('江城区法院承办法官提醒：', '江城区法院承办', [O('江城区法院')], {}, 'role'), '江城区法院');
  // a unit with a name of its own stays
  assert.equal(check('北辰物流华东大区负责人说：', '北辰物流华东大区', [O('北辰物流')], {}, 'role'), '北辰物流华东大区');
});

test('speaker check: an outlet rule\'s speaker is checked only when it names no outlet', () => {
  // words an outlet rule took that name no outlet and no one the entity analysis found: no speaker
  assert.equal(check('各大媒体连日报道这一采访，显得极为关注，但报道称：', '显得极为关注', [], { 显得极为关注: 'common' }, 'media'), null);
  // an outlet's name in title marks, one shaped like an outlet's, or one the entity analysis found, stays as it is
  assert.equal(check('美国杂志《外交事务》的评论称：', '外交事务', [], { 外交事务: 'common' }, 'media'), '外交事务');
  assert.equal(check('据德新社报道称：', '德新社', [], { 德新社: 'common' }, 'media'), '德新社');
  assert.equal(check('俄罗斯卫星通讯社发文称：', '俄罗斯卫星', [O('俄罗斯卫星')], { 俄罗斯卫星: 'common' }, 'media'), '俄罗斯卫星');
});

test('speaker check: a list with nothing to change is returned as it is', () => {
  const q = { start: 5, end: 9, text: '好', inner: { start: 6, end: 7 }, mark: '“', kind: 'speech', speaker: '罗平', speakerSpan: { start: 0, end: 2 }, speakerVia: 'verb-before' } as Quote;
  const quotes = [q];
  assert.equal(checkSpeakers('罗平说：“好”', quotes, [{ start: 0, end: 2, text: '罗平', type: 'person', entityId: 'e', rule: 'test' } as EntityMention]), quotes);
});

/** [segmenter tokens, reading] */
const READINGS: [[string, string][], WordReading][] = [
  [[['哈尔滨市', 'ns']], 'proper'],
  [[['淘宝', 'nz']], 'proper'],
  [[['来源', 'n']], 'noun'],
  [[['唐朝', 't']], 'common'],
  [[['平静', 'a'], ['地', 'uv']], 'common'],
  [[['出来', 'v'], ['后', 'f']], 'common'],
  [[['觉得', 'v'], ['他', 'r']], 'common'],
  [[['武立', 'x'], ['中', 'f']], 'unknown'],
  [[['券商', 'n'], ['营业部', 'n']], 'kinds'],
  [[['大型', 'b'], ['花炮', 'n'], ['集团', 'n']], 'kinds'],
  [[['江城', 'ns'], ['集团', 'n']], 'unknown'],
  [[['王涛', 'x']], 'unknown'],
];

test('speaker check: the segmenter read as proper, noun, common, kinds or unknown', () => {
  for (const [tokens, want] of READINGS) {
    const word = tokens.map((t) => t[0]).join('');
    const read = wordReader(() => tokens.map(([w, tag]) => ({ word: w, tag })));
    assert.equal(read(word), want, word);
  }
});
