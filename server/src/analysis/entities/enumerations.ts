import type { EntityMention, EntityType, Span, Token } from '../types';
import { KINSHIP } from './builtins';
import { NAME_TAGS, isChineseName, isHan, surnameLength } from './shared';

/** Where an enumeration's first item begins at the latest: after clause punctuation or an opening bracket. */
const CLAUSE_PUNCT = /[，,。；;：:！？!?（(“”「」《》\n]/;
/**
 * A name in Latin letters, as a pattern's source: a letter, then the class of what may follow it (letters, digits,
 * `&`, `.`, `-`: `Meta`, `AT&T`, `Hub71`), for the pattern using it to count.
 */
const LATIN_NAME = '[A-Za-z][A-Za-z0-9&.-]';
/** A transliteration with a middle dot (`伯克希尔·哈撒韦`), as a pattern's source. */
const DOTTED_NAME = '[\\u3400-\\u9fff]{1,6}(?:[·•][\\u3400-\\u9fff]{1,6}){1,2}';
const DOTTED = new RegExp(`^${DOTTED_NAME}$`);
/** A name-shaped item: 2–6 Han characters (a Hong Kong share class kept: `小鹏汽车-W`), a dotted transliteration or a Latin name (`Meta`). */
const ITEM_SHAPE = new RegExp(`^(?:[\\u3400-\\u9fff]{2,6}(?:-[A-Z]{1,2})?|${DOTTED_NAME}|${LATIN_NAME}{1,30})$`);
/** A stretch that is one Latin name, of any length. */
const LATIN_WHOLE = new RegExp(`^${LATIN_NAME}*$`);
/** A stock code in brackets after an item (`快手-W(01024.HK)`): not part of the name. */
const CODE = /[(（][0-9A-Z.]+[)）]$/;
/** Words that open a list (`包括小米、OPPO、vivo等公司`). */
const LIST_OPENER = /^(?:包括|包含|例如|比如|诸如|譬如|像是|如)$/;
/** Verbs whose object is the list (`减持/中通快递、新东方`, `依次为`): no part of the first item. */
const LIST_VERB = /^(?:减持|增持|买入|卖出|持有|收购|入股|有|为|是|依次|分别)$/;
/** A verb's one character glued to an unknown first item (`有银泰/x`, `为志存/x`). */
const GLUED_VERB = /^[有为是]/;
/** Conjunctions that join the last item of a `、` list. */
const JOIN = /^(?:以及|和|与|及)/;
/** Punctuation that ends a list: an item never holds a clause break. */
const LIST_BREAK = /[，,。；;：:！？!?\n“”「」《》]/;
/** Segmenter tags of grammar words, never inside a name: prepositions, conjunctions, particles, pronouns. */
const GRAMMAR_TAGS: ReadonlySet<string> = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'y', 'e', 'o', 'zg']);
/** Tags that end the last item (`东方精工/涨停`, `卓朗科技/等`): verbs, adverbs, numbers and grammar words. */
const LAST_STOP_TAGS: ReadonlySet<string> = new Set([...GRAMMAR_TAGS, 'v', 'vn', 'vd', 'd', 'm', 'q']);
/** Heads of kinds, not names (`半导体板块`, `人造肉概念`, `中证1000指数`), bodies named by their kind alone, and credits (`东方财富截图`). */
const KIND_WORD = /(?:板块|概念|行业|指数|产业|领域|方向|公司|集团|银行|政府|部门|机构|企业|截图|评论|供图|配图|图片)$/;
/** Rules whose only evidence is the segmenter's tag, a word's shape or the model's reading: a list's type outweighs them. */
const WEAK_RULES: ReadonlySet<string> = new Set(['model', 'latin-given-name', 'jieba-ns', 'jieba-nr', 'jieba-nrt', 'jieba-nrfg', 'jieba-nt', 'jieba-nr-place', 'surname-name', 'translit-name', 'org-head']);

/**
 * A name in Latin letters with a capital and a lower-case letter (`Anthropic`, `eToro`, `xAI`, `PowerCo`): not an
 * acronym or ticker (`AI`, `CQQQ`), a model number (`SU7`) or a plain word.
 */
export const LATIN_ITEM = /^(?=[A-Za-z&.-]*[A-Z])(?=[A-Za-z&.-]*[a-z])[A-Za-z][A-Za-z&.-]{2,30}$/;

/** One item of a list: `东宝生物`@12–16 (a stock code after it left out). */
export interface Item extends Span { text: string }

/**
 * Names listed with `、` take the list's one type: in `甲乙科技、丙丁股份、戊己食品等涨停`, with two
 * items found as organizations, the third is one too; an item read as a person by its dictionary tag
 * alone (`[东宝]生物`) becomes the organization `东宝生物`. User entries and `none` words are kept.
 */
