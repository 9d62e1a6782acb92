// The workspace index: what it keeps of articles, grouping across articles, fuzzy search, references,
// file changes (add, change, delete, rename) and persistence (a reopened folder analyses only what changed).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { fold, matchRank } from '../../server/src/workspace/fuzzy';
import { lineOf, lineStarts, summarize, type ArticleSummary } from '../../server/src/workspace/summary';
import { WorkspaceIndexer } from '../../server/src/node/workspaceIndexer';
import { indexFile, type IndexJob } from '../../server/src/node/indexWorker';
import { findArticles, globList, isIndexed } from '../../server/src/node/workspaceFiles';
import { analyzeArticle } from '../../server/src/analysis/article';
import { loadSegmenter } from '../helpers/segmenter';

const segment = loadSegmenter();

/** A summary made by hand: entities as `[name, type, aliases, [line, character, length, nameIndex]…]`. */
function summary(title: string, ...entities: [string, 'person' | 'place' | 'organization', string[], number[]][]): ArticleSummary {
  return { title, titleLine: 0, entities: entities.map(([name, type, aliases, mentions]) => ({ name, type, aliases, mentions })) };
}

const GUPTA_LONG = summary('A', ['苏拉布·古普塔', 'person', ['古普塔'], [2, 0, 7, 0, 4, 3, 3, 1]], ['新德里', 'place', [], [2, 10, 3, 0]]);
const GUPTA_SHORT = summary('B', ['古普塔', 'person', [], [1, 5, 3, 0]]);

test('matchRank: exact, prefix, part, in order, none; case, full-width letters and · are ignored', () => {
  const table: [string, string, number | null][] = [
    ['古普塔', '古普塔', 0],
    ['苏拉布', '苏拉布·古普塔', 1],
    ['古普', '苏拉布·古普塔', 2],
    ['苏古', '苏拉布·古普塔', 3],
    ['美储', '美联储', 3],
    ['nvda', 'NVDA', 0],
    ['ＮＶ', 'NVDA', 1],
    ['苏拉布古普塔', '苏拉布·古普塔', 0],
    ['拜登', '苏拉布·古普塔', null],
    ['', '任何', 3],
  ];
  for (const [q, name, rank] of table) assert.equal(matchRank(q, name), rank, `${q} ~ ${name}`);
  assert.equal(fold('Ａb · C'), 'abc');
});

test('lineStarts/lineOf: \\n, \\r\\n and a lone \\r end lines', () => {
  const starts = lineStarts('ab\r\ncd\ref\ngh');
  assert.deepEqual(starts, [0, 4, 7, 10]);
  assert.deepEqual([0, 3, 4, 6, 7, 11].map((o) => lineOf(starts, o)), [0, 0, 1, 1, 2, 3]);
});

test('summarize keeps the title, the groups and each mention as line, character, length and name', () => {
  const text = '# 古普塔访问新德里\n\n印度总理苏拉布·古普塔12日表示，古普塔将访问新德里。';
  const a = analyzeArticle(text, { segment, path: '/x/2024/02/12/a.md' });
  const s = summarize(text, a);
  assert.equal(s.title, '古普塔访问新德里');
  assert.equal(s.titleLine, 0);
  const gupta = s.entities.find((e) => e.name === '苏拉布·古普塔');
  assert.ok(gupta, JSON.stringify(s.entities));
  assert.ok(gupta.aliases.includes('古普塔'));
  for (let i = 0; i < gupta.mentions.length; i += 4) {
    const [line, ch, len, nameIndex]: number[] = gupta.mentions.slice(i, i + 4);
    const lineText: string = text.split('\n')[line];
    assert.equal(lineText.slice(ch, ch + len), [gupta.name, ...gupta.aliases][nameIndex]);
  }
});

