// Scores the committed entity model alone (no rules) on the People's Daily dev set, mention level
// (exact span and type), the way ../shared/eval/ner-score.mjs reads a BIO file. Scoring only: nothing
// here feeds training. Also reports the model's load time and speed, and with --corpus its speed
// beside raw nodejieba `tag` over ../shared/corpus paragraphs.
//   node --import tsx scripts/scoreModel.ts [--data ../shared/eval/peoples-daily/dev.bio] [--model FILE] [--corpus] [--errors 30]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSegmenter } from '../server/src/node/segmenter';
import { findEntityModelFile, loadEntityModel } from '../server/src/node/entityModel';
import { tokenize } from '../server/src/analysis/tokens';
import { findModelMentions } from '../server/src/analysis/entities/model';
import type { Token } from '../server/src/analysis/types';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const DATA = path.resolve(opt('data', path.join(root, '..', 'shared', 'eval', 'peoples-daily', 'dev.bio')));
const TYPE: Record<string, string> = { PER: 'person', LOC: 'place', ORG: 'organization' };

/** Sentences of a BIO file and their gold mentions (`start:end:type`), read as ner-score.mjs reads them. */
function readBio(file: string): { text: string; gold: Set<string> }[] {
  const out: { text: string; gold: Set<string> }[] = [];
  let text = '', gold = new Set<string>(), open: [number, string] | null = null;
  const close = () => { if (open) gold.add(`${open[0]}:${text.length}:${open[1]}`); open = null; };
  const flush = () => { close(); if (text) out.push({ text, gold }); text = ''; gold = new Set(); };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^(\S+)\s+(\S+)/.exec(line);
    if (!m) { flush(); continue; }
    const [, ch, tag] = m;
    const [pre, t] = tag.split('-');
    if (pre === 'B' || pre === 'S' || pre === 'O' || (open && open[1] !== TYPE[t])) close();
    if ((pre === 'B' || pre === 'S' || (pre === 'I' && !open)) && TYPE[t]) open = [text.length, TYPE[t]];
    text += ch;
  }
  flush();
  return out;
}

function main() {
  const t0 = performance.now();
  const model = loadEntityModel(args.includes('--model') ? path.resolve(opt('model', '')) : undefined);
  const loadMs = performance.now() - t0;
  const size = fs.statSync(args.includes('--model') ? opt('model', '') : findEntityModelFile()!).size;
  const segment = loadSegmenter();
  const sentences = readBio(DATA);
  const tokens: Token[][] = [];
  const s0 = performance.now();
  for (const s of sentences) tokens.push(tokenize(s.text, segment));
  const segMs = performance.now() - s0;
  const by: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of [...Object.values(TYPE), 'all']) by[t] = { tp: 0, fp: 0, fn: 0 };
  const errors: string[] = [];
  let chars = 0, modelMs = 0;
  sentences.forEach((s, k) => {
    const m0 = performance.now();
    const found = findModelMentions(model, s.text, tokens[k]);
    modelMs += performance.now() - m0;
    chars += s.text.length;
    const sys = new Set(found.map((m) => `${m.start}:${m.end}:${m.type}`));
    for (const key of sys) { const t = key.split(':')[2]; const hit = s.gold.has(key) ? 'tp' : 'fp'; by[t][hit]++; by.all[hit]++; }
    for (const key of s.gold) if (!sys.has(key)) { by[key.split(':')[2]].fn++; by.all.fn++; }
    const show = (set: Set<string>) => [...set].map((k) => { const [a, b, t] = k.split(':'); return `${s.text.slice(+a, +b)}/${t[0]}`; }).join(' ');
    if (errors.length < Number(opt('errors', '0')) && [...sys].some((k) => !s.gold.has(k))) errors.push(`${s.text.slice(0, 60)}\n   gold: ${show(s.gold)}\n   model: ${show(sys)}`);
  });
  for (const [t, { tp, fp, fn }] of Object.entries(by)) {
    const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
    console.log(`${t.padEnd(13)} P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(4)} (${tp + fn} gold)`);
  }
  for (const e of errors) console.log(e);
  console.log(`model: ${(size / 1e6).toFixed(1)} MB, loaded in ${loadMs.toFixed(0)} ms; ${chars} chars: model ${(chars / modelMs * 1000 / 1e6).toFixed(2)} M chars/s, nodejieba tag ${(chars / segMs * 1000 / 1e6).toFixed(2)} M chars/s`);
  if (args.includes('--corpus')) corpusSpeed(model, segment);
}

/** Model and raw `tag` speed over the corpus paragraphs (UTF-8 MB/s, the bench's unit). */
function corpusSpeed(model: ReturnType<typeof loadEntityModel>, segment: ReturnType<typeof loadSegmenter>) {
  const dir = path.join(root, '..', 'shared', 'corpus');
  const files = (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).sort();
  const paragraphs = files.flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/).filter((l) => l.trim()));
  const bytes = paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0);
  let t = performance.now();
  const toks = paragraphs.map((p) => tokenize(p, segment));
  const tagS = (performance.now() - t) / 1000;
  t = performance.now();
  let found = 0;
  paragraphs.forEach((p, k) => { found += findModelMentions(model, p, toks[k]).length; });
  const modelS = (performance.now() - t) / 1000;
  console.log(`corpus ${(bytes / 1e6).toFixed(1)} MB, ${paragraphs.length} paragraphs: tag ${(bytes / 1e6 / tagS).toFixed(2)} MB/s, model ${(bytes / 1e6 / modelS).toFixed(2)} MB/s (${found} mentions)`);
}

main();
