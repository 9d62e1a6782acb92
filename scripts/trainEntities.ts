// Trains the character-level entity model (server/src/analysis/entities/model.ts) from ../shared/ner:
// MSRA train (every tenth sentence held out as dev, never trained on), CLUENER train+dev mapped to
// person/place/organization, Weibo named mentions; sentences overlapping the People's Daily dev set
// are left out (see evalPieces). Averaged structured perceptron over hashed
// features, fixed seed, deterministic. Prints held-out scores; writes server/resources/entity-model.bin
// and the seed article's expected mentions (test/fixtures/entityModel.seed.json).
//   node --import tsx scripts/trainEntities.ts [--epochs 8] [--bits 19] [--groups chars,bigrams,...]
//     [--lexicon person,placeCore,place,organization] [--data msra,cluener,weibo] [--weights int8|int16|float32] [--synthetic 0.2]
//     [--no-write | --out FILE (an experiment: the seed's mentions go to FILE.seed.json)]
//     [--foreign (synthetic names also from HanLP's foreign places `nsf` and companies `ntc`/`ntcb`, nsf in the core-place list)]
//     [--core-places (HanLP core dictionary `ns` words in the place list)] [--cluener-copies N]
//     [--indomain REGEX|none (the entity development set's articles whose ids match, test/fixtures/entities/gold,
//      as training sentences: hand-annotated news of the corpus under the project's guideline; default all
//      but E41–E60)] [--indomain-copies 2] [--optional outside|tag|skip (what the entries marked optional
//      become: outside, tagged like the others, or their sentences left out)]
//     [--companies (the company lexicon entities/lexicons/companies.json, uncued names, in the organization list)]
//   The defaults reproduce the shipped weights byte for byte; the options are experiments measured in
//   server/resources/README.md (none is shipped).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadSegmenter } from '../server/src/node/segmenter';
import { tokenize } from '../server/src/analysis/tokens';
import { buildClassTable, buildLexicon, createFeatureBuffer, extractFeatures, FEATURE_VERSION, GROUPS, LEX_CATEGORIES, NUM_TAGS, type ClassChars, type FeatureGroup, type FeatureSpec } from '../server/src/analysis/entities/modelFeatures';
import { findModelMentions, toMentions, viterbi, type EntityModelHeader } from '../server/src/analysis/entities/model';
import { parseEntityModel, serializeEntityModel } from '../server/src/analysis/entities/modelFile';
import classes from '../server/src/analysis/entities/lexicons/classes.json';
import places from '../server/src/analysis/entities/lexicons/places.json';
import companies from '../server/src/analysis/entities/lexicons/companies.json';
import { annotatedSentences, toBioes, type GoldEntity, type Sentence, type Type } from './nerSentences';

const root = path.resolve(__dirname, '..');
const shared = path.resolve(root, '..', 'shared', 'ner');
const args = process.argv.slice(2);
const opt = (name: string, def: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : def; };
const EPOCHS = Number(opt('epochs', '8'));
const BITS = Number(opt('bits', '19'));
const GROUP_NAMES = opt('groups', 'chars,bigrams,words,wordId,lexicon,classes').split(',').filter(Boolean) as FeatureGroup[];
const LEX = new Set(opt('lexicon', LEX_CATEGORIES.join(',')).split(','));
const DATA = new Set(opt('data', 'msra,cluener,weibo').split(','));
const WEIGHT_TYPE = opt('weights', 'int8') as 'int8' | 'int16' | 'float32';
const WRITE = !args.includes('--no-write');
const SYNTHETIC = Number(opt('synthetic', '0.2'));
const SEED = 20240217;
const FOREIGN = args.includes('--foreign');
const CLUENER_COPIES = Number(opt('cluener-copies', '1'));
const CORE_PLACES = args.includes('--core-places');
const COMPANIES = args.includes('--companies');
/**
 * The entity development set's articles trained on by default: all but E41–E60, which stay out as
 * hand-annotated news the model never saw (scored, their errors not read). `--indomain none` trains on
 * the public data alone.
 */