test('rows: one entity across articles, a short name joining the one long name it stands for', () => {
  const index = new WorkspaceIndex();
  index.set('/w/a.md', 'h1', GUPTA_LONG);
  index.set('/w/b.md', 'h2', GUPTA_SHORT);
  const gupta = index.rows().find((r) => r.name === '苏拉布·古普塔')!;
  assert.deepEqual(gupta.aliases, ['古普塔']);
  assert.deepEqual(gupta.articles, ['/w/a.md', '/w/b.md']);
  assert.equal(gupta.mentions, 3);
  assert.equal(index.rows().some((r) => r.name === '古普塔'), false);
  assert.deepEqual(index.search('古普', 10).map((r) => r.name), ['苏拉布·古普塔']);
  assert.deepEqual(index.searchTitles('B', 10), [['/w/b.md', 'B', 0]]);
});

test('references: every mention of any of the names, grouped by article, in line order', () => {
  const index = new WorkspaceIndex();
  index.set('/w/a.md', 'h1', GUPTA_LONG);
  index.set('/w/b.md', 'h2', GUPTA_SHORT);
  index.set('/w/c.md', 'h3', summary('C', ['新德里', 'place', [], [0, 0, 3, 0]]));
  const refs = index.references(['古普塔']);
  assert.deepEqual([...refs.keys()], ['/w/a.md', '/w/b.md']);
  assert.deepEqual(refs.get('/w/a.md')!.map((p) => [p.line, p.character, p.text]), [[2, 0, '苏拉布·古普塔'], [4, 3, '古普塔']]);
});

test('change, delete and rename keep the name table and the rows right; identical content is stored once', () => {
  const index = new WorkspaceIndex();
  index.set('/w/a.md', 'h1', GUPTA_LONG);
  index.set('/w/copy.md', 'h1', GUPTA_LONG);
  assert.equal(index.toJSON().summaries.length, 1);
  index.set('/w/a.md', 'h9', summary('A2', ['新德里', 'place', [], [0, 0, 3, 0]]));
  assert.deepEqual([...index.references(['古普塔']).keys()], ['/w/copy.md']);
  // a move, as the indexer sees it: the new path with the content it already holds, the old path gone
  index.set('/w/moved.md', 'h1', index.summaryByHash('h1')!);
  assert.ok(index.delete('/w/copy.md'));
  assert.deepEqual([...index.references(['古普塔']).keys()], ['/w/moved.md']);
  assert.ok(index.delete('/w/moved.md'));
  assert.equal(index.references(['古普塔']).size, 0);
  assert.equal(index.rows().some((r) => r.name === '苏拉布·古普塔'), false);
  assert.equal(index.articleCount, 1);
  assert.equal(index.toJSON().summaries.length, 1);
});

test('toJSON/fromJSON round trip: same rows, same references, same verdicts', () => {
  const index = new WorkspaceIndex();
  index.set('/w/a.md', 'h1', GUPTA_LONG, [{ verdict: 'false', text: '古普塔', line: 4, character: 3, endLine: 4, endCharacter: 6 }]);
  index.set('/w/b.md', 'h2', GUPTA_SHORT);
  const back = WorkspaceIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
  assert.deepEqual(back.rows(), index.rows());
  assert.deepEqual(back.references(['古普塔']), index.references(['古普塔']));
  assert.deepEqual(back.verdicts(), index.verdicts());
});

test('file selection: include glob, files.exclude-style objects, the always-skipped folders, the cap', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-files-'));
  for (const f of ['a.md', 'b.txt', 'c.json', 'drafts/d.md', 'node_modules/x/e.md', '.git/f.md']) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), '# t\n');
  }
  const all = { include: '**/*.{txt,md}', exclude: [], maxFiles: 100 };
  assert.deepEqual(findArticles([dir], all).files.map((f) => path.relative(dir, f)), ['a.md', 'b.txt', 'drafts/d.md']);
  assert.deepEqual(findArticles([dir], { ...all, exclude: globList({ '**/drafts': true, '**/off': false }) }).files.map((f) => path.relative(dir, f)), ['a.md', 'b.txt']);
  assert.deepEqual(findArticles([dir], { ...all, maxFiles: 2 }), { files: findArticles([dir], { ...all, maxFiles: 2 }).files, over: 1 });
  assert.equal(isIndexed(path.join(dir, 'drafts/d.md'), [dir], all), true);
  assert.equal(isIndexed(path.join(dir, 'c.json'), [dir], all), false);
  assert.equal(isIndexed('/elsewhere/a.md', [dir], all), false);
});

