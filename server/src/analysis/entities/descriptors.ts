import type { EntityMention } from '../types';

/** A kind word inside an organization span, the name after it: `美国智库兰德公司` → `兰德公司`. */
const INNER_KIND = /^.+?(?:智库|媒体|机构|初创公司|初创企业|风投公司|风险投资公司)(?=.{2,}$)/;
/** Heads a trimmed name must end in to stand alone. */
const ORG_END = /(?:公司|集团|研究所|研究院|研究中心|基金会|大学|学院|银行|社|网|台|报)$/;
/** Companies named only by what kind they are: `风投公司`, `迈阿密初创公司`, `武汉一公司`, `关联公司`. */
const KIND_ONLY = /(?:^|初创|风投|关联|[一某该这])(?:公司|企业)$/;

/**
 * Organization spans cut to the guideline's name: a kind word before the name comes off
 * (`美国智库兰德公司` → `兰德公司`), and a company named only by its kind is no entity
 * (`迈阿密初创公司`, `风投公司`). User entries are left as the user wrote them.
 */
export function trimDescriptors(mentions: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'organization' || m.rule === 'user-lexicon') { out.push(m); continue; }
    if (KIND_ONLY.test(m.text) || /^(?:初创|风投|关联)/.test(m.text)) continue;
    const k = INNER_KIND.exec(m.text);
    if (k && ORG_END.test(m.text)) out.push({ start: m.start + k[0].length, end: m.end, text: m.text.slice(k[0].length), type: m.type, rule: m.rule });
    else out.push(m);
  }
  return out;
}
