import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBlocks } from '../../server/src/analysis/structure';
import { findQuotes } from '../../server/src/analysis/quotes/index';
import type { EntityMention, Quote } from '../../server/src/analysis/types';

function run(text: string, mentions: EntityMention[] = []) {
  const blocks = findBlocks(text).filter((b) => b.kind !== 'image');
  const r = findQuotes(text, blocks, mentions);
  for (const q of r.quotes) {
    // the closing mark, or none when the quotation runs unclosed to its paragraph's end
    assert.ok(q.end - q.inner.end <= 1, 'one closing mark at most');
    assert.equal(text.slice(q.start, q.end), q.mark + q.text + text.slice(q.inner.end, q.end), 'quote span');
    assert.equal(text.slice(q.inner.start, q.inner.end), q.text, 'inner span');
    if (q.speakerSpan) assert.ok(text.slice(q.speakerSpan.start, q.speakerSpan.end).includes(q.speaker!.replace(/（.*?）/g, '').slice(0, 2)) || q.speakerVia === 'pronoun' || q.speakerVia === 'carried', `speaker span of ${q.speaker}`);
  }
  for (const f of r.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, 'finding span');
  return r;
}

const one = (text: string, head: string): Quote => {
  const q = run(text).quotes.find((x) => x.text.startsWith(head));
  assert.ok(q, `no quote starting ${head}`);
  return q;
};

test('verb before with colon: speaker is the name after the title', () => {
  const q = one('华盛顿中美研究所高级研究员苏拉布·古普塔表示：“我完全期待中美防长举行面对面会晤。”', '我完全');
  assert.deepEqual([q.kind, q.speaker, q.speakerVia], ['speech', '苏拉布·古普塔', 'verb-before']);
});

test('verb before with a content clause between verb and quote', () => {
  const q = one('李先生称，他是当地的一名医生，还是区政协委员，“要不是孩子伤的位置特殊，我不会追究。”', '要不是');
  assert.equal(q.speaker, '李先生');
});

test('date and preposition phrases end the subject', () => {
  const q = one('中国军事专家傅前哨10日对《环球时报》记者表示，“从表面上看，美军此举似乎构成威胁。”', '从表面');
  assert.equal(q.speaker, '傅前哨');
});

test('verb after the quote', () => {
  const q = one('“这场恐袭还有很多未解之秘，俄乌冲突可能有升级风险。”霍恩卡斯尔说。', '这场恐袭');
  assert.deepEqual([q.speaker, q.speakerVia], ['霍恩卡斯尔', 'verb-after']);
});

test('pronoun resolves to the last speaker', () => {
  const r = run('图斯克警告称，“我们还有很长的路要走”。其强调称，为乌克兰购买武器装备，“未来两年将决定一切。”');
  const q = r.quotes.find((x) => x.text.startsWith('未来'))!;
  assert.deepEqual([q.speaker, q.speakerVia], ['图斯克', 'pronoun']);
});

test('follow-on quote in the paragraph is carried', () => {
  const r = run('傅前哨10日对记者表示，美国旨在围堵中国。“从表面上看美军此举似乎构成威胁，但实质上是政治作秀。”');
  const q = r.quotes[0];
  assert.deepEqual([q.kind, q.speaker, q.speakerVia], ['speech', '傅前哨', 'carried']);
});

test('an unnamed person of no named body is no speaker (the guideline gives []); the quote is sourced, not unattributed', () => {
  const text = '一名匿名美国高级国防官员表示，两国防长通话是保持沟通渠道畅通的“重要一步”。';
  const q = one(text, '重要一步');
  assert.deepEqual([q.kind, q.speaker], ['speech', null]);
  const r = run(text);
  assert.ok(!r.findings.some((f) => f.code === 'quote.unattributed'));
  assert.ok(r.findings.some((f) => f.code === 'source.anonymous'));
  // … and no speaker is carried to it from before
  const after = run('周建国说：“项目已经验收。”\n\n“这座桥至少还能用五十年，质量没有问题。”一位建筑行业资深人士表示。');
  assert.equal(after.quotes[1].speaker, null);
});

