// Editing a large article allocates per keystroke, and V8 grows its heap lazily: the server's RSS
// can sit ~200 MB above what is live. When the process runs with --expose-gc (the extension starts the
// server so), a full collection runs once the heap has grown past what was live after the last one by
// GROWTH: after a short analysis (a keystroke) only when the user has paused (IDLE_MS without a new
// analysis), since a collection of a large heap takes ~20–30 ms that would otherwise land on the next
// keystroke; past HARD_GROWTH at once; and between the slices of a long analysis (a large article
// opened) at once, where it costs little. Normal articles never get there.
import * as v8 from 'node:v8';

const GROWTH = 24 * 1024 * 1024;
/**
 * V8 lets the heap grow to up to 4 × what was live before its next full collection; editing a 1 MB
 * article (35 MB live, a new 0.75 MB text per keystroke) then sits 100+ MB above what is live. At
 * 1.3 × its own incremental collections run more often and stay short (a few ms of pause each).
 */
const HEAP_GROWING_PERCENT = 30;

/** Sets V8's heap growing factor for this process (the server calls it once at start). */
export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
const HARD_GROWTH = 4 * GROWTH;
const IDLE_MS = 300;

export interface GuardTimers {
  set(f: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const NODE_TIMERS: GuardTimers = {
  set: (f, ms) => setTimeout(f, ms).unref(),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * A function to call after each analysis (`busy` false) and between the slices of a long one (`busy`
 * true); a no-op where `gc` is not exposed.
 */
export function createMemoryGuard(gc = (globalThis as { gc?: () => void }).gc, used = () => v8.getHeapStatistics().used_heap_size, timers: GuardTimers = NODE_TIMERS): (busy?: boolean) => void {
  if (!gc) return () => undefined;
  let live = used();
  let pending: unknown = null;
  const collect = () => {
    pending = null;
    gc();
    live = used();
  };
  return (busy = false) => {
    if (pending !== null) timers.clear(pending);
    pending = null;
    const growth = used() - live;
    if (growth >= HARD_GROWTH || (busy && growth >= GROWTH)) collect();
    else if (growth >= GROWTH) pending = timers.set(collect, IDLE_MS);
  };
}
