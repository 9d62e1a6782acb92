import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntityMentions } from '../../server/src/analysis/entities/index';
import { loadSegmenter } from '../../server/src/node/segmenter';
import { tokenize } from '../../server/src/analysis/tokens';

const segment = loadSegmenter();
function found(text: string): string[] {
  const ms = findEntityMentions(text, tokenize(text, segment), new Map());
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  return ms.map((m) => `${m.text}/${m.type}`);
}

/** Each sentence's mentions include every `yes` and none of the `no` (`text/type`). */
function expectFound(cases: [string, string[], string[]][]): void {
  for (const [text, yes, no] of cases) {
    const got = found(text);
    for (const y of yes) assert.ok(got.includes(y), `${text}: ${y} in ${got}`);
    for (const n of no) assert.ok(!got.includes(n), `${text}: ${n} not in ${got}`);
  }
}

test('organization names do not grow over verb or determiner phrases', () => {
  const cases: [string, string[], string[]][] = [
    ['员工按要求先到湖南省人民医院相关科室进行轮训。', ['湖南省人民医院/organization'], ['先到湖南省人民医院/organization']],
    ['批次全部分流到县里各所医院进行轮岗。', [], ['各所医院/organization']],
    ['我们曾经有人问过医院的开业时间。', [], ['问过医院/organization']],
    ['游客表示不满，称该公司谎称提供的是火箭发射观看区。', [], ['称该公司/organization']],
  ];
  expectFound(cases);
});

test('a title that repeats the head names the body without the repeat', () => {
  const got = found('当天，湖南省人民医院院长、长沙县县长都出席了仪式。');
  assert.ok(got.includes('湖南省人民医院/organization'), String(got));
  assert.ok(!got.includes('湖南省人民医院院/organization'), String(got));
  // a ministry written only inside its minister's title is no mention: the guideline names the person
  assert.ok(!found('中国国防部长董军表示').includes('中国国防部/organization'));
});

test('a preposition or aspect particle glued to a name stays out of it', () => {
  const pos = found('复旦大学南亚研究中心副研究员谢超对《环球时报》记者表示');
  assert.ok(pos.includes('谢超/person') && !pos.includes('谢超对/person'), String(pos));
  const aspect = found('叶辰成了百万分之一的幸运儿。最后，他把钱存了定期。');
  assert.ok(aspect.includes('叶辰/person') && !aspect.includes('叶辰成/person'), String(aspect));
  assert.ok(!aspect.some((m) => m.startsWith('钱存')), String(aspect));
  assert.ok(!found('后来小胡对她说了这样一番话。').includes('胡对/person'));
  assert.ok(!found('事发后，晓彤父亲曾到派出所报案。').some((m) => m.startsWith('曾到') || m.endsWith('派出所/organization')));
  assert.ok(found('发言人汪文斌说，中方坚决反对。').includes('汪文斌/person'));
});

test('a name followed by market words is a listed company, not a person', () => {
  const got = found('苹果涨1.29%，亚马逊涨2.69%，特斯拉反弹，比亚迪股份涨1.31%。');
  for (const c of ['亚马逊', '特斯拉', '比亚迪']) {
    assert.ok(got.includes(`${c}/organization`), `${c} in ${got}`);
    assert.ok(!got.includes(`${c}/person`), `${c} in ${got}`);
  }
  assert.ok(found('特朗普表示，北约必须增加开支。').includes('特朗普/person'));
});

test('two countries abbreviated and districts named by a common noun are no places', () => {
  const got = found('美欧宣布对俄制裁，欧美媒体纷纷报道，基辅郊区和城区都停了电。');
  for (const w of ['美欧/place', '欧美/place', '郊区/place', '城区/place']) assert.ok(!got.includes(w), `${w} not in ${got}`);
  const regions = found('亚太地区局势紧张，拉美和东亚也受到影响。');
  assert.ok(regions.includes('拉美/place') && regions.includes('东亚/place'), String(regions));
});

test('a clinic is a body: a transliterated name before 诊所 is no person', () => {
  const got = found('克利夫兰诊所的研究人员发现了新的疗法。');
  assert.ok(got.includes('克利夫兰诊所/organization'), String(got));
  assert.ok(!got.includes('克利夫兰/person'), String(got));
  assert.deepEqual(found('他在一家私人诊所工作。'), []);
});

test('a board before a title is no name, and an idiom ending in 思想 names no one; a doctrine the segmenter reads as a name does', () => {
  const cases: [string, string[], string[]][] = [
    ['他当时担任公司董事会主席，后来又任董事局主席。', [], ['董事会/person', '董事局/person']],
    ['全省开展解放思想大讨论，要求进一步解放思想。', [], ['解放/person']],
    ['报告回顾了毛泽东思想的形成。', ['毛泽东/person'], []],
  ];
  expectFound(cases);
});

test('a name after 在 with a title only a person holds is that person, no place (sentences written for the test)', () => {
  const cases: [string, string[], string[]][] = [
    ['杰克逊曾在特朗普总统和奥巴马总统任内担任医生。', [], ['特朗普/place']],
    ['相信在拜登总统领导下，能挺过难关。', [], ['拜登/place']],
    ['会议在伊万诺夫将军的主持下召开。', [], ['伊万诺夫/place']],
  ];
  expectFound(cases);
});