test('media as speaker: 据…报道 and 《…》报道称', () => {
  assert.equal(one('据路透社报道，一名官员称这一决定“完全出于安全考虑，不针对任何国家”。', '完全').speaker, null);
  const q = one('美国《新闻周刊》8日报道称，“这是美国与第一岛链沿线国家加强防务接触的又一里程碑。”', '这是美国');
  assert.deepEqual([q.speaker, q.speakerVia], ['新闻周刊', 'media']);
});

test('colon on the next line takes the speaker of the line before', () => {
  const text = '此外，波兰总理图斯克3月29日在接受采访时警告称，**欧洲已经处于“战前时代”**\n：“我知道这听起来很恐怖。但是我们需要接受现实。”';
  const q = run(text).quotes.find((x) => x.text.startsWith('我知道'))!;
  assert.equal(q.speaker, '图斯克');
});

test('terms: names, scare quotes and labels are not speech', () => {
  const r = run('中国人民解放军对于一切“台独”分裂活动，决不会听之任之。奥斯汀重申美国的“一中政策”。有网友称这家公司为“宇宙集团”。');
  assert.deepEqual(r.quotes.map((q) => q.kind), ['term', 'term', 'term']);
  assert.equal(r.findings.filter((f) => f.code === 'quote.unattributed').length, 0);
});

test('a few words woven into a sentence are no unattributed quotation; a sentence, words after a speech verb or a colon still are', () => {
  const text = '消息一出，多国纷纷表示哀悼，并急着作出“有罪推论”。企业一方认为，原因在于政府方“不作为”。她惊讶地说“我记得”。他后来写道：“走了”。¶“这次真的不一样了。”'.replace('¶', '\n\n');
  const r = run(text);
  const flagged = r.findings.filter((f) => f.code === 'quote.unattributed').map((f) => text.slice(f.start + 1, f.end - 1));
  assert.deepEqual(flagged, ['我记得', '走了', '这次真的不一样了。']);
});

test('a plural or document subject is no speaker, and the quote is flagged', () => {
  const r = run('李先生提供的材料中，多份诊断报告称“双侧睾丸损伤，建议卧床静养”。');
  assert.deepEqual([r.quotes[0].kind, r.quotes[0].speaker], ['speech', null]);
  const f = r.findings.find((x) => x.code === 'quote.unattributed')!;
  assert.equal(f.start, r.quotes[0].start);
  assert.ok(f.message.zh && f.message.en);
});

test('nested quotes and 「」『』 marks', () => {
  const r = run('他说：「我们已经进入了『战前时代』。」');
  assert.deepEqual(r.quotes.map((q) => [q.mark, q.text]), [['「', '我们已经进入了『战前时代』。'], ['『', '战前时代']]);
  assert.equal(r.quotes[1].kind, 'term');
});

test('a quote over several paragraphs', () => {
  const text = '他说：“第一段话没有结束，\n\n“第二段接着说完。”\n\n下一段。';
  const r = run(text);
  assert.equal(r.quotes.length, 1);
  assert.equal(r.quotes[0].end, text.indexOf('”') + 1);
  assert.equal(r.findings.filter((f) => f.code === 'quote.unbalanced').length, 0);
});

test('surrogate pairs and CRLF keep spans exact', () => {
  const text = '# 标题\r\n\r\n𠮷田先生表示：“👍这是好事。”\r\n\r\n“我们还要努力，做得更好。”𠮷田先生说。\r\n';
  const r = run(text);
  assert.equal(r.quotes.length, 2);
  assert.equal(r.quotes[0].text, '👍这是好事。');
  assert.deepEqual([r.quotes[1].speaker, r.quotes[1].speakerVia], ['𠮷田先生', 'verb-after']);
  assert.equal(r.quotes[0].speaker, '𠮷田先生');
  assert.equal(text.slice(r.quotes[1].speakerSpan!.start, r.quotes[1].speakerSpan!.end), r.quotes[1].speaker);
});

