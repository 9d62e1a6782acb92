import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createMemoryGuard } from '../../server/src/node/memoryGuard';

test('the memory guard collects only once the heap has grown 24 MB past what was live', () => {
  const MB = 1024 * 1024;
  let heap = 100 * MB;
  let collections = 0;
  const guard = createMemoryGuard(() => {
    collections++;
    heap = 110 * MB; // what survives the collection
  }, () => heap);
  heap = 120 * MB;
  guard();
  assert.equal(collections, 0, 'grown 20 MB: no collection');
  heap = 125 * MB;
  guard();
  assert.equal(collections, 1, 'grown 25 MB: collected');
  heap = 130 * MB;
  guard();
  assert.equal(collections, 1, 'measured from the 110 MB left live, not from the start');
});

test('without an exposed gc the guard does nothing', () => {
  assert.doesNotThrow(() => createMemoryGuard(undefined)());
});