test('the indexer: a reopened folder analyses only the files that changed, added or deleted meanwhile', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-index-'));
  const storageFile = path.join(dir, '.storage', 'index.json');
  const write = (f: string, text: string) => fs.writeFileSync(path.join(dir, f), text);
  write('a.md', '# 古普塔访问新德里\n\n印度总理苏拉布·古普塔12日表示，古普塔将访问新德里。');
  write('b.md', '# 会谈\n\n古普塔说，会谈很顺利。');
  write('c.md', '# 天气\n\n北京今天下雪。');
  const analysed: string[] = [];
  const open = () => {
    const ix = new WorkspaceIndexer({
      roots: [dir], selection: { include: '**/*.md', exclude: [], maxFiles: 100 }, storageFile, engine: 'test', workers: 0, script: '/nonexistent',
      worker: { lexicon: [], sidecar: {}, background: false },
      runLocal: (job: IndexJob, known) => indexFile(job, new Map(), {}, () => {
        analysed.push(path.basename(job.file));
        return { segment };
      }, known),
    });
    ix.start();
    return ix;
  };
  let ix = open();
  await ix.whenIdle();
  assert.deepEqual(analysed.sort(), ['a.md', 'b.md', 'c.md']);
  assert.deepEqual([...ix.index.references(['古普塔']).keys()].map((f) => path.basename(f)), ['a.md', 'b.md']);
  // a copy made while the folder is open: the index holds its content already, so it is not analysed
  analysed.length = 0;
  fs.copyFileSync(path.join(dir, 'b.md'), path.join(dir, 'b-copy.md'));
  ix.queue(path.join(dir, 'b-copy.md'));
  await ix.whenIdle();
  assert.deepEqual(analysed, []);
  assert.deepEqual([...ix.index.references(['古普塔']).keys()].map((f) => path.basename(f)), ['a.md', 'b-copy.md', 'b.md']);
  ix.remove(path.join(dir, 'b-copy.md'));
  fs.rmSync(path.join(dir, 'b-copy.md'));
  const rows = ix.index.rows();
  await ix.close();

  analysed.length = 0;
  ix = open();
  await ix.whenIdle();
  assert.deepEqual(analysed, [], 'nothing changed: nothing analysed');
  assert.deepEqual(ix.index.rows(), rows);
  await ix.close();

  analysed.length = 0;
  write('b.md', '# 会谈\n\n莫迪说，会谈很顺利。');
  fs.rmSync(path.join(dir, 'c.md'));
  write('d.md', '# 新\n\n上海今天下雨。');
  ix = open();
  await ix.whenIdle();
  assert.deepEqual(analysed.sort(), ['b.md', 'd.md']);
  assert.deepEqual([...ix.index.references(['古普塔']).keys()].map((f) => path.basename(f)), ['a.md']);
  assert.equal(ix.index.articleCount, 3);
  ix.remove(path.join(dir, 'a.md'));
  assert.equal(ix.index.references(['古普塔']).size, 0);
  await ix.close();
});