const INDOMAIN_DEFAULT = '^E(0[1-9]|[1-3][0-9]|40|6[1-9]|[7-9][0-9]|1[0-9][0-9]|2[0-9][0-9]|300)\\.';
const INDOMAIN = ((o) => (o === 'none' ? '' : o))(opt('indomain', INDOMAIN_DEFAULT));
const INDOMAIN_COPIES = Number(opt('indomain-copies', '2'));
const OPTIONAL = opt('optional', 'outside') as 'tag' | 'outside' | 'skip';

/** `字\tB-PER` lines (MSRA) or `字0\tB-PER.NAM` (Weibo, `mapTag` decides), blank line between sentences. */
function readCharLines(file: string, unit: (field: string) => string, mapTag: (tag: string) => string): Sentence[] {
  const out: Sentence[] = [];
  let text = '', types: (Type | null)[] = [], begins: boolean[] = [];
  const flush = () => { if (text) out.push({ text, gold: toBioes(types, begins) }); text = ''; types = []; begins = []; };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0 || line.trim() === '') { flush(); continue; }
    const ch = unit(line.slice(0, tab)) || ' ';
    const tag = mapTag(line.slice(tab + 1).trim());
    const type = tag === 'O' ? null : (tag.slice(2) as Type);
    for (let k = 0; k < ch.length; k++) {
      text += ch[k];
      types.push(type);
      begins.push(k === 0 && tag.startsWith('B-'));
    }
  }
  flush();
  return out;
}

function readMsra(): { train: Sentence[]; dev: Sentence[] } {
  const all = readCharLines(path.join(shared, 'msra', 'train.bio'), (f) => f, (t) => t);
  return { train: all.filter((_, i) => i % 10 !== 9), dev: all.filter((_, i) => i % 10 === 9) };
}

const CLUE: Record<string, Type> = { name: 'PER', address: 'LOC', scene: 'LOC', organization: 'ORG', government: 'ORG', company: 'ORG' };
function readCluener(): Sentence[] {
  const out: Sentence[] = [];
  for (const file of ['train.json', 'dev.json']) {
    for (const line of fs.readFileSync(path.join(shared, 'cluener', file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text, label } = JSON.parse(line) as { text: string; label: Record<string, Record<string, [number, number][]>> };
      if (/[\ud800-\udfff]/.test(text)) continue; // its offsets count code points
      const types: (Type | null)[] = new Array(text.length).fill(null), begins: boolean[] = new Array(text.length).fill(false);
      for (const [kind, entities] of Object.entries(label ?? {})) {
        const type = CLUE[kind];
        if (!type) continue;
        for (const spans of Object.values(entities)) for (const [s, e] of spans) {
          for (let i = s; i <= e; i++) types[i] = type;
          begins[s] = true;
        }
      }
      out.push({ text, gold: toBioes(types, begins) });
    }
  }
  return out;
}

function readWeibo(): Sentence[] {
  const map = (t: string) => {
    const m = /^([BI])-(PER|ORG|LOC|GPE)\.NAM$/.exec(t);
    return m ? `${m[1]}-${m[2] === 'GPE' ? 'LOC' : m[2]}` : 'O';
  };
  return ['train', 'dev', 'test'].flatMap((s) => readCharLines(path.join(shared, 'weibo', `weiboNER_2nd_conll.${s}`), (f) => f.slice(0, -1), map));
}

/** The entity development set's articles whose ids match `only`, as training sentences. */
function readInDomain(only: RegExp): Sentence[] {
  const dir = path.join(root, 'test', 'fixtures', 'entities', 'gold');
  const out: Sentence[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && only.test(f)).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { file: string; entities: GoldEntity[] };
    out.push(...annotatedSentences(fs.readFileSync(path.resolve(dir, '..', gold.file), 'utf8'), gold.entities, OPTIONAL)); // `file` is relative to the gold folder's parent, as score.mjs reads it
  }
  return out;
}

