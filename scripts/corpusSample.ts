/**
 * What the seeded corpus samples share (`claimSample.ts`, `speakerSample.ts`, `entitySample.ts`): the
 * articles gold files already name, and the corpus in code-unit order, those left out, shuffled by a
 * seeded Fisher–Yates (mulberry32). A sample is this order filtered by the script's own test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { prng as random } from '../test/helpers/random';

/** Corpus-relative paths (`2024/02/…/x.md`) of every article a gold file in `dirs` names by `file`. */
export function goldArticles(dirs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const file = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).file as string | undefined;
      const m = file?.match(/corpus\/(2024\/.+\.md)$/);
      if (m) out.add(m[1]);
    }
  }
  return out;
}

/** The corpus's `.md` files (relative, `/`-separated), sorted, `excluded` left out, shuffled by `seed`. */
export function shuffledCorpus(corpus: string, excluded: ReadonlySet<string>, seed: number): string[] {
  const pool = (fs.readdirSync(corpus, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.md') && !excluded.has(f))
    .sort();
  const next = random(seed);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool;
}
