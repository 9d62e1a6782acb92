// Random edits of a document, as lists of didChange notifications (each a list of content changes,
// each change's offsets relative to the text left by the changes before it). Pure: text in, changes out.
import type { Random } from './random';

export type Change = { start: number; end: number; text: string } | { full: string };
export type EditKind = keyof typeof WEIGHTS;

const WEIGHTS = {
  typing: 22,
  backspacing: 8,
  replace: 12,
  surrogateInsert: 8,
  surrogateDelete: 4,
  lineBreak: 8,
  quoteInsert: 10,
  quotePair: 6,
  quoteRemove: 8,
  largeDelete: 4,
  paste: 5,
  multi: 4,
  empty: 0.6,
  hugeLine: 1,
};
const QUOTES = ['“', '”', '「', '」', '『', '』', '‘', '’', '《', '》'];
// whole characters (🙂 and 𠮷 are surrogate pairs), typed one UTF-16 unit at a time by `typing`
const CHARS = '的|是|在|了|不|和|有|大|这|中|人|上|国|年|月|日|说|表示|美方|中方|称|据悉|记者|周二|去年|今天|外交部|发言人|会谈|总统|董军|，|。|、|：|；|？|！|“|”|「|」| |a|1|🙂|𠮷'.split('|');
const HUGE_LINE_BYTES = 100_000;
/** Above this many UTF-16 units a document only shrinks, so it stays near article size. */
const MAX_LENGTH = 300_000;

/** Applies changes and records them as notifications. */
class Editor {
  readonly notifications: Change[][] = [];
  #current: Change[] = [];

  constructor(public text: string) {}

  /** `o` clamped to the text and moved off the middle of a \r\n (no LSP position points there). */
  snap(o: number): number {
    const x = Math.max(0, Math.min(Math.floor(o), this.text.length));
    return x > 0 && this.text.charCodeAt(x - 1) === 13 && this.text.charCodeAt(x) === 10 ? x - 1 : x;
  }

  change(start: number, end: number, text: string): void {
    const s = this.snap(Math.min(start, end));
    const e = this.snap(Math.max(start, end));
    this.#current.push({ start: s, end: e, text });
    this.text = this.text.slice(0, s) + text + this.text.slice(e);
  }

  replaceAll(text: string): void {
    this.#current.push({ full: text });
    this.text = text;
  }