/**
 * 15-character pieces of the People's Daily dev sentences (their text only, never their tags). MSRA
 * and that set both come from People's Daily 1998 and two thirds of its sentences are in MSRA train
 * word for word (nearly all the rest share long runs): a training sentence sharing a piece is left
 * out, so that the dev set stays unseen and its score honest.
 */
const PIECE = 15;
/** Every `PIECE`-character piece of `s` into `pieces`, or `s` whole when it is shorter. */
function addPieces(pieces: Set<string>, s: string): void {
  if (s.length > 0 && s.length < PIECE) pieces.add(s);
  for (let i = 0; i + PIECE <= s.length; i++) pieces.add(s.slice(i, i + PIECE));
}
function evalPieces(): Set<string> {
  const file = path.join(root, '..', 'shared', 'eval', 'peoples-daily', 'dev.bio');
  const pieces = new Set<string>();
  let s = '';
  const add = () => {
    addPieces(pieces, s);
    s = '';
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^(\S+)\s/.exec(line);
    if (m) s += m[1];
    else add();
  }
  add();
  return pieces;
}
/**
 * 15-character pieces of the gold articles' text (../shared/eval/gold D1–D25, their text only): the corpus
 * reprints some of them under another file name (E237 is D19 of the check split, E352 D14), so an
 * in-domain sentence sharing a piece with one is left out and the gold splits stay unseen by the model.
 */
function goldArticlePieces(): Set<string> {
  const gold = path.join(root, '..', 'shared', 'eval', 'gold');
  const pieces = new Set<string>();
  for (const name of fs.readdirSync(gold).filter((f) => f.endsWith('.json'))) {
    const { file } = JSON.parse(fs.readFileSync(path.join(gold, name), 'utf8')) as { file: string };
    addPieces(pieces, fs.readFileSync(path.resolve(gold, '..', file), 'utf8').replace(/\s+/g, ''));
  }
  return pieces;
}
function sharesPiece(text: string, pieces: Set<string>): boolean {
  if (text.length < PIECE) return pieces.has(text);
  for (let i = 0; i + PIECE <= text.length; i++) if (pieces.has(text.slice(i, i + PIECE))) return true;
  return false;
}

// ---- lexicon: name lists filtered by what the segmenter says ----
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nsf', 'nt', 'nz', 'x', 'eng', 'j']);
function lines(file: string): string[] {
  return fs.readFileSync(path.join(shared, file), 'utf8').replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
}
function buildModelLexicon(segment: ReturnType<typeof loadSegmenter>) {
  const entries: [string, number][] = [];
  const kept: Record<string, string[]> = { person: [], placeCore: [], place: [], organization: [] };
  const counts: Record<string, number> = {};
  const dropped: Record<string, number> = {};
  const add = (cat: (typeof LEX_CATEGORIES)[number], words: Iterable<string>, filter: boolean) => {
    const bit = 1 << LEX_CATEGORIES.indexOf(cat);
    for (const w of words) {
      if (w.length < 2 || w.length > 12 || /\s/.test(w)) continue;
      if (filter) {
        const toks = segment(w);
        // a word the segmenter knows as a common word (医院/n, 南方/f, 学校/n) is noise as a name
        if (toks.length === 1 && !NAME_TAGS.has(toks[0].tag)) { dropped[cat] = (dropped[cat] ?? 0) + 1; continue; }
      }
      kept[cat].push(w);
      if (!LEX.has(cat)) continue;
      entries.push([w, bit]);
      counts[cat] = (counts[cat] ?? 0) + 1;
    }
  };
  add('person', lines('hanlp/nrf.txt'), true);
  add('person', lines('hanlp/人名词典.txt').map((l) => l.split(/\s+/)).filter((p) => p[1] === 'nrf' || p[1] === 'nrj').map((p) => p[0]), true);
  add('placeCore', [...places.countries, ...places.cities, ...places.divisions, ...places.cityShort], false);
  if (FOREIGN) add('placeCore', coreTagged('nsf'), false);
  if (CORE_PLACES) add('place', coreTagged('ns'), true);
  add('place', [...lines('hanlp/全国地名大全.txt'), ...lines('thuocl/THUOCL_diming.txt').map((l) => l.split(/\s+/)[0])], true);
  add('organization', [...lines('hanlp/机构名词典.txt').map((l) => l.split(/\s+/)[0]), ...places.organizations], true);
  if (COMPANIES) add('organization', companies.companies, false);
  return { lexicon: buildLexicon(entries, 12), counts, dropped, kept };
}

