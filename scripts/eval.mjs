// `npm run eval`: the gold-set scores by split (look D1–D15, check D16–D25, all 25, and D1–D5, the
// articles the first rules were written against), the speaker and entity development sets and the People's Daily NER
// score. Needs ../shared.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const shared = path.resolve(import.meta.dirname, '../../shared');
if (!fs.existsSync(path.join(shared, 'eval'))) {
  console.error(`npm run eval needs ../shared beside the checkout (${shared})`);
  process.exit(2);
}
const cmd = 'node dist/cli.js analyze --format json';
const splits = [
  ['look D1–D15', '^D([1-9]|1[0-5])\\.'],
  ['check D16–D25', '^D(1[6-9]|2[0-5])\\.'],
  ['D1–D5', '^D[1-5]\\.'],
  ['all D1–D25', '.'],
];
for (const [name, only] of splits) {
  const out = execFileSync(process.execPath, [path.join(shared, 'eval/score.mjs'), '--gold', path.join(shared, 'eval/gold'), '--batch', '--only', only, '--cmd', cmd], { encoding: 'utf8' });
  console.log(`== ${name}\n${out.trim().split('\n').slice(-4).join('\n')}`);
}
// the speaker development set: 40 corpus articles, quotes and speakers only (test/fixtures/speakers/README.md)
const dev = execFileSync(process.execPath, [path.join(shared, 'eval/score.mjs'), '--gold', path.resolve(import.meta.dirname, '../test/fixtures/speakers/gold'), '--batch', '--cmd', cmd], { encoding: 'utf8' });
console.log(`== speaker dev S01–S70 (corpus, quotes only)\n${dev.trim().split('\n').find((l) => l.startsWith('quotes'))}`);
// the entity development set: 40 corpus articles (E01–E40), entities only (test/fixtures/entities/README.md)
const ents = execFileSync(process.execPath, [path.join(shared, 'eval/score.mjs'), '--gold', path.resolve(import.meta.dirname, '../test/fixtures/entities/gold'), '--batch', '--cmd', cmd], { encoding: 'utf8' });
console.log(`== entity dev E01–E40 (corpus, entities only)\n${ents.trim().split('\n').find((l) => l.startsWith('entities'))}`);
const ner = execFileSync(process.execPath, [path.join(shared, 'eval/ner-score.mjs'), path.join(shared, 'eval/peoples-daily/dev.bio'), cmd], { encoding: 'utf8' });
console.log(`== People's Daily dev\n${ner.trim()}`);
