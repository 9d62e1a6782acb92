// Exports validated against each format's required fields (brat standoff, W3C, ClaimReview, CSV), and
// the CLI's export → import → export round trip, on the seed article with the real segmenter.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/article';
import { createAnnotation, csvField, parseSidecar, toBrat, toClaimReviews, toEntityCsv, type Annotation } from '../../server/src/analysis/annotations/index';
import { runExport, runImport } from '../../server/src/cli/annotate';
import { loadSegmenter } from '../helpers/segmenter';
import { capture } from '../helpers/capture';

const SEED_PATH = path.resolve(__dirname, '../../seeds/000_6e34d8bb3fe969e6.txt');
const NOW = new Date('2024-04-18T08:00:00Z');
// The seed with a surrogate pair, CRLF line endings and an unclosed quote mark added, so offsets differ by unit.
const TEXT = `𠮷${fs.readFileSync(SEED_PATH, 'utf8').replace(/\n/g, '\r\n')}\r\n他说：“未完`;
const analysis = analyzeArticle(TEXT, { segment: loadSegmenter(), path: SEED_PATH });
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const CROSSING = '视频通话。\r\n\r\n这是中美防长';
const annotations: Annotation[] = [
  createAnnotation(TEXT, at('17个月来首次重要沟通'), { verdict: 'true', note: '国防部通报\t属实', sources: ['https://www.mod.gov.cn/'] }, '张编辑', NOW, { id: 'urn:t:1' }),
  createAnnotation(TEXT, at(CROSSING), { verdict: 'misleading', note: '跨段落' }, '张编辑', NOW, { id: 'urn:t:2' }),
  createAnnotation(TEXT, at('董军'), { tag: 'person' }, '张编辑', NOW, { id: 'urn:t:3' }),
  createAnnotation(TEXT, at('未完'), { note: '引语未闭合' }, '张编辑', NOW, { id: 'urn:t:4' }),
];
/** An oracle independent of codePoints.ts: the code points start…end of s, counted with codePointAt. */
function codePointSlice(s: string, start: number, end: number): string {
  let out = '';
  for (let i = 0, cp = 0; i < s.length && cp < end; cp++) {
    const c = s.codePointAt(i) as number;
    if (cp >= start) out += String.fromCodePoint(c);
    i += c > 0xffff ? 2 : 1;
  }
  return out;
}

test('brat: every T line\'s text equals the code-point slice, no fragment crosses a line break, A and # lines point at T ids', () => {
  const ann = toBrat(TEXT, analysis, annotations);
  const lines = ann.trimEnd().split('\n');
  const ids = new Set<string>();
  let entities = 0;
  for (const line of lines) {
    const [id, middle, text] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, ...offsets] = middle.split(' ');
      assert.match(type, /^[A-Za-z_][A-Za-z0-9_]*$/);
      const fragments = offsets.join(' ').split(';').map((f) => f.split(' ').map(Number));
      const expected = fragments.map(([s, e]) => codePointSlice(TEXT, s, e));
      for (const f of expected) assert.doesNotMatch(f, /[\r\n]/, line);
      assert.equal(text, expected.join(' '), line);
      ids.add(id);
      if (['Person', 'Place', 'Organization'].includes(type)) entities++;
    } else if (id.startsWith('A')) {
      assert.match(middle, /^Verdict T\d+ (true|mostly-true|misleading|false|unverifiable)$/);
      assert.ok(ids.has(middle.split(' ')[1]));
    } else {
      assert.match(id, /^#\d+$/);
      assert.match(middle, /^AnnotatorNotes T\d+$/);
      assert.ok(ids.has(middle.split(' ')[1]));
      assert.doesNotMatch(text, /[\t\r\n]/);
    }
  }
  assert.ok(entities >= analysis.mentions.length - 1, 'entity mentions exported (董军 tagged twice is one T)');
  assert.match(ann, /\tClaim \d+ \d+;\d+ \d+\t视频通话。 这是中美防长\n/, 'a claim across a line break is split into fragments');
  assert.match(ann, /AnnotatorNotes T\d+\t国防部通报 属实 https:\/\/www\.mod\.gov\.cn\//);
  assert.equal(lines.filter((l) => l.startsWith('A')).length, 2);
});

