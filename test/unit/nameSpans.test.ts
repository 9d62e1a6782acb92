// One name, one span (server/src/analysis/entities/nameSpans.ts): sentences written for these tests,
// with the mentions a paragraph pass could have found, table-driven.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { oneNameOneSpan } from '../../server/src/analysis/entities/nameSpans';
import type { EntityMention } from '../../server/src/analysis/types';

/** Person mentions of `names` at each of their occurrences in `text`, in document order (`[周雪向]` marks a span the paragraph pass drew). */
function mentionsOf(text: string, spans: string[]): EntityMention[] {
  const out: EntityMention[] = [];
  let at = 0;
  for (const s of spans) {
    const start = text.indexOf(s, at);
    out.push({ start, end: start + s.length, text: s, type: 'person', rule: 'model' });
    at = start + s.length;
  }
  return out;
}

const CASES: { name: string; text: string; spans: string[]; want: string[] }[] = [
  { name: 'a glued word is cut back to the name written twice as often', text: '周雪说。周雪走了。周雪向他道别。', spans: ['周雪', '周雪', '周雪向'], want: ['周雪', '周雪', '周雪'] },
  { name: 'a name cut short grows to the longer form where the text goes on with it', text: '傅园慧夺冠。傅园慧说。傅园慧笑了。', spans: ['傅园', '傅园慧', '傅园慧'], want: ['傅园慧', '傅园慧', '傅园慧'] },
  { name: 'two forms written about as often are both kept', text: '纳瓦利内死了。纳瓦利说过。纳瓦利内的妻子。', spans: ['纳瓦利内', '纳瓦利', '纳瓦利内'], want: ['纳瓦利内', '纳瓦利', '纳瓦利内'] },
  { name: 'a form written once beside another written once is kept', text: '黄毅清说。黄毅到了。', spans: ['黄毅清', '黄毅'], want: ['黄毅清', '黄毅'] },
  { name: 'a character glued before a transliterated name is cut off', text: '斯托尔滕贝格说。斯托尔滕贝格到了。没有人比斯托尔滕贝格更努力。', spans: ['斯托尔滕贝格', '斯托尔滕贝格', '比斯托尔滕贝格'], want: ['斯托尔滕贝格', '斯托尔滕贝格', '斯托尔滕贝格'] },
  { name: 'a word glued before a Chinese name is cut off', text: '晓彤哭了。晓彤睡了。这让晓彤害怕。', spans: ['晓彤', '晓彤', '让晓彤'], want: ['晓彤', '晓彤', '晓彤'] },
  { name: 'a surname before a given name written alone stays', text: '小明说。小明笑了。王小明是他的全名。', spans: ['小明', '小明', '王小明'], want: ['小明', '小明', '王小明'] },
  { name: 'a rare surname before a two-character name stays, transliteration-shaped or not', text: '素华说。素华笑了。卿素华回忆。', spans: ['素华', '素华', '卿素华'], want: ['素华', '素华', '卿素华'] },
  { name: 'a longer form written as often as the shorter stays', text: '吉布兰说。长子吉布兰更年轻。长子吉布兰更高。吉布兰笑了。', spans: ['吉布兰', '子吉布兰', '子吉布兰', '吉布兰'], want: ['吉布兰', '子吉布兰', '子吉布兰', '吉布兰'] },
  { name: '… unless a preposition or causative is glued on', text: '加文说。诈骗者让加文发送照片。', spans: ['加文', '让加文'], want: ['加文', '加文'] },
  { name: '… or a preposition that is also a surname, before a name opening with a surname', text: '记者从江歌的母亲处获悉。江歌生前留学日本。受访者向林雯表示同意。林雯笑了。', spans: ['从江歌', '江歌', '向林雯', '林雯'], want: ['江歌', '江歌', '林雯', '林雯'] },
  { name: '… not before a given name that opens with no surname', text: '向小明说。小明笑了。', spans: ['向小明', '小明'], want: ['向小明', '小明'] },
  { name: 'a form written right after a surname takes it in beside the whole name written at least twice as often', text: '卿素华说。卿素华笑了。警方请卿素华来。', spans: ['卿素华', '卿素华', '素华'], want: ['卿素华', '卿素华', '卿素华'] },
  { name: '… not when the whole name is written no more often', text: '卿素华说。请卿素华来。素华笑了。', spans: ['卿素华', '素华', '素华'], want: ['卿素华', '素华', '素华'] },
  { name: '… nor after a character that is no surname', text: '李素华说。李素华笑了。说素华来。', spans: ['李素华', '李素华', '素华'], want: ['李素华', '李素华', '素华'] },
  { name: 'a Chinese name cut short grows to the longer form the text writes there, however often each is written', text: '人大常委会决定接受冯杰鸿辞去代表职务。冯杰鸿曾任要职。', spans: ['冯杰', '冯杰鸿'], want: ['冯杰鸿', '冯杰鸿'] },
  { name: '… a withheld name too (`赵某|超`)', text: '周雪管不了赵某超。赵某超坚决反对。', spans: ['赵某超', '赵某'], want: ['赵某超', '赵某超'] },
  { name: '… not into a longer form ending in a grammar word (`张杰才`: 才, an adverb)', text: '张杰才得知。后来张杰才回来。', spans: ['张杰才', '张杰'], want: ['张杰才', '张杰'] },
  { name: '… nor a transliterated form written once (`勒琼营`, a camp)', text: '勒琼营官网说。勒琼营地很大。', spans: ['勒琼营', '勒琼'], want: ['勒琼营', '勒琼'] },
  { name: 'no growth into the next mention', text: '王涛王涛林说。王涛林说。王涛林走了。', spans: ['王涛', '王涛林', '王涛林', '王涛林'], want: ['王涛', '王涛林', '王涛林', '王涛林'] },
];

