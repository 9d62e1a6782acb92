import type { EntityMention } from '../types';
import { SURNAME_CODES, SURNAME_RARE_CODES } from './builtins';
import { isChineseName, isTranslit } from './shared';

/** Prepositions, causatives and conjunctions a name follows (`比`, `让`, `若`): glued on, the form written as often as the name is cut. */
const GLUED_BEFORE = /[比若因让被把对给为与及跟由指据令使叫称曝但且而之的了着过很都也还就才]/;
/** Prepositions that are also surnames (`向`, `从`, `同`, `和`): glued on where the name after them opens with a surname of its own. */
const PREPOSITION_SURNAME = /[向从同和]/;
/** How many times more often one form of a name must be written than the other to set the span. */
const DOMINANCE = 2;

/**
 * One name, one span: the article's own evidence settles where a person's name ends. A form written
 * once or twice beside a form one character shorter or longer written at least twice as often takes
 * that form's span: `周雪向`, `周雪喊` beside `周雪` ×6 are cut back to `周雪` (a word glued on), and
 * `傅园` beside `傅园慧` ×9, where the text goes on with `慧`, grows to `傅园慧` (a name cut short);
 * a form one character longer at its start loses that character (`让晓彤`, `比斯托尔滕贝格` beside
 * `晓彤`, `斯托尔滕贝格`) unless it is a surname before a given name (`王小明` beside `小明`), and a form
 * written right after a surname, beside the name with that surname written at least twice as often, takes
 * it in (`卿素华` ×15 beside `素华` ×4: the model left out a rare surname). A form the text goes on to write as a longer
 * form of the article, one or two characters more, is that form however often each is written (`冯杰|鸿辞去` beside
 * `冯杰鸿`, {@link writtenHere}).
 * Persons (and organizations, below); a document-level pass over the mentions after the paragraphs'. The same array when
 * nothing changes. An organization mention opening with a person named twice, then words no body holds
 * (`丁小平头部`, `郑月所在公司`), is that person.
 */
export function oneNameOneSpan(text: string, mentions: EntityMention[]): EntityMention[] {
  const count = new Map<string, number>();
  // indexed loops here and below: this runs over every mention on every keystroke
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type === 'person') count.set(m.text, (count.get(m.text) ?? 0) + 1);
  }
  if (count.size === 0) return mentions;
  const { cut, grows, headCut, front, twice, longer } = formsOf(count);
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type === 'organization') {
      const person = personInBody(text, mentions, i, count, twice, front);
      if (person) (out ??= mentions.slice())[i] = person;
      continue;
    }
    if (m.type !== 'person') continue;
    const whole = front.get(m.text);
    if (whole && text.charAt(m.start - 1) === whole.charAt(0) && !endsAt(mentions, i, m.start)) {
      (out ??= mentions.slice())[i] = { ...m, start: m.start - 1, text: whole };
      continue;
    }
    let end = m.end;
    if (headCut.has(m.text)) {
      (out ??= mentions.slice())[i] = { ...m, start: m.start + 1, text: m.text.slice(1) };
      continue;
    }
    const forms = longer.get(m.text);
    const full = forms ? writtenHere(text, mentions, i, forms) : null;
    if (full) {
      (out ??= mentions.slice())[i] = { ...m, end: m.start + full.length, text: full };
      continue;
    }
    if (cut.has(m.text)) end = m.end - 1;
    else if (grows.has(m.text)) {
      const next = text.charAt(m.end);
      const nl = next && !mentionAt(mentions, i + 1, m.end) ? count.get(m.text + next) ?? 0 : 0;
      if (nl < 2 || nl < DOMINANCE * (count.get(m.text) ?? 0)) continue;
      end = m.end + 1;
    } else continue;
    out ??= mentions.slice();
    out[i] = { ...m, end, text: text.slice(m.start, end) };
  }
  return out ?? mentions;
}

/** What {@link oneNameOneSpan} decides once per form, not per mention (it runs on every keystroke). */
interface Forms {
  /** Forms a form one character shorter outnumbers. */
  cut: Set<string>;
  /** Forms a name written at least twice begins with. */
  grows: Set<string>;
  /** Forms whose first character is glued on. */
  headCut: Set<string>;
  /** `素华` → `卿素华`, written at least twice as often: the form a surname before it completes. */
  front: Map<string, string>;
  /** The first characters of the names written at least twice: an organization opening with none of them opens with no name. */
  twice: Set<number>;
  /** `冯杰` → [`冯杰鸿`]: forms one or two characters longer that open with the form. */
  longer: Map<string, string[]>;
}