/** Words of HanLP's core dictionary with one of `tags` (`nsf` foreign places, `ntc` companies, …). */
function coreTagged(...tags: string[]): string[] {
  const want = new Set(tags);
  return lines('hanlp/CoreNatureDictionary.txt').map((l) => l.split('\t')).filter((p) => !p[0].includes('#') && p.some((t, i) => i % 2 === 1 && want.has(t))).map((p) => p[0]);
}

/**
 * Synthetic sentences: a share of training sentences again with about half their names swapped for
 * names from the lists (transliterated names, sometimes two joined by `·`; world places; media
 * outlets and companies), the kinds of names the rules miss on today's news.
 */
function synthesize(sentences: Sentence[], kept: Record<string, string[]>, rate: number): Sentence[] {
  const random = mulberry32(SEED + 1);
  const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)];
  const orgs = kept.organization.filter((w) => /(社|台|网|报|公司|集团|银行|新闻|传媒|电视|广播|基金|证券|汽车|科技)$/.test(w));
  // foreign places and companies named without a suffix (HanLP nsf, ntc/ntcb), typed as such
  const worldPlaces = [...places.countries, ...places.cities, ...(FOREIGN ? coreTagged('nsf') : [])];
  const companies = FOREIGN ? [...new Set([...coreTagged('ntc', 'ntcb'), ...orgTagged('ntc', 'ntcb')])].filter((w) => w.length >= 2) : [];
  const pools: Record<string, () => string> = {
    person: () => (random() < 0.3 ? `${pick(kept.person)}·${pick(kept.person)}` : pick(kept.person)),
    place: () => pick(worldPlaces),
    organization: () => (companies.length && random() < 0.4 ? pick(companies) : pick(orgs)),
  };
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (random() >= rate) continue;
    const mentions = toMentions(s.text, s.gold);
    if (mentions.length === 0) continue;
    let text = '';
    const types: (Type | null)[] = [], begins: boolean[] = [];
    const put = (str: string, type: Type | null) => { for (let k = 0; k < str.length; k++) { text += str[k]; types.push(type); begins.push(type !== null && k === 0); } };
    let at = 0;
    for (const m of mentions) {
      put(s.text.slice(at, m.start), null);
      put(random() < 0.5 ? pools[m.type]() : m.text, m.type === 'person' ? 'PER' : m.type === 'place' ? 'LOC' : 'ORG');
      at = m.end;
    }
    put(s.text.slice(at), null);
    out.push({ text, gold: toBioes(types, begins) });
  }
  return out;
}

/** Organizations of HanLP's organization list with one of `tags` (`ntc` companies, `ntcb` banks, …). */
function orgTagged(...tags: string[]): string[] {
  const want = new Set(tags);
  return lines('hanlp/机构名词典.txt').map((l) => l.split(/\s+/)).filter((p) => want.has(p[1])).map((p) => p[0]);
}

function classChars(): ClassChars {
  const last = (words: string[]) => [...new Set(words.map((w) => w[w.length - 1]))].join('');
  return { translit: classes.translit, surnames: classes.surnames, orgSuffix: last(classes.orgSuffixes), placeSuffix: last(classes.placeSuffixes) };
}

