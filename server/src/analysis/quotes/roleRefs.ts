/**
 * A demonstrative and a role (`这位专家`, `该专家`, `上述资深经纪人`) points back to where the unit
 * introduced that role: `北京朝阳医院一位呼吸科专家……这位专家说` → the hospital the expert speaks for;
 * `一位资深经纪人……上述资深经纪人介绍` → someone unnamed, no speaker; `专家张三……这位专家` → 张三.
 * Read in the unit's own text only, so a unit's result still depends on nothing but its key.
 */
import type { EntityMention } from '../types';
import type { Who } from './who';
import { firstAtOrAfter, lastIndexWithin } from '../entities/shared';

/** What the attribution pass knows that a role reference reads (`memory.ts` `State`, which imports this file). */
interface Floor {
  text: string;
  named: readonly EntityMention[];
  last: Who | null;
}

/** The demonstrative and measure word of a role reference, then the role itself. */
const ROLE_REF = /^(?:这|该|那|上述|前述)(?:位|名|个)?([\u4e00-\u9fa5]{2,8})$/;
/** Roles that are people's own words for themselves or kin, not introduced roles: no antecedent to find. */
const NOT_A_ROLE = /^(?:男子|女子|先生|女士|人)$/;
/** How far back (UTF-16 units) the introduction is looked for. */
const WINDOW = 600;
/** Between a body and its staff: `的`, a count, a department or specialty (`一位呼吸科`), no punctuation. */
const BODY_TO_ROLE = /^的?(?:[一两几][位名个])?[\u4e00-\u9fa5]{0,5}$/;
/** A facility the entity analysis types as a place, which has staff of its own (`陇西县博物馆`). */
const FACILITY = /(?:[馆院校所站]|中心)$/;
/** Before a body its role is only near (`接近崃州蒸馏厂的业内人士`): someone unnamed, not the body's staff. */
const CLOSE_TO = /(?:接近|靠近|熟悉)$/;
/** Right before an introduction of someone unnamed: `一位`, `一名`, `某`. */
const UNNAMED_BEFORE = /(?:[一两几][位名个]|某)[\u4e00-\u9fa5]{0,5}$/;

/**
 * What the role reference `pronoun` at `at` stands for: the body or person its introduction names, null
 * when it introduced someone unnamed, undefined when it is no role reference or no introduction is found.
 */
export function roleAntecedent(at: number, state: Floor, pronoun: string): Who | null | undefined {
  const m = ROLE_REF.exec(pronoun);
  if (!m || NOT_A_ROLE.test(m[1])) return undefined;
  const found = introduction(at, state, m[1]);
  // `前述权威人士`, `上述接近央行人士` with no introduction found: a source no article names, not the last person named
  if (found === undefined && /^[\u4e00-\u9fa5]{2,}人士$/.test(m[1])) return state.last && state.last.span.start < at && state.last.name.endsWith(m[1]) ? { ...state.last } : null;
  return found;
}

/** A role alone as subject (`馆长表示`, `消息人士称`): it goes on naming the one it did last. */
const BARE_ROLE = /^(?:上述|前述)?(消息人士|知情人士|馆长|院长|校长|局长|所长|站长|主任|负责人|发言人|专家)$/;

/**
 * A bare role (`馆长表示` after `陇西县博物馆馆长向记者介绍`): what its introduction in the unit names, else
 * the last speaker when that was a role phrase ending with it (carried from an earlier paragraph);
 * undefined when neither.
 */
export function bareRoleAntecedent(at: number, state: Floor, phrase: string): Who | null | undefined {
  const m = BARE_ROLE.exec(phrase);
  if (!m) return undefined;
  const found = introduction(at, state, m[1]);
  if (found !== undefined) return found;
  const last = state.last;
  return last && last.span.start < at && last.name.length > m[1].length && last.name.endsWith(m[1]) ? { ...last } : undefined;
}

function introduction(at: number, state: Floor, role: string): Who | null | undefined {
  const text = state.text;
  const from = Math.max(0, at - WINDOW);
  for (let i = lastIndexWithin(text, role, at - 1, from); i >= 0; i = lastIndexWithin(text, role, i - 1, from)) {
    // another reference (`该专家认为`) is no introduction
    if (/(?:这|该|那|上述|前述)(?:位|名|个)?$/.test(text.slice(Math.max(0, i - 3), i))) continue;
    // a mention that names no one and counts no one (`向其他群成员炫耀`) is no introduction: look further back
    const found = introduced(i, i + role.length, state);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Who the introduction of a role at [start, end) names (see {@link roleAntecedent}). */
function introduced(start: number, end: number, state: Floor): Who | null | undefined {
  const named = state.named;
  const after = named[firstAtOrAfter(named, end)];
  // `专家张三`: the role's own name; `网友“克里斯蒂娜的世界”`: the handle it goes by
  if (after && after.type === 'person' && (after.start === end || (after.start === end + 1 && after.rule === 'handle' && state.text.charAt(end) === '“'))) return who(after);
  const last = firstAtOrAfter(named, start) - 1;
  // `备注名称为“天旺”的成员`: a handle before the role
  const before = named[last];
  if (before && before.rule === 'handle' && /^”的?$/.test(state.text.slice(before.end, start))) return who(before);
  for (let k = last; k >= 0 && named[k].end > start - 12; k--) {
    const b = named[k];
    const bodyLike = b.type === 'organization' || (b.type === 'place' && FACILITY.test(b.text));
    if (bodyLike && b.end <= start && BODY_TO_ROLE.test(state.text.slice(b.end, start))) return CLOSE_TO.test(state.text.slice(Math.max(0, b.start - 2), b.start)) ? null : { ...who(b), via: 'role' };
  }
  return UNNAMED_BEFORE.test(state.text.slice(Math.max(0, start - 8), start)) ? null : undefined;
}

const who = (m: EntityMention): Who => ({ name: m.text, span: { start: m.start, end: m.end }, via: 'pronoun' });

