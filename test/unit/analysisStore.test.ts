// The store drops an analysis when a newer version arrives; the dropped one must leave the document's
// cache describing the last finished analysis, so the next incremental analysis is still exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore, StaleAnalysisError } from '../../server/src/analysisStore';
import { analyzeArticle } from '../../server/src/analysis/article';
import { loadSegmenter } from '../helpers/segmenter';

const segment = loadSegmenter();
const seed = fs.readFileSync(path.resolve(__dirname, '../../seeds/000_6e34d8bb3fe969e6.txt'), 'utf8');

test('an analysis superseded mid-way is dropped, and the next versions are analysed exactly', async () => {
  // a slow segmenter: the edited paragraph takes longer than one slice, so the analysis yields mid-way
  const slow: typeof segment = (t) => {
    const until = Date.now() + 12;
    while (Date.now() < until);
    return segment(t);
  };
  const store = new AnalysisStore({ segment: slow, lexicon: new Map(), publicationDate: '', maxDocumentSize: 1e9 });
  // large enough to take several slices
  const base = Array.from({ length: 40 }, () => seed).join('\n\n');
  const uri = 'untitled:store.txt';
  const v1 = TextDocument.create(uri, 'plaintext', 1, base);
  assert.deepEqual(await store.get(v1), analyzeArticle(base, { segment, path: '/store.txt' }));
  let text = base;
  let stale = 0;
  for (let v = 2; v < 8; v++) {
    // an edit near the start moves every block after it; the next edit arrives before this analysis ends
    const at = 200 + v * 37;
    text = text.slice(0, at) + '据悉，' + text.slice(at);
    // get() runs the analysis until its first pause (a slice of ~8 ms), then the next version arrives
    const running = store.get(TextDocument.create(uri, 'plaintext', v, text));
    const after = text.slice(0, 100 * v) + '的' + text.slice(100 * v);
    const next = store.get(TextDocument.create(uri, 'plaintext', v + 100, after));
    await running.then(() => undefined, (e) => { assert.ok(e instanceof StaleAnalysisError); stale++; });
    text = after;
    assert.deepEqual(await next, analyzeArticle(text, { segment, path: '/store.txt' }), `version ${v}`);
  }
  assert.ok(stale >= 3, `analyses were dropped mid-way (${stale})`);
});