test('ClaimReview: one per verdict with the required fields', () => {
  const reviews = toClaimReviews(TEXT, analysis, annotations, { url: 'https://example.org/a', publisher: '新华网' }) as Record<string, any>[];
  assert.equal(reviews.length, 2);
  for (const r of reviews) {
    assert.equal(r['@context'], 'https://schema.org');
    assert.equal(r['@type'], 'ClaimReview');
    assert.ok(r.claimReviewed && !/[\r\n]/.test(r.claimReviewed));
    assert.match(r.datePublished, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(r.author.name, '张编辑');
    assert.equal(r.reviewRating['@type'], 'Rating');
    assert.ok(['True', 'Mostly true', 'Misleading', 'False', 'Unverifiable'].includes(r.reviewRating.alternateName));
    assert.ok(r.reviewRating.ratingValue >= r.reviewRating.worstRating && r.reviewRating.ratingValue <= r.reviewRating.bestRating);
    assert.equal(r.itemReviewed['@type'], 'Claim');
    assert.ok(r.itemReviewed.author.name);
    assert.equal(r.itemReviewed.appearance.url, 'https://example.org/a');
    assert.equal(r.itemReviewed.datePublished, '2024-04-17');
  }
  assert.equal(reviews[0].claimReviewed, '17个月来首次重要沟通');
  assert.deepEqual(reviews[0].citation, ['https://www.mod.gov.cn/']);
  assert.equal(reviews[1].claimReviewed, '视频通话。 这是中美防长');
});

test('CSV of entities: header, one row per entity, RFC 4180 quoting', () => {
  const csv = toEntityCsv(analysis);
  const rows = csv.split('\r\n');
  assert.equal(rows[0], 'name,type,aliases,mentions');
  assert.equal(rows.at(-1), '', 'every row ends with CRLF');
  assert.equal(rows.length - 2, analysis.entities.length);
  assert.ok(rows.some((r) => /^董军,person,[^,]*,\d+$/.test(r)));
  assert.equal(csvField('新华社,北京'), '"新华社,北京"');
  assert.equal(csvField('他说"好"'), '"他说""好"""');
  assert.equal(csvField('甲\r\n乙'), '"甲\r\n乙"');
  assert.equal(toEntityCsv({ entities: [{ id: 'e', name: 'A,"B"', type: 'organization', aliases: ['x', 'y'], mentions: [] }] }), 'name,type,aliases,mentions\r\n"A,""B""",organization,x|y,0\r\n');
});

test('CLI: export w3c → import into a fresh article → export gives the same annotations; bad input exits 2', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-annotate-'));
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  fs.writeFileSync(a, TEXT);
  fs.writeFileSync(b, TEXT);
  fs.writeFileSync(`${a}.annotations.json`, `${JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: annotations } })}\n`);
  const first = capture(() => runExport(['--format', 'w3c', a]));
  assert.equal(first.status, 0, first.stderr);
  const exported = parseSidecar(first.stdout);
  assert.equal(exported.error, undefined);
  assert.equal(exported.annotations.length, annotations.length);
  const jsonld = path.join(dir, 'review.jsonld');
  fs.writeFileSync(jsonld, first.stdout);
  const imported = capture(() => runImport([jsonld, b]));
  assert.equal(imported.status, 0, imported.stderr);
  assert.match(imported.stdout, /4 added, 0 updated, 0 unchanged/);
  const again = capture(() => runImport([jsonld, b]));
  assert.match(again.stdout, /0 added, 0 updated, 4 unchanged/);
  const second = capture(() => runExport(['--format', 'w3c', b]));
  const strip = (json: string) => parseSidecar(json).annotations.map((x) => ({ ...x, target: { ...x.target, source: '' } }));
  assert.deepEqual(strip(second.stdout), strip(first.stdout));
  for (const format of ['brat', 'claimreview', 'csv']) assert.equal(capture(() => runExport(['--format', format, a])).status, 0, format);
  const bad: [string[], RegExp][] = [
    [['--format', 'xml', a], /--format must be one of/],
    [['--format', 'brat'], /exactly one article/],
    [['--format', 'brat', path.join(dir, 'missing.txt')], /no such file|cannot read/],
  ];
  for (const [args, message] of bad) {
    const r = capture(() => runExport(args));
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
  }
  fs.writeFileSync(`${b}.annotations.json`, 'not json');
  const broken = capture(() => runImport([jsonld, b]));
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /not JSON.*left untouched/);
  assert.equal(fs.readFileSync(`${b}.annotations.json`, 'utf8'), 'not json');
  fs.writeFileSync(jsonld, '{"type":"AnnotationCollection","first":{"items":[{"type":"Annotation"}]}}');
  assert.match(capture(() => runImport([jsonld, a])).stderr, /missing "id"/);
});
