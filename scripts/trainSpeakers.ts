// `npm run train:speakers`: trains the speaker ranker (server/src/analysis/quotes/ranker.ts) and writes
// its weights to server/src/analysis/quotes/speakerWeights.json. Examples come from the hand-annotated
// speaker sets whose errors were read (test/fixtures/speakers: S01–S150, S171–S200, S231–S290), the set
// S321–S500 (eighteenth round: each half scored unseen once, then trained on; errors read in the nineteenth),
// S501–S590 (nineteenth round: scored unseen, errors read in the twentieth), S591–S680 (twentieth round:
// scored unseen, errors read in the twenty-first), S681–S770 (twenty-first round: scored unseen, errors read in
// the twenty-second) and the look split D1–D15 (../shared/eval/gold); the sets kept unseen (S151–S170, S201–S230,
// S291–S320, S771–S835) and
// the check split D16–D25 are never read here. Each speech quote the analysis finds (speakers from the
// rules alone: `speakerWeights: null`) is matched to its gold quote as the scorer matches it; its
// candidates (`speakerChoices`) are labelled by the scorer's rule (a candidate whose text contains or
// is contained in a gold speaker; "no one" when the gold lists none). A conditional logit (softmax over
// a quote's candidates, L2-regularised, full-batch gradient descent with fixed steps: deterministic) is
// fitted; five folds by article print the accuracy on the quotes the ranker decides, against the rules'.
// `--check` trains and scores without writing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';
import { proseBlocks } from '../server/src/analysis/structure';
import { speakerMentions } from '../server/src/analysis/quotes/index';
import { bestCandidate, speakerChoices, type SpeakerChoice } from '../server/src/analysis/quotes/ranker';
import { loadSegmenter } from '../server/src/node/segmenter';
import { entityModelOrNone } from '../server/src/node/entityModel';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared');
const OUT = path.join(root, 'server/src/analysis/quotes/speakerWeights.json');
const SETS: [string, RegExp][] = [
  [path.join(root, 'test/fixtures/speakers/gold'), /^S(0[1-9]|[1-9][0-9]|1[0-4][0-9]|150|17[1-9]|1[89][0-9]|200|23[1-9]|2[4-8][0-9]|290|32[1-9]|3[3-9][0-9]|4[0-9][0-9]|5[0-9][0-9]|6[0-9][0-9]|7[0-6][0-9]|770)\.json$/],
  [path.join(shared, 'eval/gold'), /^D([1-9]|1[0-5])\.json$/],
];
const ALL = new Set(['topic', 'unattr', 'rule'] as const);
const L2 = Number(process.env.L2 ?? 0.02), STEPS = Number(process.env.STEPS ?? 400), RATE = 0.5;

interface Example {
  article: number;
  region: string;
  /** candidate features; `good[k]`: candidate k is right by the scorer */
  features: string[][];
  good: boolean[];
  /** the rules' answer is right */
  rules: boolean;
}

const matches = (ok: readonly string[], said: string | null): boolean => (ok.length === 0 ? !said : !!said && ok.some((w) => w === said || said.includes(w) || w.includes(said)));

function collect(): Example[] {
  const segment = loadSegmenter();
  const model = entityModelOrNone();
  const out: Example[] = [];
  let article = 0;
  for (const [dir, only] of SETS) {
    for (const name of fs.readdirSync(dir).filter((n) => only.test(n)).sort()) {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
      const file = path.resolve(path.dirname(dir), gold.file);
      const text = fs.readFileSync(file, 'utf8');
      const a = analyzeArticle(text, { segment, model, path: file, speakerWeights: null });
      const choices = new Map<number, SpeakerChoice>();
      for (const c of speakerChoices(text, proseBlocks(a.blocks), a.quotes, a.findings, speakerMentions(text, a.mentions), a.entities, ALL)) choices.set(c.index, c);
      const speech = a.quotes.map((q, i) => ({ q, i })).filter((x) => x.q.kind === 'speech');
      const used = new Set<number>();
      for (const g of gold.quotes.filter((q: { kind: string; optional?: boolean }) => q.kind === 'speech' && !q.optional)) {
        const k = speech.findIndex((s, j) => !used.has(j) && (s.q.text.slice(0, 8) === g.head || s.q.text.startsWith(g.head)));
        if (k < 0) continue;
        used.add(k);
        const choice = choices.get(speech[k].i);
        if (!choice) continue;
        const ok: string[] = g.speakers ?? [];
        const good = choice.candidates.map((c) => matches(ok, c.mention ? c.mention.text : null));
        const region = choice.candidates[0].features[1].slice('none:'.length);
        out.push({ article, region, features: choice.candidates.map((c) => c.features), good, rules: matches(ok, speech[k].q.speaker) });
      }
      article++;
    }
  }
  return out;
}