test('an unclosed mark is reported where it opens, with the paragraph end as the latest closing place; its words are still a quote', () => {
  const text = '他说：“我们会继续努力。\n\n下一段。';
  const r = run(text);
  const f = r.findings.find((x) => x.code === 'quote.unbalanced')!;
  assert.equal(text.slice(f.start, f.end), '“');
  assert.equal(f.severity, 'error');
  assert.equal(f.related![0].start, text.indexOf('\n'));
  assert.deepEqual(r.quotes.map((q) => [q.text, text.slice(q.start, q.end)]), [['我们会继续努力。', '“我们会继续努力。']]);
});

/** [text, the quote read from an unclosed mark, or null] (sentences written for these rules) */
const UNCLOSED: [string, string | null][] = [
  // the closing mark left out, or written the wrong way round, at the end of the paragraph
  ['赵立新补充道：“我们的心与你们同在。\n\n外交部发表声明。', '我们的心与你们同在。'],
  ['有券商人士表示：“客户已经接到通知。现在当天卖出后不能买回了。“\n\n记者随后联系了券商。', '客户已经接到通知。现在当天卖出后不能买回了。'],
  ['**这次调整让他倍感庆幸，“这下可以放心了。**', '这下可以放心了。'],
  // not words of no sentence's end, a mark after a word (a term written with two opening marks), nor too few words
  ['他说：“我们会继续努力\n\n下一段。', null],
  ['当事人还不知道自己的辞职信“火了，她正忙着打包行李。', null],
  ['国民党”立委“牛煦庭说，事件演变成这样实属不智。', null],
  ['他说：“好。', null],
];
for (const [text, want] of UNCLOSED) {
  test(`unclosed quotation: ${text.slice(0, 14)}… → ${want}`, () => {
    const r = run(text);
    assert.ok(r.findings.some((x) => x.code === 'quote.unbalanced'));
    assert.deepEqual(r.quotes.map((q) => q.text).filter((t) => t.length > 3), want === null ? [] : [want]);
  });
}

test('a stray closing mark and an unclosed book-title mark', () => {
  const text = '他说这是好事”。双方对《中美海空相遇安全行为准则执行情况进行评估。';
  const r = run(text);
  const marks = r.findings.filter((x) => x.code === 'quote.unbalanced').map((f) => text.slice(f.start, f.end));
  assert.deepEqual(marks, ['”', '《']);
});

test('apostrophes in Latin names are not quote marks', () => {
  const r = run('美国众议员O’Neill表示，这是好事。');
  assert.equal(r.findings.filter((x) => x.code === 'quote.unbalanced').length, 0);
});

test('primes in times and lengths (`4’25”`, `13”1`) are not quote marks; a quote ending in a number still closes', () => {
  const r = run('中长跑男1000m≦4’25”、女800m≦4’20”为达标标准，折返跑男≦13”1为达标。他说：“我的号码是110”。');
  assert.equal(r.findings.filter((x) => x.code === 'quote.unbalanced').length, 0);
  assert.deepEqual(r.quotes.map((q) => q.text), ['我的号码是110']);
});

test('a name after 的 in a long phrase, and an unnamed person after the quote', () => {
  assert.equal(one('新任阿里巴巴集团CEO的吴泳铭也表态，“无论过去的商业模式有多成功，都必须翻篇归零。”', '无论').speaker, '吴泳铭');
  // an unnamed shop owner of no named body: no speaker (the guideline's `[]`), but a source, so not unattributed
  const text = '“开一家金店要成百上千万，不挣钱谁信？”湖南某县城金店老板表示，但利润越来越低。';
  const q = one(text, '开一家');
  assert.deepEqual([q.speaker, q.speakerVia], [null, null]);
  assert.ok(!run(text).findings.some((f) => f.code === 'quote.unattributed'));
});

