// Distant supervision for the company lexicon: listed companies named by the layout of market reports
// (`entities/stockNames.ts`: a name right before `涨停`, `涨超5%`, a share code) in the unlabelled corpus,
// kept when seen so in two or more articles. The evaluation articles (every `file` of
// ../shared/eval/gold/*.json and test/fixtures/*/gold/*.json) are left out.
// Run: node --import tsx scripts/mineStockNames.ts > scripts/minedStockNames.tsv (one `name<TAB>articles` a
// line), then npm run lexicons (scripts/companyLexicon.mjs filters it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSegmenter } from '../server/src/node/segmenter';
import { tokenize } from '../server/src/analysis/tokens';
import { findStockNames } from '../server/src/analysis/entities/stockNames';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared');

/** Base names of every article a gold file names. */
function evaluationFiles(): Set<string> {
  const out = new Set<string>();
  const dirs = [path.join(shared, 'eval/gold'), ...fs.readdirSync(path.join(root, 'test/fixtures')).map((d) => path.join(root, 'test/fixtures', d, 'gold'))];
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) if (k === 'file' && typeof v === 'string') out.add(path.basename(v)); else walk(v);
  };
  for (const d of dirs) if (fs.existsSync(d)) for (const f of fs.readdirSync(d)) if (f.endsWith('.json')) walk(JSON.parse(fs.readFileSync(path.join(d, f), 'utf8')));
  return out;
}

const skip = evaluationFiles();
const segment = loadSegmenter();
const seen = new Map<string, number>();
const walk = (d: string): string[] => fs.readdirSync(d).flatMap((f) => (fs.statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [path.join(d, f)]));
let articles = 0;
for (const file of walk(path.join(shared, 'corpus'))) {
  if (skip.has(path.basename(file))) continue;
  articles++;
  const names = new Set<string>();
  for (const para of fs.readFileSync(file, 'utf8').split(/\n+/)) {
    if (!/[涨跌封板股价高低开（(]/.test(para)) continue;
    for (const m of findStockNames(para, tokenize(para, segment), [], [])) if (m.rule === 'stock-move') names.add(m.text);
  }
  for (const n of names) seen.set(n, (seen.get(n) ?? 0) + 1);
}
const kept = [...seen].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
console.error(`${articles} articles (${skip.size} evaluation articles left out), ${seen.size} names, ${kept.length} in two or more`);
for (const [name, n] of kept) console.log(`${name}\t${n}`);
