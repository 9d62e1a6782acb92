#!/usr/bin/env node
// Compares the NewsLens date grammar with @microsoft/recognizers-text-date-time (Chinese culture)
// on the gold articles (date F1 and value accuracy, scored like ../shared/eval/score.mjs) and on speed.
//
//   node --import tsx scripts/compareDateEngines.mjs [--gold ../shared/eval/gold] [--corpus ../shared/corpus/2024/02]
//
// Both engines get the same input: the article's non-image lines, one at a time, and the gold
// publication date as the reference date.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { findDateExpressions, resolveDates } from '../server/src/analysis/dates/index.ts';

const require = createRequire(import.meta.url);
const MS = require('@microsoft/recognizers-text-date-time');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const goldDir = resolve(opt('--gold', '../shared/eval/gold'));
const corpusDir = resolve(opt('--corpus', '../shared/corpus/2024/02'));

/** Non-image lines with their offsets, as article.ts hands paragraphs to the date module. */
function lines(text) {
  const out = [];
  let off = 0;
  for (const line of text.split('\n')) {
    if (line.trim() && !line.startsWith('![')) out.push({ line, off });
    off += line.length + 1;
  }
  return out;
}

function newslens(text, pub) {
  const exprs = [];
  for (const { line, off } of lines(text)) for (const e of findDateExpressions(line)) exprs.push({ ...e, start: e.start + off, end: e.end + off });
  return resolveDates(text, exprs, pub ? { value: pub, source: 'path', span: null } : null).dates;
}

/** One value out of a Microsoft resolution: the past reading when it offers past and future. */
function msValue(values, ref) {
  if (!values?.length) return null;
  const day = (s) => (s ? String(s).slice(0, 10) : null);
  const past = values.filter((v) => (day(v.value ?? v.start) ?? '') <= ref);
  const v = past.length ? past[past.length - 1] : values[0];
  if (v.type === 'duration' || v.type === 'set') return null;
  if (v.timex && !/X/.test(v.timex) && !v.timex.startsWith('(') && !v.timex.startsWith('P')) return v.timex.replace(/T.*$/, '');
  if (v.start && v.end && v.type.endsWith('range') && day(v.start) !== day(v.end)) return `${day(v.start)}/${day(v.end)}`;
  return day(v.value ?? v.start);
}

function microsoft(text, pub) {
  const ref = pub ? new Date(`${pub}T12:00:00Z`) : new Date();
  const out = [];
  for (const { line } of lines(text)) {
    for (const r of MS.recognizeDateTime(line, MS.Culture.Chinese, undefined, ref)) out.push({ text: r.text, value: msValue(r.resolution?.values, pub ?? '9999') });
  }
  return out;
}

const strip = (v) => (v == null ? v : String(v).split('/').map((p) => p.replace(/T.*$/, '')).join('/'));

/** The date part of score.mjs: text match (equal, then containment), then value. */
function score(gold, sys, t) {
  const sysDates = [...new Map(sys.map((x) => [x.text, x])).values()];
  const used = new Set();
  const opt = gold.dates.filter((d) => d.optional).map((d) => d.text);
  for (const g of gold.dates.filter((d) => !d.optional)) {
    let i = sysDates.findIndex((s, j) => !used.has(j) && s.text === g.text);
    if (i < 0) i = sysDates.findIndex((s, j) => !used.has(j) && (s.text.includes(g.text) || g.text.includes(s.text)));
    if (i < 0) { t.fn++; continue; }
    used.add(i); t.tp++;
    if (g.value != null) { t.all++; if (strip(sysDates[i].value) === strip(g.value)) t.ok++; }
  }
  sysDates.forEach((s, j) => {
    if (used.has(j) || opt.some((o) => o.includes(s.text) || s.text.includes(o))) return;
    if (gold.dates.some((d) => !d.optional && (d.text.includes(s.text) || s.text.includes(d.text)))) return;
    t.fp++;
  });
}

function msPer5k(engine, docs, rounds) {
  for (const d of docs.slice(0, 20)) engine(d.text, d.pub); // warm up
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) engine(d.text, d.pub);
  return ((performance.now() - t0) / rounds) * (5120 / bytes);
}

const golds = readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort().map((n) => JSON.parse(readFileSync(join(goldDir, n), 'utf8')));
const docs = golds.map((g) => ({ text: readFileSync(resolve(dirname(goldDir), g.file), 'utf8'), pub: g.pubdate, gold: g }));
const corpus = [];
if (existsSync(corpusDir)) {
  for (const day of readdirSync(corpusDir).sort()) {
    for (const f of readdirSync(join(corpusDir, day)).sort().slice(0, 10)) corpus.push({ text: readFileSync(join(corpusDir, day, f), 'utf8'), pub: `2024-02-${day}` });
  }
}
const rows = [];
for (const [name, engine, rounds] of [['NewsLens grammar', newslens, 50], ['Microsoft Recognizers (zh-cn)', microsoft, 1]]) {
  const t = { tp: 0, fp: 0, fn: 0, ok: 0, all: 0 };
  for (const d of docs) score(d.gold, engine(d.text, d.pub), t);
  const p = t.tp / (t.tp + t.fp), r = t.tp / (t.tp + t.fn);
  rows.push([name, p, r, (2 * p * r) / (p + r), t.ok / t.all, `${t.ok}/${t.all}`, msPer5k(engine, docs, rounds), corpus.length ? msPer5k(engine, corpus, 1) : NaN]);
}
console.log(`| engine | P | R | F1 | value accuracy | ms per 5 KB (gold) | ms per 5 KB (${corpus.length} corpus articles) |`);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [n, p, r, f, v, vv, ms, mc] of rows) console.log(`| ${n} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f.toFixed(3)} | ${v.toFixed(3)} (${vv}) | ${ms.toFixed(2)} | ${mc.toFixed(2)} |`);