export function completeEnumerations(text: string, tokens: readonly Token[], mentions: EntityMention[], suppressed: readonly { start: number; end: number; word: string }[]): EntityMention[] {
  let out = mentions;
  for (const items of findEnumerations(text, tokens, mentions)) out = typeEnumeration(tokens, items, out, suppressed, KIND_AFTER.test(text.slice(items[items.length - 1].end, items[items.length - 1].end + 7)));
  for (const pair of latinPairs(text)) out = typeEnumeration(tokens, pair, out, suppressed, true);
  return out;
}

/** Two names in Latin letters joined by a conjunction (`Airbnb和DoorDash`), right before `等`. */
const LATIN_PAIR = new RegExp(`(?<![A-Za-z0-9&.-])(${LATIN_NAME}{1,30}) ?(?:和|与|及|以及) ?(${LATIN_NAME}{1,30}) ?(?=等)`, 'g');

/**
 * Pairs of Latin names that a kind of body after them types ({@link KIND_AFTER}): `投资Airbnb和DoorDash等公司`
 * (a `、` list needs no pair: `findEnumerations`). The change of script bounds the first name, which a
 * pair of Han names would leave unknown.
 */
function latinPairs(text: string): Item[][] {
  if (!text.includes('等')) return [];
  const pairs: Item[][] = [];
  for (const m of text.matchAll(LATIN_PAIR)) {
    const second = m.index + m[0].lastIndexOf(m[2]);
    const after = m.index + m[0].length;
    if (KIND_AFTER.test(text.slice(after, after + 16))) pairs.push([{ start: m.index, end: m.index + m[1].length, text: m[1] }, { start: second, end: second + m[2].length, text: m[2] }]);
  }
  return pairs;
}

/** A kind of body right after a list (`甲、乙和丙等公司`, `等科技巨头`): every item is one. */
const KIND_AFTER = /^等(?:(?:多|几|数|\d+|[两三四五六七八九十]+)家|(?:多家|几家|\d+家)?(?:知名|大型|头部|主要|国际|全球|海外|外资|国有|民营|上市|量化|风险投资|科技|互联网|芯片|半导体|汽车|新能源|金融|投资|教育|电商|证券|会计师|律师){0,2}(?:公司|企业|巨头|厂商|车企|私募|券商|投行|银行|航司|运营商|律所|事务所))/;

/** The `、` lists of a paragraph, each as its name-shaped items: `甲乙科技、丙丁股份等涨停` → `[[甲乙科技, 丙丁股份]]`. */
export function findEnumerations(text: string, tokens: readonly Token[], mentions: readonly EntityMention[]): Item[][] {
  const lists: Item[][] = [];
  let i = text.indexOf('、');
  while (i >= 0) {
    const items: (Item | null)[] = [firstItem(text, tokens, mentions, i)];
    let at = i;
    for (;;) {
      const next = text.indexOf('、', at + 1);
      const between = next < 0 ? '' : text.slice(at + 1, next);
      if (next < 0 || LIST_BREAK.test(between)) break;
      // what is no name between two `、` ends the list there (`洛杉矶以及迈阿密分别下降了27%、42%`)
      const named = mentions.find((x) => x.start === at + 1 && x.end === next && !WEAK_RULES.has(x.rule));
      const item = named ? namedItem(text, named) : toItem(text, at + 1, next);
      if (!item) break;
      items.push(item);
      at = next;
    }
    const last = sameHead(text, tokens, items[items.length - 1], lastItem(text, tokens, mentions, at + 1));
    items.push(last);
    // `甲、乙和丙`, `甲、乙以及丙`: a conjunction after the last `、` item adds one more (never a bare pair)
    const join = last ? JOIN.exec(text.slice(last.end, last.end + 3)) : null;
    // … unless the item before it is one common word, the conjunction then inside a name (`卫生与公众服务部`)
    if (last && join && tokens.some((t) => t.start === last.end && t.word === join[0]) && !commonWord(wordsOf(tokens, last), last)) items.push(lastItem(text, tokens, mentions, last.end + join[0].length));
    lists.push(items.filter((x): x is Item => x !== null));
    const next = text.indexOf('、', at + 1);
    i = next;
  }
  return lists.filter((l) => l.length >= 2);
}

/**
 * The last item grown over the word the item before it ends with (`聚宽投资、明汯/投资/vn 等`): a list's
 * names share their head, which the segmenter may read as a verb ending the last one.
 */
function sameHead(text: string, tokens: readonly Token[], before: Item | null, last: Item | null): Item | null {
  if (!before || !last) return last;
  const head = tokens.find((t) => t.end === before.end && t.start > before.start);
  if (!head || head.word.length < 2 || !text.startsWith(head.word, last.end)) return last;
  return toItem(text, last.start, last.end + head.word.length) ?? last;
}

