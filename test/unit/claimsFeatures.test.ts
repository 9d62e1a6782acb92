// Claims in the editor (issue 18): claim.checkworthy diagnostics with their severity setting, the
// verdict code actions on a claim sentence, and the 主张 Claims outline group by score.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type DocumentSymbol } from 'vscode-languageserver';
import { analyzeArticle } from '../../server/src/analysis/article';
import { diagnosticFindings, provideClaimSymbols } from '../../server/src/features/claims';
import { matchDiagnostics, provideDiagnostics } from '../../server/src/features/diagnostics';
import { SentDiagnostics } from '../../server/src/features/diagnosticReports';
import { provideAnnotationActions } from '../../server/src/features/factChecks';
import { provideDocumentSymbols } from '../../server/src/features/documentSymbols';
import { DEFAULT_SETTINGS, toSettings, type Settings } from '../../server/src/features/settings';
import { loadSegmenter } from '../helpers/segmenter';

const segment = loadSegmenter();
const TEXT = '# 𠮷林一景区游客同比增长两成\r\n\r\n据悉，今年共接待游客3万人次，比去年多。天气晴朗。\r\n\r\n馆长说：“这是本馆首次举办此类展览。”';

function open(text = TEXT) {
  const a = analyzeArticle(text, { segment });
  const doc = TextDocument.create('file:///a.md', 'markdown', 1, text);
  return { a, doc, text };
}
const settings = (diagnostics: Settings['diagnostics'] = {}): Settings => ({ ...DEFAULT_SETTINGS, diagnostics });
const slice = (doc: TextDocument, r: { start: { line: number; character: number }; end: { line: number; character: number } }) => doc.getText().slice(doc.offsetAt(r.start), doc.offsetAt(r.end));

/** [language, the claim sentence, the message] */
const MESSAGES: ['zh' | 'en', string, string][] = [
  ['zh', '𠮷林一景区游客同比增长两成', '可核查的主张：统计数字、比较'],
  ['en', '𠮷林一景区游客同比增长两成', 'Check-worthy claim: statistic, comparison'],
  ['zh', '据悉，今年共接待游客3万人次，比去年多。', '可核查的主张：统计数字、比较、引述'],
  ['en', '馆长说：“这是本馆首次举办此类展览。”', 'Check-worthy claim: ranking, attributed'],
];

for (const [lang, sentence, message] of MESSAGES) {
  test(`claim.checkworthy (${lang}): ${sentence}`, () => {
    const { a, doc } = open();
    const claims = provideDiagnostics(doc, diagnosticFindings(a), settings(), lang).filter((d) => d.code === 'claim.checkworthy');
    assert.equal(claims.length, a.claims.length, 'one per claim sentence');
    const d = claims.find((x) => slice(doc, x.range) === sentence);
    assert.ok(d, `${sentence} in ${claims.map((x) => slice(doc, x.range)).join(' | ')}`);
    assert.equal(d.severity, DiagnosticSeverity.Hint);
    assert.equal(d.message, message);
  });
}

test('newslens.diagnostics.claim.checkworthy: another severity, or off', () => {
  const { a, doc } = open();
  const nested = toSettings({ diagnostics: { claim: { checkworthy: 'off' } } });
  assert.equal(provideDiagnostics(doc, diagnosticFindings(a), nested, 'en').filter((d) => d.code === 'claim.checkworthy').length, 0);
  const warn = provideDiagnostics(doc, diagnosticFindings(a), settings({ 'claim.checkworthy': 'warning' }), 'en').filter((d) => d.code === 'claim.checkworthy');
  assert.ok(warn.length > 0 && warn.every((d) => d.severity === DiagnosticSeverity.Warning));
});

