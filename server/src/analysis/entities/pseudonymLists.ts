/**
 * Pseudonyms an article declares in a list, most often in a note at its end: `（文中小琪、芸熙、孙刚、晓雨均为化名）`,
 * `（应受访者要求，吴向阳、殷浩、刘博为化名）`, `文中张艳系化名`, `文中雅琪和大楠均为化名`. Each is a person, however
 * common its words (`圆子`, `乐悠`), found with rule `pseudonym` as `张艳（化名）` is (nameContext.ts
 * `findPseudonyms`), so spreadNames.ts makes it that person wherever else the article writes it as a word
 * of its own. Words for people in general (`文中人物`, `受访者`, `病患及家属`, `其余`) name no one.
 */
import type { Candidate } from './shared';

/**
 * The declaration after a list: maybe `等`, then `(均)为化名` / `系化名`. The list itself is read back from it over Han
 * characters and `、` (one pass, no backtracking: a regular expression over the list's own shape, whose separators are
 * Han characters too, backtracked exponentially on long runs of `和`).
 */
const DECLARED = /等?(?:均|皆|都|亦)?(?:为|系)化名/g;
/** Characters of a list of names: Han characters and `、`. */
const LIST_CHAR = /[\u4e00-\u9fa5、]/;
/** How far back from its declaration a list is read. */
const MAX_LIST = 40;
/** Words that open the list but are no part of a name: `文中`, `本文中`, `受访者`, `应受访者要求`. */
const LEAD = /^(?:应?受访者要求)?(?:本?文[中内]|本文|其中|受访者|以上|上述)*/;
/** People in general, not a name. */
const GENERAL = /除|们|大家|人物|受访|病患|患者|家属|当事|其余|其他|人员|姓名|人名|名字|以上|部分|孩子|学生|员工|网友|男子|女子|先生|女士/;

/** The items of a list: between `、`, and between `和`/`及`/`与` only in an item too long for one name (`雅琪和大楠`, not `李和平`). */
function names(list: string): string[] {
  return list.split('、').flatMap((item) => (item.length > 4 ? item.split(/[和及与]/) : [item]));
}

/** The declared pseudonyms of `text` (one paragraph), as person candidates. */
export function findPseudonymLists(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DECLARED)) {
    let from = m.index!;
    while (from > 0 && m.index! - from < MAX_LIST && LIST_CHAR.test(text.charAt(from - 1))) from--;
    const list = text.slice(from, m.index!);
    const lead = LEAD.exec(list)![0].length;
    let at = from + lead;
    for (const part of names(list.slice(lead))) {
      if (part.length >= 2 && part.length <= 4 && !GENERAL.test(part)) out.push({ start: at, end: at + part.length, type: 'person', rule: 'pseudonym', priority: 5 });
      at += part.length + 1;
    }
  }
  return out;
}