  commit(): void {
    if (this.#current.length) this.notifications.push(this.#current);
    this.#current = [];
  }
}

/** One random edit of `text` (a typing run is several notifications); `source` is article text to paste. */
export function randomEdit(rng: Random, text: string, source: string): { kind: EditKind; notifications: Change[][] } {
  let kind = rng.weighted(WEIGHTS);
  if (text.length > MAX_LENGTH) kind = 'largeDelete';
  else if (text.length < 40 && rng.chance(0.5)) kind = 'paste';
  const ed = new Editor(text);
  EDITS[kind](ed, rng, source);
  ed.commit();
  return { kind, notifications: ed.notifications };
}

const at = (ed: Editor, rng: Random) => ed.snap(rng.int(0, ed.text.length));
const snippet = (rng: Random, source: string, max: number) => {
  const s = rng.int(0, Math.max(0, source.length - 1));
  return source.slice(s, s + rng.int(1, max));
};
const someText = (rng: Random, source: string) => (rng.chance(0.5) ? snippet(rng, source, 12) : rng.pick(CHARS) + (rng.chance(0.3) ? rng.pick(CHARS) : ''));

/** Offsets where a surrogate pair starts, searched from a random place. */
function surrogateAt(ed: Editor, rng: Random): number | undefined {
  const from = rng.int(0, ed.text.length);
  for (const [lo, hi] of [[from, ed.text.length], [0, from]]) {
    for (let i = lo; i < hi - 1; i++) {
      const c = ed.text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && (ed.text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return i;
    }
  }
  return undefined;
}

function quoteAt(ed: Editor, rng: Random): number | undefined {
  const from = rng.int(0, ed.text.length);
  for (const [lo, hi] of [[from, ed.text.length], [0, from]]) {
    for (let i = lo; i < hi; i++) if (QUOTES.includes(ed.text[i])) return i;
  }
  return undefined;
}

const EDITS: Record<EditKind, (ed: Editor, rng: Random, source: string) => void> = {
  typing(ed, rng, source) {
    // one character per notification, the way an editor sends keystrokes
    const word = rng.chance(0.6) ? snippet(rng, source, 30) : Array.from({ length: rng.int(2, 20) }, () => rng.pick(CHARS)).join('');
    let o = at(ed, rng);
    for (let i = 0; i < word.length; i++) {
      ed.change(o, o, word[i]);
      ed.commit();
      o = ed.snap(o + 1);
    }
  },
  backspacing(ed, rng) {
    let o = at(ed, rng);
    for (let n = rng.int(2, 25); n > 0 && o > 0; n--) {
      ed.change(o - 1, o, '');
      ed.commit();
      o = ed.snap(o - 1);
    }
  },
  replace(ed, rng, source) {
    const s = at(ed, rng);
    ed.change(s, s + rng.int(0, 60), rng.chance(0.2) ? '' : someText(rng, source));
  },
  surrogateInsert(ed, rng, source) {
    const i = surrogateAt(ed, rng);
    if (i === undefined) ed.change(at(ed, rng), at(ed, rng), rng.pick(['𠮷', '👍', '𠮷“', '🙂🙂']));
    else ed.change(i + 1, i + 1, rng.chance(0.3) ? rng.pick(['“', '\r\n', '𠮷']) : someText(rng, source));
  },
  surrogateDelete(ed, rng) {
    const i = surrogateAt(ed, rng);
    if (i === undefined) return;
    if (rng.chance(0.5)) ed.change(i, i + 1, '');
    else ed.change(i + 1, i + rng.int(2, 10), '');
  },
  lineBreak(ed, rng) {
    const o = at(ed, rng);
    const nl = ed.text.indexOf('\n', o);
    if (nl > 0 && ed.text[nl - 1] !== '\r' && rng.chance(0.3)) ed.change(nl, nl + 1, '\r\n');
    else ed.change(o, o, rng.pick(['\r\n', '\r\n', '\r\n\r\n', '\n', '\r']));
  },
  quoteInsert(ed, rng) {
    ed.change(at(ed, rng), at(ed, rng), rng.pick(QUOTES));
  },
  quotePair(ed, rng, source) {
    // both marks in one notification: the second change's offsets follow the first
    const [open, close] = rng.pick([['“', '”'], ['「', '」'], ['『', '』'], ['《', '》'], ['“', '“'], ['”', '“']]);
    const s = at(ed, rng);
    const e = Math.min(ed.text.length, s + rng.int(0, 80));
    ed.change(e, e, rng.chance(0.3) ? `${close}${someText(rng, source)}` : close);
    ed.change(s, s, rng.chance(0.3) ? `${someText(rng, source)}：${open}` : open);
  },
  quoteRemove(ed, rng) {
    for (let n = rng.int(1, 3); n > 0; n--) {
      const i = quoteAt(ed, rng);
      if (i !== undefined) ed.change(i, i + 1, '');
    }
  },
  largeDelete(ed, rng) {
    const len = Math.floor(ed.text.length * (0.2 + 0.75 * rng.next()));
    const s = rng.int(0, ed.text.length - len);
    ed.change(s, s + len, '');
  },
  paste(ed, rng, source) {
    ed.change(at(ed, rng), at(ed, rng), rng.chance(0.3) ? source : snippet(rng, source, 3000));
  },
  multi(ed, rng, source) {
    for (let n = rng.int(2, 4); n > 0; n--) {
      const s = at(ed, rng);
      ed.change(s, s + rng.int(0, 5), someText(rng, source));
    }
  },
  empty(ed, rng) {
    if (rng.chance(0.3)) ed.replaceAll('');
    else ed.change(0, ed.text.length, '');
  },
  hugeLine(ed, rng, source) {
    if (ed.text.length > MAX_LENGTH / 2) return;
    const flat = source.replace(/[\r\n]+/g, '') || '新闻';
    let line = '';
    while (Buffer.byteLength(line) < HUGE_LINE_BYTES) line += flat;
    const o = at(ed, rng);
    ed.change(o, o, `\n${line.slice(0, Math.ceil((line.length * HUGE_LINE_BYTES) / Buffer.byteLength(line)))}\n`);
  },
};
