// Editing a large article allocates a lot per keystroke, and V8 grows its heap lazily: the server's RSS
// can sit ~200 MB above what is live. When the process runs with --expose-gc (the extension starts the
// server so), a full collection runs, between requests, once the heap has grown past what was live
// after the last one by GROWTH. Normal articles never get there.
import * as v8 from 'node:v8';

const GROWTH = 24 * 1024 * 1024;

/** A function to call after each analysis; a no-op where `gc` is not exposed. */
export function createMemoryGuard(gc = (globalThis as { gc?: () => void }).gc, used = () => v8.getHeapStatistics().used_heap_size): () => void {
  if (!gc) return () => undefined;
  let live = used();
  return () => {
    if (used() - live < GROWTH) return;
    gc();
    live = used();
  };
}
