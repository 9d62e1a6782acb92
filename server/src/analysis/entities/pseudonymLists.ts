/**
 * Pseudonyms an article declares in a list, most often in a note at its end: `（文中小琪、芸熙、孙刚、晓雨均为化名）`,
 * `（应受访者要求，吴向阳、殷浩、刘博为化名）`, `文中张艳系化名`, `文中雅琪和大楠均为化名`. Each is a person, however
 * common its words (`圆子`, `乐悠`), found with rule `pseudonym` as `张艳（化名）` is (nameContext.ts
 * `findPseudonyms`), so spreadNames.ts makes it that person wherever else the article writes it as a word
 * of its own. Words for people in general (`文中人物`, `受访者`, `病患及家属`, `其余`) name no one.
 */
import type { Candidate } from './shared';

/** A list of names (`、`, `和`, `及`, `与` between), maybe `等`, then `(均)为化名` / `系化名`. */
const LIST = /([\u4e00-\u9fa5]{1,7}?(?:[、和及与][\u4e00-\u9fa5]{1,5}?)*)等?(?:均|皆|都|亦)?(?:为|系)化名/g;
/** Words that open the list but are no part of a name: `文中`, `本文中`, `受访者`, `应受访者要求`. */
const LEAD = /^(?:应?受访者要求)?(?:本?文[中内]|本文|其中|受访者|以上|上述)*/;
/** People in general, not a name. */
const GENERAL = /除|人物|受访|病患|患者|家属|当事|其余|其他|人员|姓名|人名|名字|以上|均|皆|部分|孩子|学生|员工|网友|男子|女子|先生|女士/;

/** The items of a list: between `、`, and between `和`/`及`/`与` only in an item too long for one name (`雅琪和大楠`, not `李和平`). */
function names(list: string): string[] {
  return list.split('、').flatMap((item) => (item.length > 4 ? item.split(/[和及与]/) : [item]));
}

/** The declared pseudonyms of `text` (one paragraph), as person candidates. */
export function findPseudonymLists(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LIST)) {
    const lead = LEAD.exec(m[1])![0].length;
    let at = m.index! + lead;
    for (const part of names(m[1].slice(lead))) {
      if (part.length >= 2 && part.length <= 4 && !GENERAL.test(part)) out.push({ start: at, end: at + part.length, type: 'person', rule: 'pseudonym', priority: 5 });
      at += part.length + 1;
    }
  }
  return out;
}
