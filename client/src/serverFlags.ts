// How Node runs the language server, shared by the extension and the test and benchmark client.
// --expose-gc: the server's memory guard collects after big edits (server/src/node/memoryGuard.ts).
// --max-semi-space-size=8: V8's young generation at half its default 16 MB per semi-space; editing a
// large article then peaks ~18 MB lower, for ~1 ms more per keystroke on a 1 MB article
// (docs/performance-history.md). It must be given at start: V8 sizes the young generation once.
export const SERVER_NODE_FLAGS: readonly string[] = ['--expose-gc', '--max-semi-space-size=8'];

/**
 * Environment for the server process (glibc's malloc reads it once, at start; other C libraries ignore
 * it). MALLOC_ARENA_MAX=2: V8's helper threads would otherwise each get a malloc arena of their own,
 * whose freed pages stay in the process. MALLOC_MMAP_THRESHOLD_: blocks from 128 KB on (the entity
 * model's file, large buffers) always get pages of their own, given back to the OS when freed; by
 * default glibc raises that threshold after the first such free and keeps later ones in its heap.
 * Together ~20 MB off the server's peak RSS after the benchmark's 1 MB article (docs/performance-history.md).
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' };

/** `env` with {@link SERVER_ENV} added, where `env` does not set those variables itself. */
export function serverEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...SERVER_ENV, ...env };
}
