import type { Token } from '../types';
import { holdsWord, japaneseGivenNames, ORG_SUFFIXES, PLACE_SUFFIXES, suffixIn, SURNAMES_JAPANESE, TITLES } from './builtins';
import { SPEAKS_AFTER } from './modelPersonSpans';
import { isHan, type Candidate } from './shared';

/** Given-name words: one or two ideographs the dictionary does not know or tags as a name or a bare morpheme. */
const GIVEN_TAGS: ReadonlySet<string> = new Set(['x', 'nr', 'nrfg', 'nrt', 'ng', 'nz']);
/** Occupations and offices that end in these characters (`国脚`, `主教练`, `幕僚长`, `大臣`, `选手`, `社长`). */
const ROLE_END = /(?:脚|练|长|臣|手|员|官|相|家|者|督|事|将)$/;
/** `日本`, `日籍`, `日方`: Japan named right before the name. */
const JAPAN = /^日(?:本|籍)$/;

/**
 * Japanese names (rule `japanese-name`, person): a two-character Japanese family name the segmenter
 * reads as one word (`上村`, `渡边`; `builtins.ts` SURNAMES_JAPANESE), then a given name of one or two
 * characters it does not know (`健一/x`), with what makes it a person around it — a title or an
 * occupation right before (`前国脚上村健一`, `主教练渡边武宏`), `日本` right before, or a speech verb right
 * after (`酒井良表示`). Also a full name the segmenter's dictionary holds as one word after an office
 * (`日本首相桥本龙太郎`), and the family name alone before one (`桥本首相`). The family names are everyday
 * words in Chinese too (`中山`, `福田`, `大和`), so the context is required.
 */
export function findJapaneseNames(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i];
    if (s.word.length < 2 || !SURNAMES_JAPANESE.has(s.word.slice(0, 2))) continue;
    const g = tokens[i + 1];
    if (s.word.length === 2 && g) {
      // the family name alone before an office (`桥本首相`, `岸田首相`): a person the article names so
      if (OFFICE_AFTER.test(g.word)) out.push({ start: s.start, end: s.end, type: 'person', rule: 'japanese-name', priority: 3 });
      else if (g.word.length <= 2 && GIVEN_TAGS.has(g.tag) && /^[\u4e00-\u9fff]+$/.test(g.word) && framedAt(text, tokens, i, g.end)) out.push({ start: s.start, end: g.end, type: 'person', rule: 'japanese-name', priority: 4 });
    } else if (s.word.length >= 3 && s.word.length <= 5 && WHOLE_TAGS.has(s.tag) && isHan(s.word) && !PLACE_END.test(s.word) && !ORG_END.test(s.word) && !suffixIn(s.word, ORG_SUFFIXES) && !suffixIn(s.word, PLACE_SUFFIXES) && officeBefore(tokens[i - 1]?.word ?? '')) {
      // a full name the segmenter's dictionary holds as one word (`桥本龙太郎/n`), after an office (not after
      // any occupation: `商家/毛利率`)
      out.push({ start: s.start, end: s.end, type: 'person', rule: 'japanese-name', priority: 4 });
    }
  }
  return out;
}

/** Offices written after a Japanese family name alone: `桥本首相`, `河野外相`, `岸田首相`. */
const OFFICE_AFTER = /^(?:首相|外相|防相|财相|大臣|议员|社长|会长|知事|天皇)$/;
/** Endings of bodies: a word opening with a family name that names an organization (`丰田汽车`, `松下电器`). */
const ORG_END = /(?:公司|集团|汽车|电器|银行|商社|大学|会社|株式|机构|中心|协会|财团|株|会)$/;

/** Tags a whole-name word may carry: a noun, a name, an unknown word (not an idiom: `根本无法/i`). */
const WHOLE_TAGS: ReadonlySet<string> = new Set(['n', 'nr', 'nrfg', 'nrt', 'nz', 'x']);
/** An office, or Japan, right before a name: `日本首相`, `外相`, `防卫大臣`, `社长`, `日本`. */
const officeBefore = (word: string): boolean => TITLES.has(word) || JAPAN.test(word) || /(?:相|臣|长|官|督)$/.test(word);

/** What makes the name starting at token `i` (ending at `end`) a person: a title or an occupation right before, `日本` right before, or a speech verb right after. */
function framedAt(text: string, tokens: readonly Token[], i: number, end: number): boolean {
  const before = tokens[i - 1]?.word ?? '';
  return TITLES.has(before) || ROLE_END.test(before) || JAPAN.test(before) || SPEAKS_AFTER.test(text.slice(end, end + 6));
}

/** Tags of words a name may be read as whole: unknown, or a name. */
const NAME_WORD_TAGS: ReadonlySet<string> = new Set(['x', 'nr', 'nrfg', 'nrt']);
/** Endings of places (`滨名湖`, `对马岛`, `盐田区`): a Japanese name list holds them too. */
const PLACE_END = /[湖岛区省县市町村山川江河港湾]$/;

/**
 * Japanese full names of the list (rule `lexicon-japanese-name`, person; `builtins.ts` japaneseGivenNames:
 * `大堀彩`, `岸田文雄`, `佐藤恒治`), three to five characters from a word boundary to a word boundary, where
 * the segmenter's reading agrees: one word it does not know or reads as a name (`岸田文雄/x`), or words
 * not all everyday words of two characters (`山口/ns 茜/nr`, not `积极/a 财政/n` or `长江三峡/ns`); no
 * place's ending (`滨名湖`).
 */
export function findJapaneseFullNames(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // most words open no name of the list: one look-up of their first two characters, then their given names
    const givens = japaneseGivenNames(text, tokens[i].start);
    if (givens === null) continue;
    const start = tokens[i].start;
    let everyday = true;
    for (let j = i; j < tokens.length && j < i + 5; j++) {
      const t = tokens[j];
      if (!isHan(t.word) || t.end - start > 5) break;
      everyday &&= t.word.length >= 2 && !NAME_WORD_TAGS.has(t.tag);
      if (t.end - start < 3) continue;
      const agrees = (j === i ? NAME_WORD_TAGS.has(t.tag) : !everyday) || framedAt(text, tokens, i, t.end);
      if (agrees && !PLACE_END.test(text.slice(t.end - 1, t.end)) && holdsWord(givens, text.slice(start + 2, t.end))) {
        out.push({ start, end: t.end, type: 'person', rule: 'lexicon-japanese-name', priority: 4 });
      }
    }
  }
  return out;
}
