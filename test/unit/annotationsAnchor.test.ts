// Re-anchoring of fact-check annotations: table cases (before / inside / after the target, surrogate
// pairs, CRLF), the incremental path, and the measurement on the seed article.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { anchorAnnotation, anchorAll, createAnnotation, similarity, splitsPair, updateAnchors, type AnchoredAnnotation, type Annotation, type TextChange } from '../../server/src/analysis/annotations/index';
import type { Span } from '../../server/src/analysis/types';
import { prng } from '../helpers/random';

const NOW = new Date('2024-04-18T08:00:00Z');
const SEED = fs.readFileSync(path.resolve(__dirname, '../../seeds/000_6e34d8bb3fe969e6.txt'), 'utf8');

const annotate = (text: string, exact: string, nth = 0): Annotation => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(exact, start + 1);
  assert.ok(start >= 0, `${exact} not in text`);
  return createAnnotation(text, { start, end: start + exact.length }, { verdict: 'false', note: '核实中' }, '张编辑', NOW, { id: `urn:test:${exact}` });
};
const apply = (text: string, c: TextChange) => text.slice(0, c.start) + c.text + text.slice(c.end);

const BASE = '中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话。这是中美防长17个月来首次重要沟通。';
const CLAIM = '中美防长17个月来首次重要沟通';
const at = (s: string) => BASE.indexOf(s);

// [name, change to BASE, expected status from the sidecar (disk), expected text at the new span or null for orphaned]
const cases: [string, TextChange, string, string | null][] = [
  ['insert before', { start: 0, end: 0, text: '据报道，' }, 'quote', CLAIM],
  ['delete before', { start: 0, end: 2, text: '' }, 'quote', CLAIM],
  ['replace before, same length', { start: at('董军'), end: at('董军') + 2, text: '董君' }, 'exact', CLAIM],
  ['replace before, longer', { start: at('董军'), end: at('董军') + 2, text: '董军将军' }, 'quote', CLAIM],
  ['insert surrogate pair before', { start: 1, end: 1, text: '𠮷👍' }, 'quote', CLAIM],
  ['insert CRLF before', { start: at('这是'), end: at('这是'), text: '\r\n\r\n' }, 'quote', CLAIM],
  ['insert right before the target', { start: at(CLAIM), end: at(CLAIM), text: '，' }, 'quote', CLAIM],
  ['insert right after the target', { start: at(CLAIM) + CLAIM.length, end: at(CLAIM) + CLAIM.length, text: '之一' }, 'exact', CLAIM],
  ['delete after', { start: BASE.length - 1, end: BASE.length, text: '' }, 'exact', CLAIM],
  ['replace inside, one character of 15', { start: at('17'), end: at('17') + 2, text: '18' }, 'fuzzy', '中美防长18个月来首次重要沟通'],
  ['insert inside', { start: at('首次'), end: at('首次'), text: '的' }, 'fuzzy', '中美防长17个月来的首次重要沟通'],
  ['delete inside', { start: at('重要'), end: at('重要') + 1, text: '' }, 'fuzzy', '中美防长17个月来首次要沟通'],
  ['replace most of the target', { start: at('17'), end: at('沟通'), text: '一次' }, 'orphaned', null],
  ['delete the target', { start: at(CLAIM), end: at(CLAIM) + CLAIM.length, text: '' }, 'orphaned', null],
];

for (const [name, change, status, expected] of cases) {
  test(`re-anchoring: ${name}`, () => {
    const a = annotate(BASE, CLAIM);
    const text = apply(BASE, change);
    const disk = anchorAnnotation(text, a);
    assert.equal(disk.status, status);
    assert.equal(disk.span && text.slice(disk.span.start, disk.span.end), expected);
    const [live] = updateAnchors(anchorAll(BASE, [a]), [change], text);
    assert.equal(live.anchor.span && text.slice(live.anchor.span.start, live.anchor.span.end), expected);
    if (status === 'quote') assert.equal(live.anchor.status, 'exact', 'an edit elsewhere only shifts the live anchor');
  });
}