test('a personal pronoun skips outlets; a clause fragment is no speaker', () => {
  const text = '据路透社报道，美国官员约翰逊表示欢迎。路透社称，“谈判取得了真正的进展，但仍有分歧。”这名官员说，“我们会继续努力，争取达成协议。”';
  const at = text.indexOf('约翰逊');
  const r = run(text, [{ start: at, end: at + 3, text: '约翰逊', type: 'person', entityId: 'e0', rule: 'test' } as EntityMention]);
  assert.deepEqual(r.quotes.map((q) => q.speaker), ['路透社', '约翰逊']);
  // … and a clause fragment taken for a subject is no referent of `她`
  const frag = run('家长根据传统观念认为“女孩子读书没什么用，早点嫁人才好”。她说：“我偏不信这个。”');
  assert.notEqual(frag.quotes[1].speaker, '家长根据传统观念');
  const s = run('韩国是唯一一个说“我们会坚持到底，绝不放弃。”的国家。');
  assert.equal(s.quotes[0].speaker, null);
});

/** Speech or term by the surroundings: [text, quote head, kind] (sentences written for these rules). */
const KINDS: [string, string, 'speech' | 'term'][] = [
  // someone's own words: a first-person pronoun inside
  ['刘晓燕也受到感染，“我跟她在一起也吃了七八个”。', '我跟她在', 'speech'],
  // a whole clause closing the sentence after a comma
  ['这座城市的工作机会越来越饱和，“找工作是千军万马过独木桥”。', '找工作是', 'speech'],
  // … but not a label, a short term, or a name inside a noun phrase
  ['这座大桥被称为“世界上最长的跨海大桥工程”。', '世界上最', 'term'],
  ['他们提出了所谓“我们的家园”计划。', '我们的家', 'term'],
  // … also `所谓的`, after a speech verb of the sentence
  ['分析师指出，七家公司有望入选，即所谓的“染蓝”。', '染蓝', 'term'],
  ['大家都在谈论，“内卷”。', '内卷', 'term'],
  // a short quote that is a whole sentence, the next sentence right after it: not inside that sentence
  ['护士告诉家属，老人睡着了，“体温已经正常。”病房里很安静。', '体温已经', 'speech'],
  ['值班医生称老人只是醉了，“睡一觉就好了！”随后离开了病房。', '睡一觉就', 'speech'],
  // … a short term inside a sentence stays a term
  ['这种“体温正常”的说法并不准确。', '体温正常', 'term'],
  // a run of quotes after a speech verb: each is read like the run's last, a short label in a run stays a term
  ['赵立新在电话中表示，“钱都花掉了”“我觉得我应该受到惩罚”“这笔钱我慢慢还”。', '钱都花掉', 'speech'],
  ['赵立新在电话中表示，“钱都花掉了”“我觉得我应该受到惩罚”“这笔钱我慢慢还”。', '我觉得我', 'speech'],
  ['他表示，“双减”“双碳”政策都在推进。', '双减', 'term'],
  ['张三表示，将推出“加强监管力度”“提升服务水平”等举措。', '加强监管', 'term'],
  ['王振宇强调，“改革的部署要与发展目标同步推进”“没有安全就没有发展”等重要观点。', '没有安全', 'speech'],
  // a numbered slogan is a term, whatever frames it (the guideline's `“六项保证”`); one thing counted is a fragment of speech
  ['会议强调，要坚持“两个毫不动摇”，加快制定相关政策。', '两个毫不', 'term'],
  ['王振宇强调，要增强“四个意识”、坚定“四个自信”。', '四个意识', 'term'],
  ['王振宇表示，这是“一种耻辱”。', '一种耻辱', 'speech'],
  // `按……的话` is a condition, no frame of someone's words
  ['按时完成的话，“奖金会翻倍”。', '奖金会翻', 'term'],
  ['也有网友认为这种行为并不值得，“没必要。”“浪费资源，浪费时间。”', '没必要。', 'speech'],
  ['网上流传着“县城买不到便宜衣服”“街道是赛博朋克风”等段子。', '县城买不', 'term'],
  // `说得` (said so, often) frames no one's words
  ['对于从业者而言，说得最多的祝福就是——“保住这份工作”。', '保住这份', 'term'],
  // `道` closing a noun (`街道`, `赛道`, `一道`) is no `道` of speech framing the quote
  ['游客被送到安静的街道，从虚幻“重回现实”。', '重回现实', 'term'],
  ['新玩家跟大厂在一个赛道“相撞”，也有窗口期。', '相撞', 'term'],
  // `，并称` is "and said"; `A、B并称` names two things as one
  ['赵立新向球队表示祝贺，并称“这是一场重大胜利”。', '这是一场', 'speech'],
  ['江城、河城并称“双子城”。', '双子城', 'term'],
  // in a run, words after someone's words are theirs too; not a name after a full stop, nor a short label
  ['她讲起县城生活的见闻，“县城买不到好衣服，羽绒服都上千”“街道是赛博朋克风”“老同学都开上了车”。', '街道是赛', 'speech'],
  ['“这几年，他就这么默默地看着。”“江城奶王”发微博曝光了此事。', '江城奶王', 'term'],
  ['他表示，“这件事不好办，要慢慢来”“双减”都在推进。', '双减', 'term'],
  // a whole sentence closed by its own full stop is someone's words, not a term; a short one stays a term
  ['张海涛记得开业那天的场景，“外卖员都挤不进去。”那天他排了一个小时。', '外卖员都', 'speech'],
  ['他的网名叫“好。”', '好。', 'term'],
  // a quote inside a quote right after a speech verb is words too (`我说‘绝对不会’`)
  ['赵立新说：“我问他怎么办，他说‘绝对不会’。”', '绝对不会', 'speech'],
  ['赵立新说：“这是所谓‘战前时代’的说法。”', '战前时代', 'term'],
  // verbs of saying the list had left out: `喊出`, `来了句`
  ['新任社长喊出“电动车就是公司的未来”。', '电动车就', 'speech'],
  ['赵立新在发言时直接来了句“希望各位同事别在饭桌上噎着”。', '希望各位', 'speech'],
];
for (const [text, head, kind] of KINDS) {
  test(`quote kind: ${head} → ${kind}`, () => assert.equal(one(text, head).kind, kind));
}