for (const c of CASES) {
  test(`one name, one span: ${c.name}`, () => {
    const got = oneNameOneSpan(c.text, mentionsOf(c.text, c.spans));
    assert.deepEqual(got.map((m) => m.text), c.want);
    for (const m of got) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}

test('one name, one span: nothing to change gives the same array; places are left alone', () => {
  const text = '北京市和北京';
  const ms: EntityMention[] = [
    { start: 0, end: 3, text: '北京市', type: 'place', rule: 'lexicon' },
    { start: 4, end: 6, text: '北京', type: 'place', rule: 'lexicon' },
  ];
  assert.equal(oneNameOneSpan(text, ms), ms);
});

/** [text, the organization span a pass drew, the names written as persons elsewhere, the mention wanted as `type:text`] */
const OPENING: [string, string, string[], string][] = [
  // a person named twice, then words no body's name holds: the person
  ['周建国被捕。周建国说不知道。民警击打周建国头部。', '周建国头部', ['周建国', '周建国'], 'person:周建国'],
  ['刘淑华说。刘淑华笑了。刘淑华所在公司已倒闭。', '刘淑华所在公司', ['刘淑华', '刘淑华'], 'person:刘淑华'],
  ['马斯克说。马斯克笑了。马斯克旗下公司增长。', '马斯克旗下公司', ['马斯克', '马斯克'], 'person:马斯克'],
  ['奥斯汀说。奥斯汀笑了。奥斯汀住院一事引发关注。', '奥斯汀住院', ['奥斯汀', '奥斯汀'], 'person:奥斯汀'],
  // … a body named after the person stays one
  ['特朗普说。特朗普笑了。特朗普集团遭罚款。', '特朗普集团', ['特朗普', '特朗普'], 'organization:特朗普集团'],
  ['蒋劲夫说。蒋劲夫笑了。蒋劲夫工作室发表声明。', '蒋劲夫工作室', ['蒋劲夫', '蒋劲夫'], 'organization:蒋劲夫工作室'],
  // … and a name written once is too little evidence
  ['民警击打周建国头部。', '周建国头部', [], 'organization:周建国头部'],
];

for (const [text, org, persons, want] of OPENING) {
  test(`one name, one span: ${org} → ${want}`, () => {
    const ms = mentionsOf(text, persons);
    const at = text.indexOf(org);
    ms.push({ start: at, end: at + org.length, text: org, type: 'organization', rule: 'org-grown' });
    const got = oneNameOneSpan(text, ms).find((m) => m.start === at)!;
    assert.equal(`${got.type}:${got.text}`, want);
    assert.equal(text.slice(got.start, got.end), got.text);
  });
}

test('one name, one span: a body read from inside a name written twice, with words no body holds after it, is the person', () => {
  const text = '卿素华说。卿素华笑了。警方请卿素华去派出所指认。';
  const ms = mentionsOf(text, ['卿素华', '卿素华']);
  const at = text.indexOf('素华去派出所');
  ms.push({ start: at, end: at + 6, text: '素华去派出所', type: 'organization', rule: 'model' });
  const got = oneNameOneSpan(text, ms);
  assert.deepEqual(got.map((m) => `${m.text}/${m.type}`), ['卿素华/person', '卿素华/person', '卿素华/person']);
  assert.equal(text.slice(got[2].start, got[2].end), '卿素华');
});

test('one name, one span: a character before a form that another mention covers is not taken in', () => {
  const text = '卿素华说。卿素华笑了。王卿素华来。';
  const ms = mentionsOf(text, ['卿素华', '卿素华']);
  const at = text.indexOf('王卿');
  ms.push({ start: at, end: at + 2, text: '王卿', type: 'person', rule: 'model' }, { start: at + 2, end: at + 4, text: '素华', type: 'person', rule: 'model' });
  assert.deepEqual(oneNameOneSpan(text, ms).map((m) => m.text), ['卿素华', '卿素华', '王卿', '素华']);
});