// ---- features of every sentence, computed once ----
interface Featurized { n: number; gold: Uint8Array; ids: Int32Array; offsets: Int32Array; text: string }
function featurize(spec: FeatureSpec, segment: ReturnType<typeof loadSegmenter>, sentences: Sentence[]): Featurized[] {
  const buf = createFeatureBuffer();
  return sentences.map(({ text, gold }) => {
    extractFeatures(spec, text, tokenize(text, segment), buf);
    const n = text.length;
    return { n, gold, text, ids: buf.ids.slice(0, buf.offsets[n]), offsets: buf.offsets.slice(0, n + 1) };
  });
}

let em = new Float32Array(1 << 16);
function emissions(w: Float32Array | Int8Array | Int16Array, scale: number, s: Featurized): Float32Array {
  if (em.length < s.n * NUM_TAGS) em = new Float32Array(s.n * NUM_TAGS * 2);
  const ids = s.ids, offsets = s.offsets;
  for (let i = 0; i < s.n; i++) {
    const o = i * NUM_TAGS;
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0, e9 = 0, e10 = 0, e11 = 0, e12 = 0;
    for (let f = offsets[i], end = offsets[i + 1]; f < end; f++) {
      const b = ids[f] * NUM_TAGS;
      e0 += w[b]; e1 += w[b + 1]; e2 += w[b + 2]; e3 += w[b + 3]; e4 += w[b + 4]; e5 += w[b + 5]; e6 += w[b + 6];
      e7 += w[b + 7]; e8 += w[b + 8]; e9 += w[b + 9]; e10 += w[b + 10]; e11 += w[b + 11]; e12 += w[b + 12];
    }
    em[o] = e0 * scale; em[o + 1] = e1 * scale; em[o + 2] = e2 * scale; em[o + 3] = e3 * scale; em[o + 4] = e4 * scale;
    em[o + 5] = e5 * scale; em[o + 6] = e6 * scale; em[o + 7] = e7 * scale; em[o + 8] = e8 * scale; em[o + 9] = e9 * scale;
    em[o + 10] = e10 * scale; em[o + 11] = e11 * scale; em[o + 12] = e12 * scale;
  }
  return em;
}

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Score { [type: string]: { p: number; r: number; f: number; tp: number; fp: number; fn: number } }
function evaluate(w: Float32Array | Int8Array | Int16Array, scale: number, trans: Float32Array, data: Featurized[]): Score {
  const c: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of ['person', 'place', 'organization', 'all']) c[t] = { tp: 0, fp: 0, fn: 0 };
  let pred = new Uint8Array(1024);
  for (const s of data) {
    if (pred.length < s.n) pred = new Uint8Array(s.n * 2);
    viterbi(emissions(w, scale, s), s.n, trans, pred);
    const key = (m: { start: number; end: number; type: string }) => `${m.start}:${m.end}:${m.type}`;
    const g = toMentions(s.text, s.gold), p = toMentions(s.text, pred, s.n);
    const gs = new Set(g.map(key)), ps = new Set(p.map(key));
    for (const m of p) { const hit = gs.has(key(m)) ? 'tp' : 'fp'; c[m.type][hit]++; c.all[hit]++; }
    for (const m of g) if (!ps.has(key(m))) { c[m.type].fn++; c.all.fn++; }
  }
  const out: Score = {};
  for (const [t, { tp, fp, fn }] of Object.entries(c)) {
    const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
    out[t] = { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
  }
  return out;
}
const fmt = (s: Score) => Object.entries(s).map(([t, v]) => `${t} P=${v.p.toFixed(4)} R=${v.r.toFixed(4)} F1=${v.f.toFixed(4)}`).join('\n  ');

