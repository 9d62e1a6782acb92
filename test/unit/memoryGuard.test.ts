import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createMemoryGuard } from '../../server/src/node/memoryGuard';

const MB = 1024 * 1024;

/** A guard over a fake heap and fake timers: `fire()` runs the pending idle collection. */
function fakeGuard() {
  const s = { heap: 100 * MB, collections: 0, pending: null as (() => void) | null };
  const guard = createMemoryGuard(
    () => {
      s.collections++;
      s.heap = 110 * MB; // what survives the collection
    },
    () => s.heap,
    { set: (f) => (s.pending = f), clear: () => (s.pending = null) },
  );
  const fire = () => {
    const f = s.pending;
    s.pending = null;
    f?.();
  };
  return { s, guard, fire };
}

test('the memory guard collects once the heap has grown 24 MB past what was live, when the user pauses', () => {
  const { s, guard, fire } = fakeGuard();
  s.heap = 120 * MB;
  guard();
  fire();
  assert.equal(s.collections, 0, 'grown 20 MB: no collection');
  s.heap = 125 * MB;
  guard();
  assert.equal(s.collections, 0, 'grown 25 MB: a collection waits for a pause');
  fire();
  assert.equal(s.collections, 1, 'collected after the pause');
  s.heap = 130 * MB;
  guard();
  fire();
  assert.equal(s.collections, 1, 'measured from the 110 MB left live, not from the start');
});

test('another analysis before the pause postpones the collection; growth past 96 MB collects at once', () => {
  const { s, guard, fire } = fakeGuard();
  s.heap = 130 * MB;
  guard();
  s.heap = 140 * MB;
  guard(); // typing goes on: the earlier timer was cleared, a new one set
  assert.equal(s.collections, 0);
  fire();
  assert.equal(s.collections, 1);
  s.heap = 110 * MB + 97 * MB;
  guard();
  assert.equal(s.collections, 2, 'no wait when the heap has grown that far');
  assert.equal(s.pending, null);
});

test('without an exposed gc the guard does nothing', () => {
  assert.doesNotThrow(() => createMemoryGuard(undefined)());
});

test('between the slices of a long analysis the guard collects at once', () => {
  const { s, guard } = fakeGuard();
  s.heap = 125 * MB;
  guard(true);
  assert.equal(s.collections, 1);
  assert.equal(s.pending, null);
});