test('a pull quote broken over two paragraphs or two bold heads is one quotation when the first ends mid-sentence (thirty-ninth round)', () => {
  const heads = run('**“扫码支付对外国人，**\n\n**是一个不小的挑战。”**\n\n正文。');
  assert.deepEqual(heads.quotes.map((q) => q.text), ['扫码支付对外国人，**\n\n**是一个不小的挑战。']);
  assert.ok(!heads.findings.some((f) => f.code === 'quote.unbalanced'));
  assert.equal(run('他说：“我们要继续努力，\n\n争取更大的胜利。”').quotes.length, 1);
  // a paragraph ending its sentence leaves the quotation unclosed; so does a next paragraph that opens a quotation first
  assert.ok(run('他说：“我们要继续努力。\n\n争取更大的胜利。”').findings.some((f) => f.code === 'quote.unbalanced'));
  assert.ok(run('他说：“我们要继续努力，\n\n她说“好的”，争取更大的胜利。”').findings.some((f) => f.code === 'quote.unbalanced'));
});

test('a quotation broken by a hard line wrap is one quotation when the next line closes it', () => {
  const r = run('Sensor Tower的数据显示：“去年，Temu\n的下载量增长了三倍，远超同行。”这一数字令人意外。');
  assert.deepEqual(r.quotes.map((q) => q.text), ['去年，Temu\n的下载量增长了三倍，远超同行。']);
  assert.ok(!r.findings.some((f) => f.code === 'quote.unbalanced'));
  // a blank line between is a new paragraph: the quotation is unclosed there
  const p = run('他说：“去年，Temu\n\n的下载量增长了三倍。”');
  assert.ok(p.findings.some((f) => f.code === 'quote.unbalanced'));
});
