// The annotation model: code points ↔ UTF-16, creating annotations, the sidecar format, merging, and the
// Node side (sidecar paths, atomic writes, what is never written).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAnnotation, createCodePointIndex, editAnnotation, mergeAnnotations, parseSidecar, readBody, serializeSidecar, toCodePointSpan, toUtf16Span } from '../../server/src/analysis/annotations/index';
import { readSidecar, saveAnnotations, sidecarPath, sidecarPathForUri } from '../../server/src/node/sidecarFiles';

const NOW = new Date('2024-04-18T08:00:00Z');
const TEXT = '𠮷中国国防部长董军👍16日晚表示：“中美关系。”\r\n第二段';

test('code points ↔ UTF-16 across surrogate pairs, both ways', () => {
  const index = createCodePointIndex(TEXT);
  assert.equal(index.length, TEXT.length - 2);
  // [utf16, code point]: before 𠮷, after 𠮷, 董, after 👍, end
  const table: [number, number][] = [[0, 0], [2, 1], [TEXT.indexOf('董'), 7], [TEXT.indexOf('16'), 10], [TEXT.length, TEXT.length - 2]];
  for (const [u, cp] of table) {
    assert.equal(index.toCodePoint(u), cp, `utf16 ${u}`);
    assert.equal(index.toUtf16(cp), u, `code point ${cp}`);
  }
  assert.equal(index.toCodePoint(1), 0, 'inside 𠮷 counts as its start');
  assert.equal(index.toUtf16(TEXT.length), null, 'past the end');
  assert.equal(index.toUtf16(-1), null);
  const span = { start: TEXT.indexOf('董军'), end: TEXT.indexOf('16') };
  const cp = toCodePointSpan(index, span);
  assert.deepEqual(cp, { start: 7, end: 10 });
  assert.deepEqual(toUtf16Span(index, cp), span);
  assert.equal(createCodePointIndex('\ud800x').length, 2, 'a lone surrogate is one code point');
});

test('createAnnotation builds W3C selectors in code points and the body from a flat view', () => {
  const start = TEXT.indexOf('董军👍16日晚');
  const a = createAnnotation(TEXT, { start, end: start + 8 }, { verdict: 'mostly-true', note: '时间属实', sources: ['https://www.mod.gov.cn/'] }, '张编辑', NOW, { source: 'a.txt', id: 'urn:test:1' });
  assert.equal(a.motivation, 'assessing');
  assert.equal(a.created, '2024-04-18T08:00:00.000Z');
  assert.deepEqual(a.creator, { type: 'Person', name: '张编辑' });
  assert.deepEqual(a.target.selector, [
    { type: 'TextQuoteSelector', exact: '董军👍16日晚', prefix: '𠮷中国国防部长', suffix: '表示：“中美关系。”\r\n第二段' },
    { type: 'TextPositionSelector', start: 7, end: 14 },
  ]);
  assert.deepEqual(readBody(a), { verdict: 'mostly-true', note: '时间属实', sources: ['https://www.mod.gov.cn/'] });
  const edited = editAnnotation(a, { verdict: 'misleading' }, new Date('2024-04-19T00:00:00Z'));
  assert.equal(edited.modified, '2024-04-19T00:00:00.000Z');
  assert.equal(edited.created, a.created);
  assert.deepEqual(readBody(edited), { verdict: 'misleading' });
  assert.equal(createAnnotation(TEXT, { start: 1, end: 3 }, { tag: 'person' }, 'x', NOW).target.selector[0].type, 'TextQuoteSelector');
  assert.throws(() => createAnnotation(TEXT, { start: 3, end: 3 }, { note: 'x' }, 'x', NOW), RangeError);
});

test('a span splitting a surrogate pair is widened, never cut in half', () => {
  const a = createAnnotation(TEXT, { start: 1, end: 4 }, { tag: 'place' }, 'x', NOW);
  assert.equal(a.motivation, 'tagging');
  const q = a.target.selector[0];
  assert.ok(q.type === 'TextQuoteSelector' && q.exact === '𠮷中国');
});

