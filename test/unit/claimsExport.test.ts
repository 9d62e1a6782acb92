// Unreviewed claims in the ClaimReview export (issue 18): schema.org Claim items for the claims no
// verdict covers, after the ClaimReviews, only with --include-claims.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/article';
import { createAnnotation, toUnreviewedClaims, type Annotation } from '../../server/src/analysis/annotations/index';
import { runExport } from '../../server/src/cli/annotate';
import { loadSegmenter } from '../helpers/segmenter';
import { capture } from '../helpers/capture';

const TEXT = '# 𠮷林山火已致51人死亡\r\n\r\n据统计，今年过火面积达4.3万公顷，比去年多两成。\r\n\r\n天气晴朗。\r\n\r\n局长王建国说：“这是本市首次发生如此规模的山火。”';
const analysis = analyzeArticle(TEXT, { segment: loadSegmenter(), path: '/news/2024/02/04/fire.md' });
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const NOW = new Date('2024-02-05T08:00:00Z');
const verdict: Annotation = createAnnotation(TEXT, at('4.3万公顷'), { verdict: 'true' }, '张编辑', NOW, { id: 'urn:t:1' });
const note: Annotation = createAnnotation(TEXT, at('首次'), { note: '待查' }, '张编辑', NOW, { id: 'urn:t:2' });

test('Claim items: the claims no verdict covers, with text, appearance, kinds as keywords', () => {
  const claims = toUnreviewedClaims(TEXT, analysis, [verdict, note], { url: 'https://example.org/fire', publisher: '新华网' }) as Record<string, any>[];
  assert.deepEqual(claims.map((c) => c.text), ['𠮷林山火已致51人死亡', '局长王建国说：“这是本市首次发生如此规模的山火。”'], 'a verdict covers the second sentence; a note is no review');
  for (const c of claims) {
    assert.equal(c['@context'], 'https://schema.org');
    assert.equal(c['@type'], 'Claim');
    assert.deepEqual(c.appearance, { '@type': 'CreativeWork', url: 'https://example.org/fire', headline: '𠮷林山火已致51人死亡' });
    assert.deepEqual(c.firstAppearance, c.appearance);
    assert.equal(c.datePublished, '2024-02-04');
    assert.equal(c.additionalProperty.name, 'checkworthiness');
    assert.ok(c.additionalProperty.value > 0);
  }
  assert.deepEqual(claims[0].keywords, ['statistic', 'causal']);
  assert.deepEqual(claims[0].author, { '@type': 'Organization', name: '新华网' });
  assert.deepEqual(claims[1].keywords, ['ranking', 'attributed']);
  assert.deepEqual(claims[1].author, { '@type': 'Person', name: '王建国' }, 'the speaker of the quote in the sentence');
  const id = claims[0]['@id'] as string;
  const [start, end] = id.slice(id.indexOf('#char=') + 6).split(',').map(Number);
  assert.equal(TEXT.slice(start, end), claims[0].text, '@id points at the sentence in UTF-16 offsets');
  assert.equal(toUnreviewedClaims(TEXT, analysis, []).length, analysis.claims.length);
});

test('newslens export --format claimreview --include-claims: reviews, then Claim items', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-claims-'));
  const file = path.join(dir, 'fire.md');
  fs.writeFileSync(file, TEXT);
  fs.writeFileSync(`${file}.annotations.json`, `${JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [verdict] } })}\n`);
  const plain = capture(() => runExport(['--format', 'claimreview', file]));
  assert.equal(plain.status, 0, plain.stderr);
  assert.deepEqual(JSON.parse(plain.stdout).map((x: { '@type': string }) => x['@type']), ['ClaimReview']);
  const withClaims = capture(() => runExport(['--format', 'claimreview', '--include-claims', file]));
  assert.equal(withClaims.status, 0, withClaims.stderr);
  const types = JSON.parse(withClaims.stdout).map((x: { '@type': string }) => x['@type']);
  assert.deepEqual(types, ['ClaimReview', ...Array(analysis.claims.length - 1).fill('Claim')]);
  const misuse = capture(() => runExport(['--format', 'csv', '--include-claims', file]));
  assert.equal(misuse.status, 2);
  assert.match(misuse.stderr, /--include-claims goes with --format claimreview/);
});