test('diagnostic findings are by position, built once per analysis, and matched without building', () => {
  const { a, doc } = open();
  const all = diagnosticFindings(a);
  assert.equal(diagnosticFindings(a), all);
  assert.ok(all.every((f, i) => i === 0 || all[i - 1].start <= f.start));
  const sent = new SentDiagnostics(provideDiagnostics(doc, all, settings(), 'zh'));
  assert.equal(matchDiagnostics(doc, all, settings(), 'zh', sent), sent.length);
  assert.equal(matchDiagnostics(doc, all, settings(), 'en', sent), -1);
});

/** [where the cursor is, the text the first verdicts are recorded on] */
const TARGETS: [string, string][] = [
  ['接待', '据悉，今年共接待游客3万人次，比去年多。'],
  ['首次', '馆长说：“这是本馆首次举办此类展览。”'],
  ['晴朗', '天气晴朗。'],
];

for (const [at, target] of TARGETS) {
  test(`verdict actions with the cursor on ${at}`, () => {
    const { a, doc, text } = open();
    const p = doc.positionAt(text.indexOf(at) + 1);
    const actions = provideAnnotationActions(doc, a, undefined, { start: p, end: p }).filter((x) => x.command?.command === 'newslens.annotate');
    assert.ok(actions.length >= 5);
    const ranges = actions.map((x) => (x.command!.arguments![0] as { range: Parameters<typeof slice>[1] }).range);
    assert.equal(slice(doc, ranges[0]), target);
    assert.equal(new Set(ranges.slice(0, 5).map((r) => slice(doc, r))).size, 1, 'the five verdicts on one target');
  });
}

test('inside a quote within a claim: the claim sentence first, then the quote', () => {
  const { a, doc, text } = open();
  const p = doc.positionAt(text.indexOf('本馆'));
  const targets = provideAnnotationActions(doc, a, undefined, { start: p, end: p }).filter((x) => x.command?.command === 'newslens.annotate').map((x) => slice(doc, (x.command!.arguments![0] as { range: Parameters<typeof slice>[1] }).range));
  assert.deepEqual([...new Set(targets)], ['馆长说：“这是本馆首次举办此类展览。”', '“这是本馆首次举办此类展览。”']);
});

test('the 主张 Claims outline group: by score, highest first, detail the kinds', () => {
  const { a, doc } = open();
  const [group] = provideClaimSymbols(doc, a);
  assert.equal(group.name, '主张 Claims');
  assert.equal(group.detail, String(a.claims.length));
  const children = group.children as DocumentSymbol[];
  const scores = children.map((c) => a.claims.find((x) => slice(doc, c.range) === x.text)!.score);
  assert.deepEqual(scores, [...scores].sort((x, y) => y - x));
  assert.equal(children[0].detail, 'statistic, comparison, attributed');
  assert.ok(provideDocumentSymbols(doc, a).some((s) => s.name === '主张 Claims'), 'in the outline');
  assert.deepEqual(provideClaimSymbols(doc, analyzeArticle('天气晴朗。', { segment })), []);
});

test('consistency.number-mismatch: a warning at the title figure, related information at the body figure', () => {
  const { a, doc } = open('# 山火已致51死\r\n\r\n据通报，山火已造成46人死亡。');
  const [d] = provideDiagnostics(doc, diagnosticFindings(a), settings(), 'zh').filter((x) => x.code === 'consistency.number-mismatch');
  assert.equal(d.severity, DiagnosticSeverity.Warning);
  assert.equal(slice(doc, d.range), '51死');
  assert.equal(d.message, '死亡人数前后不一：标题说“51死”，正文说“46人死亡”');
  assert.deepEqual(d.relatedInformation!.map((r) => [r.location.uri, slice(doc, r.location.range), r.message]), [['file:///a.md', '46人', '正文：46人死亡']]);
  const off = provideDiagnostics(doc, diagnosticFindings(a), toSettings({ diagnostics: { consistency: { 'number-mismatch': 'off' } } }), 'zh');
  assert.ok(!off.some((x) => x.code === 'consistency.number-mismatch'));
});