test('the indexer: an unreadable file is reported and left out; a saved index from another engine is not used', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-index-'));
  fs.writeFileSync(path.join(dir, 'bin.md'), Buffer.from([0x23, 0, 1, 2]));
  fs.writeFileSync(path.join(dir, 'ok.md'), '# 好\n\n北京今天下雪。');
  const logs: string[] = [];
  const storageFile = path.join(dir, 'index.json');
  const make = (engine: string) => new WorkspaceIndexer({
    roots: [dir], selection: { include: '**/*.md', exclude: [], maxFiles: 100 }, storageFile, engine, workers: 0, script: '/nonexistent',
    worker: { lexicon: [], sidecar: {}, background: false }, log: (m) => logs.push(m),
    runLocal: (job) => indexFile(job, new Map(), {}, () => ({ segment })),
  });
  let ix = make('one');
  ix.start();
  await ix.whenIdle();
  assert.equal(ix.index.articleCount, 1);
  assert.match(logs.join('\n'), /bin\.md: binary file/);
  await ix.close();
  ix = make('two');
  ix.start();
  assert.equal(ix.index.articleCount, 0, 'another engine: started empty, analysing again');
  await ix.whenIdle();
  assert.equal(ix.index.articleCount, 1);
  await ix.close();
});

test('rows kept up to date through changes equal rows built afresh from what is left', () => {
  const names = ['古普塔', '苏拉布·古普塔', '新德里', '莫迪', '纳伦德拉·莫迪', '美联储'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const article = (i: number): ArticleSummary => {
    const entities: ArticleSummary['entities'] = [];
    for (let k = 0; k < 3; k++) {
      const name = names[rand(names.length)];
      if (entities.some((e) => e.name === name)) continue;
      const aliases = name.includes('·') && rand(2) ? [name.split('·')[1]] : [];
      entities.push({ name, type: name === '新德里' ? 'place' : name === '美联储' ? 'organization' : 'person', aliases, mentions: [k, rand(9), name.length, 0, k + 1, 0, name.length, 0] });
    }
    return { title: `t${i}`, titleLine: 0, entities };
  };
  const live = new WorkspaceIndex();
  const kept = new Map<string, ArticleSummary>();
  for (let step = 0; step < 300; step++) {
    const uri = `/w/${rand(12)}.md`;
    if (rand(3) === 0) {
      live.delete(uri);
      kept.delete(uri);
    } else {
      const s = article(step);
      live.set(uri, `h${step}`, s);
      kept.set(uri, s);
    }
    live.rows();
  }
  const fresh = new WorkspaceIndex();
  for (const [uri, s] of [...kept].sort()) fresh.set(uri, `x${uri}`, s);
  const norm = (rows: ReturnType<WorkspaceIndex['rows']>) => rows.map((r) => ({ ...r, aliases: [...r.aliases].sort() })).sort((a, b) => (a.key < b.key ? -1 : 1));
  assert.deepEqual(norm(live.rows()), norm(fresh.rows()));
});

test('entityCount counts the rows without building them', () => {
  const index = new WorkspaceIndex();
  index.set('/w/a.md', 'h1', GUPTA_LONG);
  index.set('/w/b.md', 'h2', GUPTA_SHORT);
  assert.equal(index.entityCount, 2);
  assert.equal(index.rows().length, 2);
});

test('unreviewedClaims: best first across articles, a claim with a verdict on any part of it left out', () => {
  const claim = (text: string, score: number, line: number): NonNullable<ArticleSummary['claims']>[number] => ({ text, kinds: ['statistic'], score, line, character: 0, endLine: line, endCharacter: text.length });
  const index = new WorkspaceIndex();
  index.set('/w/a.md', 'h1', { ...summary('A'), claims: [claim('死亡人数升至51人。', 14, 2), claim('GDP增长5%。', 12, 4)] }, [{ verdict: 'false', text: '51人', line: 2, character: 6, endLine: 2, endCharacter: 9 }]);
  index.set('/w/b.md', 'h2', { ...summary('B'), claims: [claim('销量全国第一。', 13, 1)] });
  assert.deepEqual(index.unreviewedClaims(10).map(([uri, , c]) => [uri, c.text]), [['/w/b.md', '销量全国第一。'], ['/w/a.md', 'GDP增长5%。']]);
  assert.equal(index.unreviewedClaims(1).length, 1);
});
