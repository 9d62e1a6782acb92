import type { EntityMention, Finding } from '../types';
import { nameVariantMessage, otherSpellingMessage } from './messages';
import { ADDRESS_FORMS } from './lexicon';
import { isChineseName } from '../entities/shared';

/**
 * Characters readily swapped in names (same or near-same sound): a hand-made list, one group per string.
 * Only swaps inside a group count for short Chinese names, where two real people often differ by one character.
 */
const SOUND_ALIKE = [
  '军君均钧俊峻骏', '明鸣铭名', '伟玮炜韦维卫威', '华骅桦', '丽莉俐立力利里厉', '静婧靖敬', '杰洁捷', '磊蕾',
  '涛韬', '鹏朋', '斌彬宾滨', '辉晖徽', '婷亭廷汀丁', '芳方', '娟鹃', '勇永咏', '刚钢纲', '平萍苹', '宇雨禹羽语',
  '晨辰臣', '欣馨新昕心', '毅义亿艺谊', '振震', '建健剑坚', '国帼', '东冬', '红宏洪鸿弘', '峰锋丰枫', '琳林霖麟',
  '洋阳杨扬', '凯恺楷', '慧惠蕙', '颖莹盈迎', '佳嘉家', '志智治致', '斯丝思司', '克科柯可', '尔儿', '德得',
  '特托', '纳那娜', '布步', '森逊', '顿登敦', '伦仑纶', '拉腊', '基吉', '夫福弗', '诺罗洛', '普蒲浦', '马玛',
  '奥欧', '塔达', '安恩', '妮尼', '莎沙', '亚娅雅', '迪蒂', '瑞锐', '文雯', '涵晗含', '思斯', '琪淇祺棋其奇',
];
const GROUP_OF = new Map<string, number>();
SOUND_ALIKE.forEach((g, i) => {
  for (let k = 0; k < g.length; k++) GROUP_OF.set(g[k], i);
});

interface Group {
  name: string;
  count: number;
  /** Index of its first mention. */
  first: number;
  entityId: string | undefined;
}

/**
 * One person written two ways (`董军` ×5 and `董君` ×1; `奥斯汀`/`奥斯丁`) → an `entity.name-variant`
 * warning on the rarer spelling, pointing at the other one. Person groups come from `mentions`' `entityId`.
 */
export function findNameVariants(mentions: EntityMention[]): Finding[] {
  return findNameVariantsWithFirsts(mentions).findings;
}

/**
 * {@link findNameVariants}, and for each finding the indices in `mentions` of the variant's and the main
 * spelling's first mentions (`firsts[2i]`, `firsts[2i + 1]`): the mentions its spans come from.
 */
export function findNameVariantsWithFirsts(mentions: EntityMention[]): { findings: Finding[]; firsts: number[] } {
  const groups = personGroups(mentions);
  const byKey = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.name.length < 2 || g.name.length > 8 || !/^[\u4e00-\u9fa5·]+$/.test(g.name)) continue;
    for (let i = 0; i < g.name.length; i++) {
      const key = `${g.name.slice(0, i)}?${g.name.slice(i + 1)}`;
      const list = byKey.get(key) ?? [];
      list.push(g);
      byKey.set(key, list);
    }
  }
  const findings: Finding[] = [];
  const firsts: number[] = [];
  const flagged = new Set<string>();
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    const at = key.indexOf('?');
    const sorted = [...list].sort((a, b) => b.count - a.count || mentions[a.first].start - mentions[b.first].start);
    for (const v of sorted.slice(1)) {
      if (flagged.has(v.name) || !alike(sorted[0], v, at)) continue;
      flagged.add(v.name);
      findings.push(toFinding(v, sorted[0], mentions));
      firsts.push(v.first, sorted[0].first);
    }
  }
  return { findings, firsts };
}

function personGroups(mentions: EntityMention[]): Group[] {
  const byName = new Map<string, Group>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'person') continue;
    const g = byName.get(m.text);
    if (g) g.count++;
    else byName.set(m.text, { name: m.text, count: 1, first: i, entityId: m.entityId });
  }
  return [...byName.values()];
}

/**
 * A name the article withholds or a surname with a form of address (`车某某`, `杨某燕`, `汤先生`): its real characters are
 * all it has to tell people apart, so one of them differing (`樊某某`, `杨某垢`, `李先生`) is another person, not a
 * spelling; `某` against a real character (`戴某康`, `戴志康`) may still be one person named two ways.
 */
const WITHHELD_OR_ADDRESSED = new RegExp(`某|(?:${ADDRESS_FORMS}|警官|律师|医生)$`);

/** Same sound at the differing place, and not a surname difference between Chinese names, nor two withheld or addressed people. */
function alike(main: Group, variant: Group, at: number): boolean {
  if ((main.name.length === 2 && at === 0) || (main.entityId !== undefined && main.entityId === variant.entityId)) return false;
  if ((WITHHELD_OR_ADDRESSED.test(main.name) || WITHHELD_OR_ADDRESSED.test(variant.name)) && main.name[at] !== '某' && variant.name[at] !== '某') return false;
  const a = GROUP_OF.get(main.name[at]);
  if (a !== undefined && a === GROUP_OF.get(variant.name[at])) return true;
  // two Chinese names whose surnames differ are two people (`王伟中`, `覃伟中`), however often each is written
  if (at === 0 && isChineseName(main.name, true) && isChineseName(variant.name, true)) return false;
  return main.name.length >= 3 && variant.count === 1 && main.count >= 2;
}

function toFinding(v: Group, main: Group, mentions: readonly EntityMention[]): Finding {
  const m = mentions[main.first];
  return {
    code: 'entity.name-variant',
    severity: 'warning',
    start: mentions[v.first].start,
    end: mentions[v.first].end,
    message: nameVariantMessage(v.name, main.name),
    related: [{ start: m.start, end: m.end, message: otherSpellingMessage(main.name) }],
  };
}
