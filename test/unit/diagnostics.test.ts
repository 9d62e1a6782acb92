// Pull diagnostics answered `unchanged` must mean exactly that: matchDiagnostics is provideDiagnostics
// compared without building it, so the two must agree on every change that shows in the Problems panel.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { capFindings, limitNote, matchDiagnostics, provideDiagnostics } from '../../server/src/features/diagnostics';
import { DiagnosticReports, SentDiagnostics } from '../../server/src/features/diagnosticReports';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/features/settings';
import type { Finding } from '../../server/src/analysis/types';
import type { Diagnostic } from 'vscode-languageserver';

const text = '第一行，有舆论认为如此。\n第二行：“没有结尾\n第三行。';
const doc = TextDocument.create('untitled:x', 'plaintext', 1, text);
const msg = (s: string) => ({ zh: `中${s}`, en: `en ${s}` });
const findings: Finding[] = [
  { code: 'source.vague', severity: 'information', start: 4, end: 9, message: msg('vague') },
  { code: 'quote.unbalanced', severity: 'error', start: 17, end: 18, message: msg('open'), related: [{ start: 22, end: 22, message: msg('here') }] },
];
const settings = (diagnostics: Settings['diagnostics'] = {}): Settings => ({ ...DEFAULT_SETTINGS, diagnostics });

test('matchDiagnostics agrees with provideDiagnostics, and tells every visible change', () => {
  const items = provideDiagnostics(doc, findings, settings(), 'en');
  const sent = new SentDiagnostics(items);
  // field by field: the same ranges, severities, codes, sources, messages and related information
  const sameDiagnostics = (a: Diagnostic[], b: Diagnostic[]) => new SentDiagnostics(a).sameFrom(0, b);
  assert.equal(matchDiagnostics(doc, findings, settings(), 'en', sent), 2);
  const cases: [string, Finding[], Settings, 'zh' | 'en'][] = [
    ['a finding moved', [{ ...findings[0], start: 5 }, findings[1]], settings(), 'en'],
    ['a related span moved', [findings[0], { ...findings[1], related: [{ start: 21, end: 21, message: msg('here') }] }], settings(), 'en'],
    ['a finding gone', [findings[1]], settings(), 'en'],
    ['another message', [{ ...findings[0], message: msg('other') }, findings[1]], settings(), 'en'],
    ['the display language', findings, settings(), 'zh'],
    ['a severity setting', findings, settings({ 'source.vague': 'warning' }), 'en'],
    ['a code turned off', findings, settings({ 'source.vague': 'off' }), 'en'],
  ];
  for (const [what, fs, s, lang] of cases) {
    const n = matchDiagnostics(doc, fs, s, lang, sent);
    const fresh = provideDiagnostics(doc, fs, s, lang);
    assert.ok(n !== items.length || !sameDiagnostics(items, fresh), `${what}: seen as unchanged`);
    assert.ok(!sameDiagnostics(items, fresh), `${what}: provideDiagnostics does differ`);
  }
  // an override equal to the default, or one for another code, changes nothing
  assert.equal(matchDiagnostics(doc, findings, settings({ 'source.vague': 'information', 'date.future': 'off' }), 'en', sent), 2);
});

test('DiagnosticReports: unchanged only for the client\'s own last id and equal items', () => {
  const reports = new DiagnosticReports();
  const items = provideDiagnostics(doc, findings, settings(), 'en');
  const first = reports.report('u', undefined, () => true, () => items);
  assert.equal(first.kind, 'full');
  assert.deepEqual(reports.report('u', first.resultId, () => true, () => items), { kind: 'unchanged', resultId: first.resultId });
  assert.equal(reports.report('u', 'stale-id', () => true, () => items).kind, 'full');
  const next = reports.report('u', undefined, () => true, () => items);
  assert.equal(reports.report('u', next.resultId, () => false, () => items).kind, 'full');
  reports.forget('u');
  assert.equal(reports.report('u', next.resultId, () => true, () => items).kind, 'full');
});

test('DiagnosticReports keeps what it sent field by field, not the diagnostics themselves', () => {
  const reports = new DiagnosticReports();
  const items = provideDiagnostics(doc, findings, settings(), 'en');
  const first = reports.report('u', undefined, () => true, () => items);
  const copy = structuredClone(items);
  assert.equal(reports.report('u', first.resultId, (last) => last.length === 2 && last.sameFrom(0, copy), () => items).kind, 'unchanged');
  // the items sent may be anything afterwards (they are the client's now): the record does not change
  items[0].range.start.character = 99;
  items[1].relatedInformation![0].location.range.end.character = 99;
  const moved = structuredClone(copy);
  moved[1].relatedInformation![0].location.range.end.character += 1;
  assert.equal(reports.report('u', first.resultId, (last) => last.sameFrom(0, copy), () => items).kind, 'unchanged');
  assert.equal(reports.report('u', first.resultId, (last) => last.sameFrom(0, moved), () => items).kind, 'full');
  assert.equal(new SentDiagnostics(copy).sameFrom(1, copy.slice(1)), true);
  assert.equal(new SentDiagnostics(copy).sameFrom(1, copy), false);
});

test('capFindings keeps the most severe first, each severity in document order, and counts the rest', () => {
  const f = (code: Finding['code'], severity: Finding['severity'], start: number): Finding => ({ code, severity, start, end: start + 1, message: msg(code) }) as Finding;
  const list = [f('claim.checkworthy', 'hint', 0), f('source.vague', 'information', 1), f('quote.unbalanced', 'error', 2), f('claim.checkworthy', 'hint', 3), f('quote.unattributed', 'warning', 4), f('claim.checkworthy', 'hint', 5)];
  const s = (maxDiagnostics: number, diagnostics: Settings['diagnostics'] = {}): Settings => ({ ...DEFAULT_SETTINGS, diagnostics, maxDiagnostics });
  const starts = (r: { kept: Finding[] }) => r.kept.map((x) => x.start);
  // [limit, kept starts, dropped]
  const CASES: [number, number[], number][] = [
    [0, [0, 1, 2, 3, 4, 5], 0],
    [6, [0, 1, 2, 3, 4, 5], 0],
    [4, [0, 1, 2, 4], 2],
    [3, [1, 2, 4], 3],
    [1, [2], 5],
  ];
  for (const [max, kept, dropped] of CASES) {
    const r = capFindings(list, s(max));
    assert.deepEqual(starts(r), kept, `limit ${max}`);
    assert.equal(r.dropped, dropped, `limit ${max}`);
  }
  // findings turned off are not counted: five left, four kept
  const r = capFindings(list, s(4, { 'source.vague': 'off' }));
  assert.deepEqual(starts(r), [0, 2, 3, 4]);
  assert.equal(r.dropped, 1);
  assert.equal(limitNote(0, s(4), 'en'), null);
  assert.match(limitNote(1, s(4), 'en')!.message as string, /shows the 4 most severe .* 1 more/);
  assert.equal(limitNote(1, s(4), 'zh')!.code, 'diagnostics.limit');
});