test('re-anchoring picks the occurrence whose context matches, not the first one', () => {
  const text = '董军表示，中方愿意沟通。随后，国防部长董军16日晚应约通话。';
  const a = annotate(text, '董军', 1);
  const edited = `（新华社）${text}`;
  const r = anchorAnnotation(edited, a);
  assert.deepEqual(r.span, { start: edited.lastIndexOf('董军'), end: edited.lastIndexOf('董军') + 2 });
});

test('re-anchoring never moves a deleted annotation to another occurrence of its text', () => {
  const text = '董军表示，中方愿意沟通。随后，国防部长董军16日晚应约通话。';
  const a = annotate(text, '董军', 1);
  const edited = text.replace('国防部长董军16日晚', '有关方面');
  assert.equal(anchorAnnotation(edited, a).status, 'orphaned');
});

test('re-anchoring with a surrogate pair before and inside: positions are code points, spans UTF-16', () => {
  const text = '𠮷𠮷董军说：“👍很好。”';
  const a = annotate(text, '董军');
  const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  assert.deepEqual(pos, { type: 'TextPositionSelector', start: 2, end: 4 });
  assert.deepEqual(anchorAnnotation(text, a), { span: { start: 4, end: 6 }, status: 'exact', confidence: 1 });
  const b = annotate(text, '👍很好');
  const edited = `👍${text}`;
  const r = anchorAnnotation(edited, b);
  assert.equal(r.span && edited.slice(r.span.start, r.span.end), '👍很好');
});

test('re-anchoring across CRLF line endings', () => {
  const text = '# 标题\r\n\r\n董军16日晚应约同\r\n奥斯汀视频通话。\r\n';
  const a = annotate(text, '董军16日晚应约同\r\n奥斯汀视频通话');
  const edited = text.replace(/\r\n/g, '\n');
  const r = anchorAnnotation(edited, a);
  assert.equal(r.status, 'fuzzy');
  assert.equal(r.span && edited.slice(r.span.start, r.span.end), '董军16日晚应约同\n奥斯汀视频通话');
});

test('updateAnchors applies several changes in order and re-anchors only touched annotations', () => {
  const a = annotate(BASE, CLAIM);
  const b = annotate(BASE, '董军');
  let text = BASE;
  const changes: TextChange[] = [{ start: 0, end: 0, text: '据报道，' }, { start: 4 + at('美国'), end: 4 + at('美国') + 2, text: '美方' }];
  for (const c of changes) text = apply(text, c);
  const out = updateAnchors(anchorAll(BASE, [a, b]), changes, text);
  assert.deepEqual(out.map((x) => x.anchor.status), ['exact', 'exact']);
  assert.deepEqual(out.map((x) => x.anchor.span && text.slice(x.anchor.span.start, x.anchor.span.end)), [CLAIM, '董军']);
});

// ---- The measurement ----------------------------------------------------------------


const INSERTS = ['𠮷', '\r\n', '，', '“', '”', '中美', '美国国防部', '董军', '的', '17个月来首次', 'abc', '👍', ''];

function randomSpans(text: string, rand: () => number, count: number): Span[] {
  const spans: Span[] = [];
  while (spans.length < count) {
    const len = 2 + Math.floor(rand() * 30);
    const start = Math.floor(rand() * (text.length - len));
    const span = { start, end: start + len };
    if (!/\S/.test(text.slice(start, span.end)) || spans.some((s) => s.start < span.end + 2 && span.start < s.end + 2)) continue;
    spans.push(span);
  }
  return spans;
}

function randomChange(text: string, rand: () => number, within: Span): TextChange {
  const pick = () => within.start + Math.floor(rand() * (within.end - within.start + 1));
  let start = pick();
  let end = Math.min(within.end, start + Math.floor(rand() * 6));
  if (splitsPair(text, start)) start--;
  if (splitsPair(text, end)) end++;
  const kind = rand();
  const insert = kind < 0.35 ? '' : INSERTS[Math.floor(rand() * INSERTS.length)];
  return { start, end: kind > 0.7 ? start : end, text: insert };
}

/** The truth: where a span really is after a change (an edit inside grows or shrinks it). */
function moveTruth(s: Span, c: TextChange): Span {
  const delta = c.text.length - (c.end - c.start);
  if (c.end <= s.start) return { start: s.start + delta, end: s.end + delta };
  if (c.start >= s.end) return s;
  return { start: Math.min(s.start, c.start), end: Math.max(s.end + delta, c.start + c.text.length) };
}