/** Conditional logit over the examples' candidates; examples whose right answer is no candidate are left out. */
function train(examples: readonly Example[]): Record<string, number> {
  const usable = examples.filter((e) => e.good.some(Boolean));
  const names = [...new Set(usable.flatMap((e) => e.features.flat()))].sort();
  const id = new Map(names.map((n, i) => [n, i]));
  const X = usable.map((e) => e.features.map((f) => f.map((n) => id.get(n)!)));
  const w = new Float64Array(names.length);
  // Adam, fixed steps from zero: the same weights on every run
  const m = new Float64Array(names.length), v = new Float64Array(names.length);
  for (let step = 1; step <= STEPS; step++) {
    const grad = new Float64Array(names.length);
    for (let e = 0; e < X.length; e++) {
      const scores = X[e].map((f) => f.reduce((s, k) => s + w[k], 0));
      const top = Math.max(...scores);
      const p = scores.map((s) => Math.exp(s - top));
      const z = p.reduce((a, b) => a + b, 0);
      const zGood = p.reduce((a, b, k) => a + (usable[e].good[k] ? b : 0), 0);
      // d(-log Σ_good p)/dw = E_p[f] - E_{p | good}[f]
      X[e].forEach((f, k) => {
        const d = p[k] / z - (usable[e].good[k] ? p[k] / zGood : 0);
        for (const j of f) grad[j] += d;
      });
    }
    for (let j = 0; j < w.length; j++) {
      const g = grad[j] / X.length + L2 * w[j];
      m[j] = 0.9 * m[j] + 0.1 * g;
      v[j] = 0.999 * v[j] + 0.001 * g * g;
      w[j] -= (RATE / Math.sqrt(step)) * (m[j] / (1 - 0.9 ** step)) / (Math.sqrt(v[j] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return Object.fromEntries(names.map((n, i) => [n, Math.round(w[i] * 1000) / 1000]).filter(([, x]) => x !== 0));
}

/** Quotes the ranker gave a name, and how many of those right, by region (for the report). */
const named = new Map<string, number>(), namedRight = new Map<string, number>();
const right = (e: Example, weights: Record<string, number>): boolean => {
  const cands = e.features.map((features, k) => ({ mention: null, features, k }));
  const best = bestCandidate(cands, weights) as (typeof cands)[number];
  if (best.k > 0) {
    named.set(e.region, (named.get(e.region) ?? 0) + 1);
    namedRight.set(e.region, (namedRight.get(e.region) ?? 0) + (e.good[best.k] ? 1 : 0));
  }
  return e.good[best.k];
};

/**
 * Five folds on the quotes no rule reaches (`unattr`, where the rules leave no speaker): how many the
 * ranker would name, and how many of those rightly, if it named only the best candidate whose score
 * beats "no one"'s by at least a margin; and the accuracy change on those quotes against the rules.
 */
function marginReport(xs: readonly Example[]): void {
  const margins: { margin: number; good: boolean; rules: boolean }[] = [];
  for (let fold = 0; fold < 5; fold++) {
    const weights = train(examples.filter((e) => e.region !== 'rule' && e.article % 5 !== fold));
    for (const e of xs.filter((x) => x.article % 5 === fold)) {
      const scores = e.features.map((f) => f.reduce((s, n) => s + (weights[n] ?? 0), 0));
      let k = 1;
      for (let j = 2; j < scores.length; j++) if (scores[j] > scores[k]) k = j;
      if (scores.length > 1) margins.push({ margin: scores[k] - scores[0], good: e.good[k], rules: e.rules });
    }
  }
  const rows: string[] = [];
  for (const t of [0, 0.5, 1, 1.5, 2, 2.5, 3, 4]) {
    const named = margins.filter((m) => m.margin > t);
    const right = named.filter((m) => m.good).length;
    const lost = named.filter((m) => m.rules).length;
    rows.push(`margin > ${t}: named ${named.length}, right ${right} (${named.length ? (right / named.length).toFixed(2) : '-'}), net ${right - lost >= 0 ? '+' : ''}${right - lost}`);
  }
  const reachable = xs.filter((e) => !e.rules && e.good.some((g, k) => g && k > 0)).length;
  console.log(`gold names someone on ${xs.filter((e) => !e.rules).length}; a right candidate among the choices on ${reachable}`);
  console.log(`5-fold, unattributed quotes (${xs.length}, ${margins.length} with a candidate):\n  ${rows.join('\n  ')}`);
}

function report(label: string, examples: readonly Example[], predict: (e: Example) => boolean): string {
  const parts: string[] = [];
  for (const region of ['unattr', 'topic']) {
    const xs = examples.filter((e) => e.region === region);
    parts.push(`${region} ${xs.filter(predict).length}/${xs.length} (rules ${xs.filter((e) => e.rules).length})`);
  }
  return `${label}: ${parts.join(', ')}`;
}

const examples = collect();
const decided = examples.filter((e) => e.region !== 'rule');
console.log(`${examples.length} speech quotes with candidates, ${decided.length} the ranker decides`);
for (const [label, pick] of [['trained on the quotes the ranker decides', (xs: Example[]) => xs.filter((e) => e.region !== 'rule')], ['trained on every quote', (xs: Example[]) => xs], ['trained on topic quotes', (xs: Example[]) => xs.filter((e) => e.region === 'topic')]] as const) {
  const predictions = new Map<Example, boolean>();
  for (let fold = 0; fold < 5; fold++) {
    const weights = train(pick(examples.filter((e) => e.article % 5 !== fold)));
    for (const e of decided.filter((x) => x.article % 5 === fold)) predictions.set(e, right(e, weights));
  }
  console.log(report(`5-fold, ${label}`, decided, (e) => predictions.get(e)!), [...named].map(([r, n]) => `${r}: named ${n}, right ${namedRight.get(r)}`).join('; '));
  named.clear(); namedRight.clear();
}
marginReport(examples.filter((e) => e.region === 'unattr'));
const weights = train(decided);
console.log(report('trained on all, scored on the same', decided, (e) => right(e, weights)));
if (!process.argv.includes('--check')) {
  const articles = new Set(examples.map((e) => e.article)).size;
  fs.writeFileSync(OUT, JSON.stringify({ trainedOn: `${articles} articles (speaker sets S01–S150, S171–S200, S231–S290, S321–S770; look split D1–D15), ${decided.length} quotes the ranker decides`, weights }, null, 1) + '\n');
  console.log(Object.entries(weights).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(' '));
  console.log(`wrote ${path.relative(root, OUT)} (${Object.keys(weights).length} weights)`);
}
