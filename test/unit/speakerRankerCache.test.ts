/**
 * The speaker ranker's memo (`quotes/rankerContext.ts` `rankKey`, kept in `DocumentCache.speakers`): an
 * analysis that takes a remembered pick gives the speakers a fresh analysis gives. Two cases a review
 * found blind spots in the key for (texts written for the test): quotes nested inside quotes earlier in
 * the article, and the fallback's pick standing inside a quote while the article names it more often later.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article';
import { DocumentCache } from '../../server/src/analysis/reuse/documentCache';
import { loadEntityModel, loadSegmenter } from '../helpers/segmenter';

const segment = loadSegmenter();
const model = loadEntityModel();

const speakers = (text: string, cache?: DocumentCache) =>
  analyzeArticle(text, { segment, model, cache }).quotes.map((q) => `${q.text.slice(0, 8)}|${q.speaker}|${q.speakerSpan?.start}|${q.speakerVia}`);

/** Every text analysed after the others with one cache, against a fresh analysis of it. */
function sameAsFresh(texts: string[]): void {
  const cache = new DocumentCache();
  for (const t of texts) assert.deepEqual(speakers(t, cache), speakers(t), t.slice(0, 40));
}

const TAIL = '大家都觉得这一说法有些夸张不过仔细想想也不无道理毕竟现在各种各样的事情层出不穷令人目不暇接甚至有些应接不暇的感觉而且网友都这么看待';
const nested = (n: number): string =>
  `关于${'“甲乙”'.repeat(n)}的讨论。\n\n今天天气很好。\n\n陈若琳是跳水运动员。\n\n“进入‘战前时代’后${TAIL}”成为她每天都在思考的课题，“有时候想不到，也会很苦恼。”`;

test('ranker memo: a quote nested in another is masked with it, however many quotes come before', () => {
  sameAsFresh([nested(2), nested(1), nested(0), nested(3), nested(2)]);
  // and the fresh analyses agree with each other: the quotes before the window change nothing
  const fresh = [0, 1, 2, 3].map((n) => speakers(nested(n)).at(-1));
  assert.equal(new Set(fresh.map((s) => s!.split('|').slice(0, 2).join('|'))).size, 1, fresh.join(' / '));
});

const PICK = '王芳是一名教师，王芳很忙，王芳很累，王芳很好，王芳很棒。\n\n今天天气很好。\n\n网友“李明华”也来了。他说：“我们很好，一切正常。”\n\n今天下雨了。\n\n这是一段叙述。“有时候想不到，也会很苦恼。”\n\n明天会更好。\n\n';

test('ranker memo: the fallback\'s pick inside a quote is keyed with how often the article names it', () => {
  sameAsFresh([`${PICK}后来大家都走了。`, `${PICK}后来李明华、李明华和李明华都走了。`, `${PICK}后来大家都走了。`]);
});