test('sidecar round trip: serialize → parse gives the same annotations, as an AnnotationCollection', () => {
  const a = createAnnotation(TEXT, { start: 2, end: 4 }, { verdict: 'false', note: '多行\n备注' }, '张编辑', NOW, { id: 'urn:test:a' });
  const b = createAnnotation(TEXT, { start: 8, end: 10 }, { note: '待查' }, { type: 'Person', name: '李', id: 'mailto:li@example.org' }, NOW, { id: 'urn:test:b' });
  const json = serializeSidecar([a, b], { source: 'a.txt' });
  const data = JSON.parse(json);
  assert.equal(data['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(data.type, 'AnnotationCollection');
  assert.equal(data.total, 2);
  assert.equal(data.first.type, 'AnnotationPage');
  const parsed = parseSidecar(json);
  assert.equal(parsed.error, undefined);
  assert.equal(parsed.source, 'a.txt');
  assert.deepEqual(parsed.annotations, [a, b].map((x) => ({ ...x, target: { ...x.target, source: 'a.txt' } })));
  assert.equal(serializeSidecar(parsed.annotations), json, 'serialize ∘ parse is the identity on our own output');
});

test('parseSidecar never throws and says why a sidecar is unusable', () => {
  const good = JSON.parse(serializeSidecar([createAnnotation(TEXT, { start: 2, end: 4 }, { verdict: 'false' }, 'x', NOW, { id: 'urn:x' })]));
  const item = good.first.items[0];
  const cases: [string, string, RegExp][] = [
    ['empty', '  ', /empty/],
    ['not JSON', '{"type":', /not JSON/],
    ['wrong type', '{"type":"Foo"}', /AnnotationCollection/],
    ['linked page', '{"type":"AnnotationCollection","first":"https://x/page1"}', /embedded AnnotationPage/],
    ['bad verdict', JSON.stringify({ ...good, first: { items: [{ ...item, body: [{ type: 'TextualBody', purpose: 'assessing', value: '假' }] }] } }), /verdict "假"/],
    ['no quote', JSON.stringify({ ...good, first: { items: [{ ...item, target: { source: 'a', selector: [] } }] } }), /TextQuoteSelector/],
    ['bad position', JSON.stringify({ ...good, first: { items: [{ ...item, target: { source: 'a', selector: [item.target.selector[0], { type: 'TextPositionSelector', start: 5, end: 2 }] } }] } }), /start ≤ end/],
    ['bad motivation', JSON.stringify({ ...good, first: { items: [{ ...item, motivation: 'bookmarking' }] } }), /motivation/],
    ['bad date', JSON.stringify({ ...good, first: { items: [{ ...item, created: 'yesterday' }] } }), /created/],
    ['duplicate id', JSON.stringify({ ...good, first: { items: [item, item] } }), /duplicate id/],
  ];
  for (const [name, json, reason] of cases) {
    const r = parseSidecar(json);
    assert.match(r.error ?? '', reason, name);
    assert.deepEqual(r.annotations, [], name);
  }
  const lenient = parseSidecar(JSON.stringify({ ...item, '@context': 'http://www.w3.org/ns/anno.jsonld', body: item.body[0], creator: '王', target: { ...item.target, selector: item.target.selector[0] } }));
  assert.equal(lenient.error, undefined, 'a lone annotation with single-valued body, selector and a string creator is accepted');
  assert.deepEqual(lenient.annotations[0].creator, { type: 'Person', name: '王' });
});

test('mergeAnnotations: new ids are added, a newer modified wins, identical ones are unchanged', () => {
  const a = createAnnotation(TEXT, { start: 2, end: 4 }, { verdict: 'false' }, 'x', NOW, { id: 'urn:a' });
  const b = createAnnotation(TEXT, { start: 4, end: 6 }, { verdict: 'true' }, 'x', NOW, { id: 'urn:b' });
  const newer = editAnnotation(a, { verdict: 'misleading' }, new Date('2024-05-01T00:00:00Z'));
  const older = editAnnotation(b, { verdict: 'false' }, new Date('2024-01-01T00:00:00Z'));
  const r = mergeAnnotations([a, b], [newer, older, b, createAnnotation(TEXT, { start: 6, end: 8 }, { note: 'n' }, 'x', NOW, { id: 'urn:c' })]);
  assert.deepEqual([r.added, r.updated, r.unchanged], [1, 1, 2]);
  assert.deepEqual(r.annotations.map((x) => [x.id, readBody(x).verdict ?? null]), [['urn:a', 'misleading'], ['urn:b', 'true'], ['urn:c', null]]);
});

test('sidecar files: paths, missing and broken sidecars, atomic saves, nothing written for read-only or unsaved', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-sidecar-'));
  const article = path.join(dir, 'news', 'a.txt');
  fs.mkdirSync(path.dirname(article));
  fs.writeFileSync(article, TEXT);
  assert.equal(sidecarPath(article), `${article}.annotations.json`);
  assert.equal(sidecarPath(article, { layout: 'workspace', workspaceRoot: dir }), path.join(dir, '.newslens', 'annotations', 'news', 'a.txt.json'));
  assert.equal(sidecarPath('/elsewhere/b.txt', { layout: 'workspace', workspaceRoot: dir }), '/elsewhere/b.txt.annotations.json');
  assert.equal(sidecarPathForUri('untitled:Untitled-1'), null);
  assert.equal(sidecarPathForUri(`file://${article}`), `${article}.annotations.json`);
  assert.deepEqual(readSidecar(sidecarPath(article)), { annotations: [], exists: false });
  const a = createAnnotation(TEXT, { start: 2, end: 4 }, { verdict: 'false' }, 'x', NOW, { id: 'urn:a' });
  assert.equal(saveAnnotations(article, [a], { readOnly: true }).written, false);
  assert.equal(saveAnnotations(path.join(dir, 'unsaved.txt'), [a]).written, false);
  assert.equal(saveAnnotations(article, []).written, false, 'no empty sidecar is created');
  const saved = saveAnnotations(article, [a]);
  assert.deepEqual(saved, { written: true, path: `${article}.annotations.json` });
  assert.deepEqual(fs.readdirSync(path.dirname(article)).sort(), ['a.txt', 'a.txt.annotations.json'], 'no temp file left');
  const back = readSidecar(saved.path as string);
  assert.equal(back.annotations[0].target.source, 'a.txt');
  const ws = saveAnnotations(article, [a], { layout: 'workspace', workspaceRoot: dir });
  assert.equal(ws.written && JSON.parse(fs.readFileSync(ws.path, 'utf8')).first.items[0].target.source, '../../../news/a.txt');
  fs.writeFileSync(saved.path as string, '{ broken');
  const broken = readSidecar(saved.path as string);
  assert.match(broken.error ?? '', /not JSON/);
  const refused = saveAnnotations(article, [a]);
  assert.equal(refused.written, false);
  assert.equal(fs.readFileSync(saved.path as string, 'utf8'), '{ broken', 'an unparsable sidecar is left untouched');
  fs.chmodSync(article, 0o444);
  fs.rmSync(saved.path as string);
  if (process.getuid?.() !== 0) assert.equal(saveAnnotations(article, [a]).written, false, 'read-only article');
});