test('measurement: 200 random edits elsewhere leave 100 % of annotations anchored exactly', () => {
  let total = 0;
  let liveOk = 0;
  let diskOk = 0;
  let diskWrong = 0;
  const statuses: AnchoredAnnotation[] = [];
  for (const seed of [7, 8, 9, 10, 11]) {
    const rand = prng(seed);
    const spans = randomSpans(SEED, rand, 40);
    const annotations = spans.map((s, i) => createAnnotation(SEED, s, { verdict: 'misleading' }, 'test', NOW, { id: `urn:test:${i}` }));
    let text = SEED;
    let truth = spans;
    let live = anchorAll(SEED, annotations);
    for (let n = 0; n < 200; n++) {
      let change: TextChange;
      do change = randomChange(text, rand, { start: 0, end: text.length });
      while (truth.some((s) => change.start < s.end && change.end > s.start) || truth.some((s) => change.start > s.start && change.start < s.end));
      text = apply(text, change);
      truth = truth.map((s) => moveTruth(s, change));
      live = updateAnchors(live, [change], text);
    }
    const same = (r: AnchoredAnnotation, i: number) => r.anchor.span?.start === truth[i].start && r.anchor.span?.end === truth[i].end;
    const disk = anchorAll(text, annotations);
    total += annotations.length;
    liveOk += live.filter(same).length;
    diskOk += disk.filter(same).length;
    diskWrong += disk.filter((r, i) => r.anchor.span && !same(r, i)).length;
    statuses.push(...disk);
  }
  console.log(`# edits elsewhere: 5 runs × 200 edits × 40 annotations; live (incremental) exact ${liveOk}/${total}; from the sidecar ${diskOk}/${total} exact, ${diskWrong} wrong, statuses ${tally(statuses)}`);
  assert.equal(liveOk, total);
  assert.equal(diskOk, total);
});

test('measurement: random edits inside annotated text re-anchor to ≥ 90 % matches or orphan, never a wrong place', () => {
  const counts = { cases: 0, anchored: 0, orphaned: 0, wrong: 0, anchorableOrphaned: 0 };
  for (let trial = 0; trial < 30; trial++) {
    const rand = prng(100 + trial);
    const spans = randomSpans(SEED, rand, 20);
    const annotations = spans.map((s, i) => createAnnotation(SEED, s, { verdict: 'false' }, 'test', NOW, { id: `urn:test:${trial}:${i}` }));
    for (let i = 0; i < annotations.length; i++) {
      let text = SEED;
      let truth = spans[i];
      const changes: TextChange[] = [];
      for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
        const change = randomChange(text, rand, truth);
        changes.push(change);
        text = apply(text, change);
        truth = moveTruth(truth, change);
      }
      const exact = SEED.slice(spans[i].start, spans[i].end);
      const live = updateAnchors(anchorAll(SEED, [annotations[i]]), changes, text)[0].anchor;
      const disk = anchorAnnotation(text, annotations[i]);
      for (const r of [live, disk]) {
        counts.cases++;
        if (!r.span) {
          counts.orphaned++;
          if (similarity(exact, text.slice(truth.start, truth.end)) >= 0.9) counts.anchorableOrphaned++;
          continue;
        }
        const good = similarity(exact, text.slice(r.span.start, r.span.end)) >= 0.9 && r.span.start < truth.end && truth.start < r.span.end;
        if (good) counts.anchored++;
        else counts.wrong++;
      }
    }
  }
  console.log(`# edits inside: ${counts.cases} cases (live + sidecar); re-anchored ≥ 90 % ${counts.anchored}, orphaned ${counts.orphaned} (of which the true text still matched ≥ 90 %: ${counts.anchorableOrphaned}), moved to a wrong place ${counts.wrong}`);
  assert.equal(counts.wrong, 0);
  assert.ok(counts.anchored > 0 && counts.orphaned > 0, 'the measurement exercises both outcomes');
});

function tally(rs: AnchoredAnnotation[]): string {
  const t: Record<string, number> = {};
  for (const r of rs) t[r.anchor.status] = (t[r.anchor.status] ?? 0) + 1;
  return JSON.stringify(t);
}
