// Pseudonyms an article declares in a list (`（文中小琪、芸熙均为化名）`): each a person, rule `pseudonym`
// (server/src/analysis/entities/pseudonymLists.ts), which spreadNames.ts then finds wherever the article
// writes the name. Sentences written for these tests, table-driven.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findPseudonymLists } from '../../server/src/analysis/entities/pseudonymLists';
import { analyzeArticle } from '../../server/src/analysis/article';
import { loadSegmenter } from '../helpers/segmenter';

/** [text, the names found] */
const CASES: [string, string[]][] = [
  ['（文中小雯、芸芝、孙志刚、晓月均为化名）', ['小雯', '芸芝', '孙志刚', '晓月']],
  ['（应受访者要求，吴向东、殷杰、刘博文为化名）', ['吴向东', '殷杰', '刘博文']],
  ['（为保护受访者隐私，文内王丽为化名）', ['王丽']],
  ['文中张燕系化名。', ['张燕']],
  ['（受访者陈墨、圆圆为化名；数据来自公开报道）', ['陈墨', '圆圆']],
  // `和` between two names, not inside one (`李和平`); a closing `等`
  ['（文中雅琴和大楠均为化名）', ['雅琴', '大楠']],
  ['（文中李和平、张山为化名）', ['李和平', '张山']],
  // a name with a character the declaration also uses (`均为化名`) is still a name
  ['（文中王均、李明为化名）', ['王均', '李明']],
  ['（文中王晗、文芯、李兵等为化名。）', ['王晗', '文芯', '李兵']],
  // people in general name no one
  ['（本文中人物均为化名）', []],
  ['（为保护受访者隐私，文中病患及家属均为化名）', []],
  ['（文中皆为化名。）', []],
  ['（文中所涉除张杰外，其余均为化名）', []],
  ['（应受访者要求，除小末外皆为化名）', []],
];

for (const [text, want] of CASES) {
  test(`pseudonym list: ${text}`, () => {
    assert.deepEqual(findPseudonymLists(text).map((c) => text.slice(c.start, c.end)), want);
    for (const c of findPseudonymLists(text)) assert.equal(c.rule, 'pseudonym');
  });
}

// (a regular expression over the list's shape, whose separators are Han characters too, took exponential time on such runs:
// 20 characters 0.4 s, 40 would not finish)
test('a long run of list separators is read in one pass (no backtracking)', () => {
  assert.deepEqual(findPseudonymLists(`化名${'和'.repeat(5000)}为化${'、李和与及'.repeat(1000)}`), []);
  assert.deepEqual(findPseudonymLists(`（文中${'和'.repeat(200)}为化名）`), []);
  // … and pronouns split out of such a run are no names
  assert.deepEqual(findPseudonymLists('我和你和他们和大家都为化名'), []);
});

test('a name declared in a closing note is a person wherever the article writes it', () => {
  const text = '芸芝最初并不理解直播间里的流量规律。\n\n后来，芸芝离开了直播间。\n\n（文中芸芝为化名）';
  const a = analyzeArticle(text, { segment: loadSegmenter() });
  const found = a.mentions.filter((m) => m.text === '芸芝' && m.type === 'person').map((m) => m.start);
  assert.deepEqual(found, [0, 23, 37]);
});