function train(spec: FeatureSpec, data: Featurized[], dev: Featurized[]) {
  const size = NUM_TAGS << spec.bits;
  const w = new Float32Array(size), u = new Float64Array(size);
  const tw = new Float64Array(14 * NUM_TAGS), tu = new Float64Array(14 * NUM_TAGS);
  const avg = new Float32Array(size), tavg = new Float32Array(14 * NUM_TAGS);
  const random = mulberry32(SEED);
  const order = data.map((_, i) => i);
  let c = 1, pred = new Uint8Array(1024);
  const transNow = new Float32Array(14 * NUM_TAGS);
  const average = () => {
    for (let k = 0; k < size; k++) avg[k] = w[k] - u[k] / c;
    for (let k = 0; k < tw.length; k++) tavg[k] = tw[k] - tu[k] / c;
  };
  let best = { epoch: 0, f: -1, w: null as Float32Array | null, t: null as Float32Array | null };
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const t0 = Date.now();
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let errors = 0;
    for (const idx of order) {
      const s = data[idx];
      if (pred.length < s.n) pred = new Uint8Array(s.n * 2);
      for (let k = 0; k < transNow.length; k++) transNow[k] = tw[k];
      viterbi(emissions(w, 1, s), s.n, transNow, pred);
      for (let i = 0; i < s.n; i++) {
        const g = s.gold[i], p = pred[i];
        if (g !== p) {
          errors++;
          for (let f = s.offsets[i]; f < s.offsets[i + 1]; f++) {
            const b = s.ids[f] * NUM_TAGS;
            w[b + g] += 1; u[b + g] += c;
            w[b + p] -= 1; u[b + p] -= c;
          }
        }
        const pg = i === 0 ? 13 : s.gold[i - 1], pp = i === 0 ? 13 : pred[i - 1];
        if (pg !== pp || g !== p) {
          tw[pg * NUM_TAGS + g] += 1; tu[pg * NUM_TAGS + g] += c;
          tw[pp * NUM_TAGS + p] -= 1; tu[pp * NUM_TAGS + p] -= c;
        }
      }
      c++;
    }
    average();
    const score = evaluate(avg, 1, tavg, dev);
    console.log(`epoch ${epoch}: ${errors} char errors, ${((Date.now() - t0) / 1000).toFixed(1)} s, MSRA dev F1=${score.all.f.toFixed(4)}`);
    if (score.all.f > best.f) best = { epoch, f: score.all.f, w: avg.slice(), t: tavg.slice() };
  }
  return { weights: best.w!, transitions: best.t!, epoch: best.epoch };
}

function quantize(w: Float32Array, type: 'int8' | 'int16' | 'float32'): { q: Int8Array | Int16Array | Float32Array; scale: number } {
  if (type === 'float32') return { q: w, scale: 1 };
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]));
  const top = type === 'int8' ? 127 : 32767;
  const scale = max / top || 1;
  const q = type === 'int8' ? new Int8Array(w.length) : new Int16Array(w.length);
  for (let k = 0; k < w.length; k++) q[k] = Math.round(w[k] / scale);
  return { q, scale };
}

function seedMentions(bytes: Uint8Array, segment: ReturnType<typeof loadSegmenter>) {
  const model = parseEntityModel(bytes);
  const text = fs.readFileSync(path.join(root, 'test', 'fixtures', 'seed.txt'), 'utf8');
  const out: { start: number; end: number; text: string; type: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const para = line.replace(/\r$/, '');
    for (const m of findModelMentions(model, para, tokenize(para, segment))) out.push({ start: m.start + at, end: m.end + at, text: m.text, type: m.type });
    at += line.length + 1;
  }
  return out;
}

