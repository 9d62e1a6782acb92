// Runs a CLI entry point in-process and captures what it prints (tests of `export`, `import`).

export function capture(run: () => number): { status: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const [ow, ew] = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  try {
    return { status: run(), stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = ow;
    process.stderr.write = ew;
  }
}
