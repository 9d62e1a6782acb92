import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { placeAt, type Placed } from '../../server/src/analysis/reuse/placement';
import { keptRecord, type MemoRecord } from '../../server/src/analysis/reuse/records';
import { MemoTable } from '../../server/src/analysis/reuse/memoTable';
import { occurrencesReusing, type Occurrences } from '../../server/src/analysis/reuse/occurrences';
import { diffTexts } from '../../server/src/analysis/reuse/blockMap';
import { occurrencesOf } from '../../server/src/analysis/entities/spreadNames';
import { prng } from '../helpers/random';

interface Holder {
  spans: { start: number }[];
  placed: Placed<{ start: number }[]> | null;
}

const fresh = (h: Holder, at: number) => h.spans.map((s) => ({ start: s.start + at }));
const moves: { from: number; to: number; run: number }[] = [];
const move = (h: Holder, p: Placed<{ start: number }[]>, at: number) => {
  moves.push({ from: p.at, to: at, run: p.run });
  h.spans.forEach((s, i) => (p.value[i].start = s.start + at));
};

test('placeAt places a cached result anew once, then moves the same objects; placed twice in one run, the second is a copy, which the next run moves too', () => {
  moves.length = 0;
  const h: Holder = { spans: [{ start: 3 }], placed: null };
  const a = placeAt(h, 100, 1, fresh, move, null);
  assert.deepEqual(a, [{ start: 103 }]);
  const b = placeAt(h, 150, 2, fresh, move, null);
  assert.equal(b, a, 'the objects of the last run, moved');
  assert.deepEqual(b, [{ start: 153 }]);
  assert.deepEqual(moves, [{ from: 100, to: 150, run: 1 }], 'move sees where and by which run it was placed');
  const c = placeAt(h, 300, 2, fresh, move, null);
  assert.notEqual(c, b, 'the same text twice in one analysis: a fresh copy');
  assert.deepEqual([b[0].start, c[0].start], [153, 303]);
  assert.equal(placeAt(h, 110, 3, fresh, move, null), b, 'the first occurrence takes the first copy');
  assert.equal(placeAt(h, 310, 3, fresh, move, null), c, 'the second occurrence takes the second copy');
  assert.deepEqual([b[0].start, c[0].start], [113, 313]);
  assert.deepEqual(moves.slice(1), [{ from: 150, to: 110, run: 2 }, { from: 300, to: 310, run: 2 }]);
  assert.notEqual(placeAt(h, 400, 3, fresh, move, null), c, 'a third occurrence: a fresh copy');
});

test('keptRecord keeps the last record only with an equal carry, marks its entry used and takes the new carry', () => {
  const memo = new MemoTable<string>();
  const entry = memo.entry('甲。', () => 'result');
  const old: MemoRecord<string, { day: number }> = { entry, carry: { day: 16 } };
  const same = (a: { day: number }, b: { day: number }) => a.day === b.day;
  assert.equal(keptRecord(memo, old, { day: 17 }, same), null);
  assert.equal(keptRecord(memo, null, { day: 16 }, same), null);
  const carry = { day: 16 };
  const hits = memo.hits;
  assert.equal(keptRecord(memo, old, carry, same), old);
  assert.equal(old.carry, carry);
  assert.equal(memo.hits, hits + 1);
});

test('occurrences of a name after an edit: the last text\'s outside the changed stretch, moved, and a search of the stretch', () => {
  const rand = prng(7);
  let text = '麦子说，麦子笑。哈哈哈，孙子见回忆。'.repeat(6);
  let last: Occurrences | null = null;
  for (let step = 0; step < 200; step++) {
    const at = Math.floor(rand() * (text.length + 1));
    const cut = Math.floor(rand() * 3);
    const next = text.slice(0, at) + ['麦', '子', '哈', '孙子见', '', '。'][Math.floor(rand() * 6)] + text.slice(at + cut);
    const { pre, suf } = diffTexts(text, next);
    const found: Occurrences = new Map();
    const find = occurrencesReusing(last, last && { pre, oldAfter: text.length - suf, delta: next.length - text.length }, found);
    for (const name of ['麦子', '哈哈', '孙子见', '子']) assert.deepEqual(Array.from(find(next, name)), occurrencesOf(next, name), `${name} after edit ${step}`);
    text = next;
    last = found;
  }
});