function main() {
  const t0 = Date.now();
  const segment = loadSegmenter();
  const msra = readMsra();
  const pieces = evalPieces();
  const all: Sentence[] = [...(DATA.has('msra') ? msra.train : []), ...(DATA.has('cluener') ? Array.from({ length: CLUENER_COPIES }, readCluener).flat() : []), ...(DATA.has('weibo') ? readWeibo() : [])];
  const train0 = all.filter((s) => !sharesPiece(s.text, pieces));
  console.log(`left out ${all.length - train0.length} training sentences that share a ${PIECE}-character piece with the People's Daily dev set`);
  const goldPieces = goldArticlePieces();
  const inDomainAll = INDOMAIN ? readInDomain(new RegExp(INDOMAIN)) : [];
  const inDomain = inDomainAll.filter((s) => !sharesPiece(s.text.replace(/\s+/g, ''), goldPieces));
  if (inDomain.length) console.log(`${inDomain.length} sentences of the entity development set (${INDOMAIN}), ${INDOMAIN_COPIES} copies; ${inDomainAll.length - inDomain.length} left out that share a ${PIECE}-character piece with a gold article`);
  const { lexicon, counts, dropped, kept } = buildModelLexicon(segment);
  const synthetic = SYNTHETIC > 0 ? synthesize(train0, kept, SYNTHETIC) : [];
  console.log(`${synthetic.length} synthetic sentences`);
  train0.push(...synthetic);
  for (let k = 0; k < INDOMAIN_COPIES; k++) train0.push(...inDomain);
  const chars = classChars();
  const groups = GROUP_NAMES.reduce((g, name) => g | GROUPS[name], 0);
  const spec: FeatureSpec = { bits: BITS, groups, lexicon, classTable: buildClassTable(chars) };
  console.log(`groups ${GROUP_NAMES.join(',')}; lexicon ${JSON.stringify(counts)} (dropped as common words ${JSON.stringify(dropped)}); ${train0.length} training sentences, ${msra.dev.length} MSRA dev`);
  const data = featurize(spec, segment, train0), dev = featurize(spec, segment, msra.dev);
  console.log(`featurized in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const { weights, transitions, epoch } = train(spec, data, dev);
  const full = evaluate(weights, 1, transitions, dev);
  const { q, scale } = quantize(weights, WEIGHT_TYPE);
  const quant = evaluate(q, scale, transitions, dev);
  console.log(`MSRA dev (float, epoch ${epoch}):\n  ${fmt(full)}`);
  console.log(`MSRA dev (${WEIGHT_TYPE}, as shipped):\n  ${fmt(quant)}`);
  console.log(`RESULT ${JSON.stringify({ groups: GROUP_NAMES, lexicon: [...LEX], data: [...DATA], bits: BITS, epoch, f: quant.all.f, float: full.all.f })}`);
  if (!WRITE) return;
  const header: Omit<EntityModelHeader, 'sections'> = {
    format: 1, features: FEATURE_VERSION, bits: BITS, groups: GROUP_NAMES, weightType: WEIGHT_TYPE, scale, lexiconMaxLength: lexicon.maxLength, classChars: chars,
    trainedOn: [...DATA, ...(inDomain.length ? [`entity-dev ${INDOMAIN} x${INDOMAIN_COPIES}`] : [])], synthetic: synthetic.length, epochs: epoch, seed: SEED, lexiconEntries: counts, msraDev: Object.fromEntries(Object.entries(quant).map(([t, v]) => [t, { p: +v.p.toFixed(4), r: +v.r.toFixed(4), f: +v.f.toFixed(4) }])),
  };
  const bytes = serializeEntityModel(header, { transitions, weights: q, lexiconKeys: lexicon.keys, lexiconValues: lexicon.values, lexiconStarts: lexicon.starts });
  const file = path.resolve(opt('out', path.join(root, 'server', 'resources', 'entity-model.bin')));
  fs.writeFileSync(file, bytes);
  const seed = seedMentions(bytes, segment);
  const seedFile = args.includes('--out') ? `${file}.seed.json` : path.join(root, 'test', 'fixtures', 'entityModel.seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(seed, null, 1) + '\n');
  console.log(`wrote ${path.relative(root, file)} (${(bytes.length / 1e6).toFixed(1)} MB) and the seed's ${seed.length} expected mentions; ${((Date.now() - t0) / 1000).toFixed(0)} s in all`);
}

main();
