// Phase 2 groundwork for issue 15: how should the entity model's spans and today's rules combine?
// An analyzer for ../shared/eval/score.mjs --batch (one JSON line per article, entities only) that runs
// today's analysis and the model side by side and fuses their mentions by one strategy. Measure on
// the LOOK split only (D1–D15):
//   node ../shared/eval/score.mjs --gold ../shared/eval/gold --batch --only '^D([1-9]|1[0-5])\.' \
//     --cmd "node --import tsx scripts/fusionExperiment.ts --strategy model-first"
// Strategies: rules | model | rules-first | model-first | model-first+precise | vote-type | rules-first2 |
// model-first2 | model-first2+precise | agree+rules | rules-first3 | rules-first3+retype; --model FILE tries other weights
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSegmenter } from '../server/src/node/segmenter';
import { loadEntityModel } from '../server/src/node/entityModel';
import { analyzeArticle } from '../server/src/analysis/article';
import { tokenize } from '../server/src/analysis/tokens';
import { findModelMentions } from '../server/src/analysis/entities/model';
import type { EntityType } from '../server/src/analysis/types';

interface M { start: number; end: number; text: string; type: EntityType; rule: string; named?: boolean }
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const STRATEGY = opt('strategy', 'model-first');
const files = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

/** Rules whose mentions are more precise than the model's (lexicons, dotted names, media bylines, user entries). */
const PRECISE = new Set(['user-lexicon', 'lexicon', 'lexicon-short', 'lexicon-prefix', 'dotted-name', 'media-byline', 'media-source', 'media-title', 'quoted-organization', 'party-congress']);

const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'eng', 'j']);
/** Model spans worth adding beside the rules: two characters or more, no brackets or quote marks, a name the segmenter also sees. */
const plausible = (m: M) => m.text.length >= 2 && !/[（）()“”"「」《》、，：]/.test(m.text) && m.named === true;
const overlaps = (a: M, b: M) => a.start < b.end && b.start < a.end;
const without = (keep: M[], drop: M[]) => keep.filter((k) => !drop.some((d) => overlaps(k, d)));

/** Model mentions of every prose line (not the image line), offsets into the whole text. */
function modelMentions(text: string, segment: ReturnType<typeof loadSegmenter>): M[] {
  const model = loadEntityModel(args.includes('--model') ? path.resolve(opt('model', '')) : undefined);
  const out: M[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const para = line.replace(/\r$/, '');
    if (!para.startsWith('![')) {
      const tokens = tokenize(para, segment);
      for (const m of findModelMentions(model, para, tokens)) {
        // does the segmenter read a name (or a foreign word) anywhere inside the span?
        const named = tokens.some((t) => t.start < m.end && m.start < t.end && NAME_TAGS.has(t.tag));
        out.push({ ...m, start: m.start + at, end: m.end + at, rule: 'model', named });
      }
    }
    at += line.length + 1;
  }
  return out;
}

/** One type per surface string, by majority (ties to the first seen). */
function voteTypes(ms: M[]): M[] {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of ms) {
    const v = votes.get(m.text) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(m.text, v);
  }
  return ms.map((m) => ({ ...m, type: [...votes.get(m.text)!].sort((a, b) => b[1] - a[1])[0][0] }));
}

const long = (m: M) => m.text.length >= 2;

/** The rules' type for a text they also found (the rules read context the model does not). */
function retype(ms: M[], rules: M[]): M[] {
  const byText = new Map(rules.map((r) => [r.text, r.type]));
  return ms.map((m) => ({ ...m, type: byText.get(m.text) ?? m.type }));
}

function fuse(rules: M[], model: M[]): M[] {
  switch (STRATEGY) {
    case 'rules': return rules;
    case 'model': return model;
    case 'rules-first': return [...rules, ...without(model, rules)];
    case 'model-first': return [...model, ...without(rules, model)];
    case 'model-first+precise': {
      const precise = rules.filter((r) => PRECISE.has(r.rule));
      const base = [...precise, ...without(model, precise)];
      return [...base, ...without(rules, base)];
    }
    case 'vote-type': return voteTypes([...model, ...without(rules, model)]);
    // MSRA marks one-character abbreviations (中 美 in 中美) as places; the guideline does not
    case 'rules-first2': return [...rules, ...without(model.filter(long), rules)];
    case 'rules-first3': return [...rules, ...without(model.filter(plausible), rules)];
    case 'rules-first3+retype': return retype([...rules, ...without(model.filter(plausible), rules)], rules);
    case 'model-first2': return retype([...model.filter(long), ...without(rules, model.filter(long))], rules);
    case 'model-first2+precise': {
      const precise = rules.filter((r) => PRECISE.has(r.rule));
      const m = model.filter(long);
      const base = [...precise, ...without(m, precise)];
      return retype([...base, ...without(rules, base)], rules);
    }
    case 'agree+rules': {
      // rules, plus model spans the rules' segmentation also found as a word-level mention of another type or none
      const m = model.filter(long);
      return [...rules, ...without(m, rules).filter((x) => x.text.length >= 3 || x.type !== 'person')];
    }
    default: throw new Error(`unknown strategy ${STRATEGY}`);
  }
}

function main() {
  const segment = loadSegmenter();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const a = analyzeArticle(text, { segment, path: file });
    const rules: M[] = a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, rule: m.rule }));
    const fused = fuse(rules, modelMentions(text, segment));
    const entities = fused.map((m) => ({ text: m.text, type: m.type, start: m.start, end: m.end, rule: m.rule }));
    process.stdout.write(JSON.stringify({ file: path.resolve(file), entities, dates: [], quotes: [] }) + '\n');
  }
}

main();
