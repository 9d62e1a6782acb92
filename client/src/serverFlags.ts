// How Node runs the language server, shared by the extension and the test and benchmark client.
// --expose-gc: the server's memory guard collects after big edits (server/src/node/memoryGuard.ts).
// --max-semi-space-size=8: V8's young generation at half its default 16 MB per semi-space; editing a
// large article then peaks ~18 MB lower, for ~1 ms more per keystroke on a 1 MB article (README,
// Performance). It must be given at start: V8 sizes the young generation once.
export const SERVER_NODE_FLAGS: readonly string[] = ['--expose-gc', '--max-semi-space-size=8'];