function formsOf(count: ReadonlyMap<string, number>): Forms {
  const cut = new Set<string>(), grows = new Set<string>(), headCut = new Set<string>();
  const front = new Map<string, string>();
  const twice = new Set<number>();
  const longer = new Map<string, string[]>();
  // `forEach`, not `for…of`: no entry array per form
  count.forEach((n, form) => {
    for (let k = 1; k <= 2 && form.length - k >= 2; k++) {
      const short = form.slice(0, -k);
      if (!count.has(short) || NOT_NAME_END.test(form.slice(-k)) || !(isChineseName(form, false) || (isTranslit(form) && n >= 2))) continue;
      const forms = longer.get(short);
      if (forms) forms.push(form);
      else longer.set(short, [form]);
    }
    const shorter = form.slice(0, -1);
    if (n >= 2) {
      grows.add(shorter);
      twice.add(form.charCodeAt(0));
    }
    const ns = form.length > 2 ? count.get(shorter) ?? 0 : 0;
    if (ns >= 2 && ns >= DOMINANCE * n) cut.add(form);
    // `比斯托尔滕贝格`, `长子吉布兰` → `子吉布兰` beside `斯托尔滕贝格`, `吉布兰` written more often: a character
    // before the name glued on; not a surname before a given name written alone (`王小明` beside `小明`)
    const tail = form.length > 2 ? form.slice(1) : '';
    const nt = tail ? count.get(tail) ?? 0 : 0;
    // `向林雯`, `从江歌` beside `林雯`, `江歌`: a preposition that is also a surname, before a name that opens with a surname
    const prep = tail.length >= 2 && PREPOSITION_SURNAME.test(form.charAt(0)) && !!SURNAME_CODES[tail.charCodeAt(0)];
    const written = (nt >= 2 && nt >= DOMINANCE * n) || (nt >= n && (GLUED_BEFORE.test(form.charAt(0)) || prep));
    const surname = SURNAME_CODES[form.charCodeAt(0)] || SURNAME_RARE_CODES[form.charCodeAt(0)];
    if (written && ((tail.length > 2 && isTranslit(tail)) || !surname || prep)) headCut.add(form);
    else if (tail.length >= 2 && surname && n >= 2 && n >= DOMINANCE * nt && !isTranslit(form)) front.set(tail, form);
  });
  return { cut, grows, headCut, front, twice, longer };
}

/** Characters that end no name, glued after one: grammar, speech and motion words, a side (`周雪向`, `王刚说`, `朱翔常`, `郑爽方`). */
const NOT_NAME_END = /[的在了些上下起去来着过说称讲问喊是对向到和与及等也都就还又才常曾被把将让给为从于以方]/;

/**
 * The longer form of a person's name that the text writes where mention `i` stands, one or two characters
 * more, with no mention starting inside them: `冯杰|鸿辞去` beside `冯杰鸿` → `冯杰鸿`, `法里|托有` beside `法里托` written
 * twice (the segmenter cut the name, `法里/x 托/v`). The text's own letters settle it whatever the counts; null when
 * it writes none of them.
 */
function writtenHere(text: string, mentions: readonly EntityMention[], i: number, forms: readonly string[]): string | null {
  const m = mentions[i];
  let best: string | null = null;
  for (const f of forms) if ((!best || f.length > best.length) && text.startsWith(f, m.start) && !startsWithin(mentions, i + 1, m.end, m.start + f.length)) best = f;
  return best;
}

/** True when a mention from index `j` on starts in `from..to - 1`. */
function startsWithin(mentions: readonly EntityMention[], j: number, from: number, to: number): boolean {
  for (; j < mentions.length && mentions[j].start < to; j++) if (mentions[j].start >= from) return true;
  return false;
}

/**
 * The person an organization mention (index `i`) opens with, then words no body holds: a name written at least
 * twice (`丁小平头部`), or one a surname before the mention completes (`请卿素华去派出所` read `素华去派出所` beside
 * `卿素华` written twice); null otherwise.
 */
function personInBody(text: string, mentions: readonly EntityMention[], i: number, count: ReadonlyMap<string, number>, twice: ReadonlySet<number>, front: ReadonlyMap<string, string>): EntityMention | null {
  const m = mentions[i];
  const name = twice.has(m.text.charCodeAt(0)) ? personOpening(m.text, count) : null;
  if (name) return { ...m, type: 'person', end: m.start + name.length, text: name, rule: 'person-before-words' };
  if (front.size === 0 || m.start === 0 || endsAt(mentions, i, m.start)) return null;
  const whole = personOpening(text.charAt(m.start - 1) + m.text, count);
  return whole && front.get(whole.slice(1)) === whole ? { ...m, type: 'person', start: m.start - 1, end: m.start - 1 + whole.length, text: whole, rule: 'person-before-words' } : null;
}

/** True when a mention before index `i` (document order) ends after `at - 1`: the character before `at` is read already. */
function endsAt(mentions: readonly EntityMention[], i: number, at: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) if (mentions[j].end >= at) return true;
  return false;
}

/** True when a mention from index `j` on (document order) starts at `at`. */
function mentionAt(mentions: readonly EntityMention[], j: number, at: number): boolean {
  for (; j < mentions.length && mentions[j].start <= at; j++) if (mentions[j].start === at) return true;
  return false;
}

/**
 * After a person's name, words that make what follows no part of a body's name: a relation (`所在`,
 * `名下`, `旗下`), a verb or preposition (`住院`, `带离`, `用`, `为`, `去`), a relative, a body part
 * (`头部`), a place (`处`): `丁小平头部`, `郑月所在公司`, `马斯克旗下公司` are the person and words.
 */
const NOT_A_BODY = /^(?:所在|名下|旗下|领导|带领|带离|控制|创办|任职|就职|供职|住院|出院|计划|加仓|父亲|母亲|妻子|丈夫|儿子|女儿|家属|现状|最新|[用为去到在和与被把将对向从让给]|[头脸胸腹背颈腰腿手脚臀肩眼脑鼻耳][部]?|处$)/;

/**
 * The person an organization mention opens with, when the article names that person at least twice and
 * the rest of the mention is {@link NOT_A_BODY}; null otherwise (`特朗普集团`, `蒋劲夫工作室` stay bodies).
 */
function personOpening(org: string, count: ReadonlyMap<string, number>): string | null {
  for (let n = Math.min(4, org.length - 1); n >= 2; n--) {
    const name = org.slice(0, n);
    if ((count.get(name) ?? 0) >= 2 && NOT_A_BODY.test(org.slice(n))) return name;
  }
  return null;
}