/** A Latin word ending a stretch of text, after a Han character, a space or clause punctuation (its first capture). */
const LATIN_RUN_END = /(?:^|[\u3400-\u9fff\s，,：:；;（(])([A-Za-z][A-Za-z&.-]*)$/;

/** The segmenter's words that overlap an item. */
const wordsOf = (tokens: readonly Token[], it: Item): Token[] => tokens.filter((t) => t.start < it.end && it.start < t.end);

/**
 * The item is one dictionary word not tagged as a name (`卫生/an`); `inside`: its words ({@link wordsOf}). A word in
 * Latin letters with a capital and a lower-case letter is a name whatever the segmenter's tag (`Fidelity/eng`).
 */
function commonWord(inside: readonly Token[], it: Item): boolean {
  return !LATIN_ITEM.test(it.text) && inside.length === 1 && inside[0].start === it.start && inside[0].end === it.end && !NAME_TAGS.has(inside[0].tag);
}

/** An item a rule found as a name (`礼来公司` by the company list): its kind's word does not make it a kind. */
function namedItem(text: string, m: EntityMention): Item | null {
  return ITEM_SHAPE.test(m.text) ? { start: m.start, end: m.end, text: m.text } : toItem(text, m.start, m.end);
}

function toItem(text: string, start: number, end: number): Item | null {
  const code = CODE.exec(text.slice(start, end));
  if (code) end -= code[0].length;
  // spaces around a name in Latin letters (`市场上的 OpenAI、Anthropic、Perplexity 等`)
  while (start < end && text.charAt(start) === ' ') start++;
  while (end > start && text.charAt(end - 1) === ' ') end--;
  const s = text.slice(start, end);
  return ITEM_SHAPE.test(s) && !KIND_WORD.test(s) ? { start, end, text: s } : null;
}

/**
 * The item before the first `、`: a mention ending there, or all back to clause punctuation (a verb before
 * it, `砍伤被害人头面部、`, leaves it too long to be a name: measured on the entity dev set).
 */
function firstItem(text: string, tokens: readonly Token[], mentions: readonly EntityMention[], sep: number): Item | null {
  const code = CODE.exec(text.slice(Math.max(0, sep - 20), sep));
  const end = code ? sep - code[0].length : sep;
  const m = mentions.find((x) => x.end === end && !WEAK_RULES.has(x.rule));
  if (m) return namedItem(text, m);
  // a name in Latin letters after Han ones is bounded by the change of script (`投资/Airbnb、`, `上的 OpenAI、`)
  const latin = LATIN_RUN_END.exec(text.slice(Math.max(0, end - 32), end));
  if (latin && LATIN_ITEM.test(latin[1])) return toItem(text, end - latin[1].length, end);
  let start = end;
  while (start > 0 && !CLAUSE_PUNCT.test(text.charAt(start - 1)) && text.charAt(start - 1) !== '、') start--;
  // a conjunction or adverb opening the clause is no part of the name (`而/奥斯汀`), nor what comes before a word
  // that opens a list (`邀请了包括/小米`)
  for (const t of tokens) if (t.start >= start && t.end < end && LIST_OPENER.test(t.word)) start = t.end;
  for (const t of tokens) if (t.start === start && t.end < end && (GRAMMAR_TAGS.has(t.tag) || t.tag === 'd')) start = t.end;
  // nor a verb that takes the list as its object (`减持/中通快递`), or its first character the segmenter glued on (`有银泰/x`, `为志存/x`)
  for (const t of tokens) {
    if (t.start !== start || t.end >= end) continue;
    if (LIST_VERB.test(t.word)) start = t.end;
    else if (t.tag === 'x' && t.word.length >= 3 && GLUED_VERB.test(t.word)) start++;
  }
  return toItem(text, start, end);
}

/** The item after the last `、`: a mention starting there, or words up to `等`, punctuation or a verb. */
function lastItem(text: string, tokens: readonly Token[], mentions: readonly EntityMention[], start: number): Item | null {
  const m = mentions.find((x) => x.start === start && !WEAK_RULES.has(x.rule));
  if (m) return namedItem(text, m);
  // a word the segmenter glued across the end of a name the model read (`观察者网` + `都` in `网都/x`) ends the item there
  const weak = mentions.find((x) => x.start === start);
  // … and a transliteration with a middle dot it read is the item whatever the segmenter cut (`伯/nr 克/m 希尔/nrt ·/x`)
  if (weak && DOTTED.test(weak.text)) return toItem(text, weak.start, weak.end);
  let end = start;
  for (const t of tokens) {
    if (t.end <= start) continue;
    if (weak && t.start < weak.end && t.end > weak.end) return t.start === end ? toItem(text, start, weak.end) : null;
    // a name may begin with a verb (`远航/v 食品`), never end in one (`东方精工/涨停`)
    if (t.start !== end || (LAST_STOP_TAGS.has(t.tag) && (end > start || GRAMMAR_TAGS.has(t.tag))) || CLAUSE_PUNCT.test(t.word) || /[、()（）]/.test(t.word) || t.word === '等') break;
    end = t.end;
    // eight Han characters at most; a Latin name is bounded by its shape (`BlackRock`, `Infrastructure`)
    if (end - start > 8 && !LATIN_WHOLE.test(text.slice(start, end))) return null;
  }
  return end > start ? toItem(text, start, end) : null;
}

/**
 * The type that outweighs all others together among the found items, a rule's finding weighing twice a
 * dictionary tag's or the model's (`洛杉矶` by the lexicon against `奥斯汀` by the model), with how many
 * items have it.
 */
function dominantType(found: readonly EntityMention[]): { type: EntityType; count: number } | null {
  const weights = new Map<EntityType, number>();
  let total = 0;
  for (const m of found) {
    const w = WEAK_RULES.has(m.rule) ? 1 : 2;
    weights.set(m.type, (weights.get(m.type) ?? 0) + w);
    total += w;
  }
  for (const [type, w] of weights) if (w > total - w) return { type, count: found.filter((m) => m.type === type).length };
  return null;
}

/** An unfound item is a name when no grammar word is inside it and it is not one common dictionary word (`银行/n`), or, among people, shaped like a Chinese name. */
function isNameShaped(tokens: readonly Token[], item: Item, type: EntityType): boolean {
  const inside = wordsOf(tokens, item);
  if (inside.some((t) => t.start < item.start || t.end > item.end)) return false;
  // among people, a Chinese name's shape is enough, whatever the segmenter read (`何/p 维/v`, `尤/d 权/n`), a rare
  // surname's too (`于/p 和/c 伟/zg`), and a given name of one character twice (`刘诗诗`, `郭晶晶`), not a kinship word (`王姐姐`)
  if (type === 'person' && KINSHIP.has(item.text.slice(1))) return false;
  if (type === 'person' && (isChineseName(item.text, true) || doubledGiven(item.text))) return true;
  if (inside.some((t) => GRAMMAR_TAGS.has(t.tag))) return false;
  if (commonWord(inside, item)) return false;
  // people and places need the segmenter's word for a name somewhere in them; stock names do not (`双塔/n 食品/n`)
  return type === 'organization' || inside.some((t) => NAME_TAGS.has(t.tag));
}

/** A surname and one character twice (`刘诗诗`, `郭晶晶`); the caller leaves out a surname before a kinship word (`王姐姐`). */
const doubledGiven = (w: string): boolean => w.length === 3 && w.charAt(1) === w.charAt(2) && surnameLength(w, true) === 1 && isHan(w);

/** One list given its dominant type: weakly typed items retyped, unfound name-shaped items added (rule `enumeration`). */
function typeEnumeration(tokens: readonly Token[], items: readonly Item[], mentions: EntityMention[], suppressed: readonly { start: number; end: number; word: string }[], bodies: boolean): EntityMention[] {
  const exact = (it: Item) => mentions.find((m) => m.start === it.start && m.end === it.end);
  const found = items.map(exact).filter((m): m is EntityMention => m !== undefined);
  // `等公司` after the list says what its items are
  const dominant = bodies ? { type: 'organization' as const, count: 2 } : dominantType(found);
  // one found item of the type retypes the others only in a list of three or more (`日本、东盟` stays mixed)
  if (!dominant || (dominant.count < 2 && items.length < 3)) return mentions;
  const type = dominant.type;
  let out = mentions;
  for (const it of items) {
    const m = exact(it);
    if (m) {
      if (m.type !== type && (WEAK_RULES.has(m.rule) || bodies)) m.type = type;
      continue;
    }
    // one found organization in a list of three or more takes in names in Latin letters (`OpenAI、Anthropic、Perplexity等`)
    if (dominant.count < 2 && !(type === 'organization' && LATIN_ITEM.test(it.text))) continue;
    if (suppressed.some((s) => (s.start < it.end && it.start < s.end) || s.word === it.text) || !isNameShaped(tokens, it, type)) continue;
    const over = out.filter((x) => x.start < it.end && it.start < x.end);
    // only an organization takes in the names inside it (`[西藏]矿业`, `[东宝]生物`); a crossing mention or the user's wins
    const inside = over.every((x) => x.start >= it.start && x.end <= it.end && x.rule !== 'user-lexicon');
    if (over.length > 0 && (type !== 'organization' || !inside)) continue;
    out = [...out.filter((x) => !over.includes(x)), { start: it.start, end: it.end, text: it.text, type, rule: 'enumeration' }].sort((a, b) => a.start - b.start);
  }
  return out;
}
