// People's Daily dev scored as `../shared/eval/ner-score.mjs` does (exact span and type), with its one-character gold
// mentions set aside: `中`, `美` of `中美`, `华` of `访华` are places by MSRA's convention and no entities by
// the project's guideline (abbreviations inside compounds, ../shared/eval/GUIDELINE.md). A system mention over
// one of them is set aside too. Printed by `npm run eval` beside the plain score, which stays the one reported.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

const shared = path.resolve(import.meta.dirname, '../../shared');
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pd-')), 'pd.txt');
const TYPE = { PER: 'person', LOC: 'place', ORG: 'organization' };
let text = ''; const gold = []; let open = null;
const close = () => { if (open) gold.push({ start: open[0], end: text.length, type: open[1] }); open = null; };
for (const line of readFileSync(path.join(shared, 'eval/peoples-daily/dev.bio'), 'utf8').split('\n')) {
  const m = line.match(/^(\S+)\s+(\S+)/);
  if (!m) { close(); if (text && !text.endsWith('\n')) text += '\n'; continue; }
  const [, ch, tag] = m; const [pre, t] = tag.split('-');
  if (pre === 'B' || pre === 'S' || pre === 'O' || (open && open[1] !== TYPE[t])) close();
  if ((pre === 'B' || pre === 'S' || (pre === 'I' && !open)) && TYPE[t]) open = [text.length, TYPE[t]];
  text += ch;
}
close(); if (!text.endsWith('\n')) text += '\n';
writeFileSync(file, text);
const out = JSON.parse(execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../dist/cli.js'), 'analyze', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
const key = (e) => `${e.start}:${e.end}:${e.type}`;
const aside = gold.filter((g) => g.end - g.start === 1);
const g2 = gold.filter((g) => g.end - g.start > 1);
const sys = out.entities.filter((s) => !aside.some((a) => a.start < s.end && s.start < a.end));
const gk = new Set(g2.map(key)), sk = new Set(sys.map(key));
const tp = [...gk].filter((k) => sk.has(k)).length, p = tp / sk.size, r = tp / gk.size;
console.log(`People's Daily dev, one-character gold mentions set aside (${aside.length} of ${gold.length}): F1=${(2 * p * r / (p + r)).toFixed(3)} P=${p.toFixed(3)} R=${r.toFixed(3)}`);
