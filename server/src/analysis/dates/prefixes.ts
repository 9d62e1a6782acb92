/**
 * The ways a regex match can begin, read from the regex source itself, so the prefilter of the
 * recogniser (recognize.ts) follows the grammar when it changes. Covers the syntax the grammar uses:
 * groups, lookarounds, classes with ranges, `|` and quantifiers; anything else (escapes, `.`,
 * negated classes) throws rather than guess.
 */

/**
 * A language cut to its first `k` characters: every word of length `k` stands for all the matches
 * that begin with it, a shorter word is a whole match. Lookarounds are ignored, so it is a superset.
 */
type Prefixes = Set<string>;

class Reader {
  pos = 0;
  /** How many characters the atom being read still has to contribute (changes while reading a sequence). */
  constructor(readonly src: string, public k: number) {}
  peek(): string {
    return this.src[this.pos] ?? '';
  }
  fail(what: string): never {
    throw new Error(`prefixes: unsupported ${what} at ${this.pos} of ${this.src.slice(this.pos, this.pos + 20)}`);
  }
}

function concat(a: Prefixes, b: Prefixes, k: number): Prefixes {
  if (closed(a, k)) return a;
  const out: Prefixes = new Set();
  for (const u of a) {
    if (u.length >= k) out.add(u);
    else if (u === '') for (const v of b) out.add(v);
    else for (const v of b) out.add((u + v).slice(0, k));
  }
  return out;
}

/** Every word already has `k` characters: what follows cannot change the set. */
function closed(a: Prefixes, k: number): boolean {
  for (const w of a) if (w.length < k) return false;
  return true;
}

function alternation(r: Reader): Prefixes {
  const out: Prefixes = new Set();
  for (;;) {
    for (const w of sequence(r)) out.add(w);
    if (r.peek() !== '|') return out;
    r.pos++;
  }
}

function sequence(r: Reader): Prefixes {
  // Words that already have k characters are set aside: nothing after them can change them.
  const k = r.k;
  const done: Prefixes = new Set();
  let open: Prefixes = new Set(['']);
  while (r.pos < r.src.length && r.peek() !== '|' && r.peek() !== ')') {
    // Once every word is done the rest of the sequence is only read past, not expanded (the cheap path at load).
    if (!open.size) { skipAtom(r); quantifier(r); continue; }
    r.k = k - shortest(open);
    const a = atom(r);
    const q = quantifier(r);
    const next = concat(open, repeat(a, q, r.k), k);
    r.k = k;
    open = new Set();
    for (const w of next) (w.length < k ? open : done).add(w);
  }
  for (const w of open) done.add(w);
  return done;
}

function shortest(a: Prefixes): number {
  let n = Infinity;
  for (const w of a) n = Math.min(n, w.length);
  return n;
}

/** Reads past one atom without expanding it, rejecting the same syntax {@link atom} rejects. */
function skipAtom(r: Reader): void {
  const c = r.peek();
  if (c === '[') { charClass(r, true); return; }
  if (c !== '(') { atom(r); return; }
  r.pos += /^\((\?(?:<?[=!]|:|<[A-Za-z]\w*>))?/.exec(r.src.slice(r.pos))![0].length;
  while (r.peek() !== ')') {
    if (r.pos >= r.src.length) r.fail('group end');
    if (r.peek() === '|') r.pos++;
    else { skipAtom(r); quantifier(r); }
  }
  r.pos++;
}

/** `a{min,max}` cut to `k` characters: more than `min + k` repetitions add nothing new. */
function repeat(a: Prefixes, [min, max]: [number, number], k: number): Prefixes {
  const out: Prefixes = new Set();
  const last = Math.min(max, min + k);
  let power: Prefixes = new Set(['']);
  for (let n = 0; ; n++) {
    if (n >= min) for (const w of power) out.add(w);
    if (n === last) return out;
    power = concat(power, a, k);
  }
}

/** Reads a quantifier, if any, as `[min, max]`. */
function quantifier(r: Reader): [number, number] {
  const c = r.peek();
  let q: [number, number];
  if (c === '?') q = [0, 1];
  else if (c === '*') q = [0, Infinity];
  else if (c === '+') q = [1, Infinity];
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.src.slice(r.pos));
    if (!m) r.fail('brace');
    r.pos += m[0].length - 1;
    q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity];
  } else return [1, 1];
  r.pos++;
  if (r.peek() === '?') r.pos++;
  return q;
}

function atom(r: Reader): Prefixes {
  const c = r.peek();
  if (c === '(') return group(r);
  if (c === '[') return charClass(r);
  if (c === '\\' || c === '.' || c === '^' || c === '$') r.fail(`'${c}'`);
  r.pos++;
  return new Set([c]);
}

function group(r: Reader): Prefixes {
  const head = /^\((\?(?:<?[=!]|:|<[A-Za-z]\w*>))?/.exec(r.src.slice(r.pos))!;
  r.pos += head[0].length;
  const inner = alternation(r);
  if (r.peek() !== ')') r.fail('group end');
  r.pos++;
  // A lookaround consumes nothing: it only narrows, and a superset is safe.
  return head[1] && /[=!]/.test(head[1]) ? new Set(['']) : inner;
}

function charClass(r: Reader, skip = false): Prefixes {
  r.pos++;
  if (r.peek() === '^') r.fail('negated class');
  const out: Prefixes = new Set();
  while (r.peek() !== ']') {
    if (r.pos >= r.src.length || r.peek() === '\\') r.fail('class');
    const from = r.src.charCodeAt(r.pos++);
    let to = from;
    if (r.peek() === '-' && r.src[r.pos + 1] !== ']') { to = r.src.charCodeAt(r.pos + 1); r.pos += 2; }
    if (!skip) for (let c = from; c <= to; c++) out.add(String.fromCharCode(c));
  }
  r.pos++;
  return out;
}

/**
 * How a match of `re` can begin, cut to `k` characters: `/(?<!十)(今|去)年|[0-9]年/`, 2 → `今年`,
 * `去年`, `0年`…`9年`. Throws when the pattern can match the empty string (nothing could be skipped).
 */
export function prefixes(re: RegExp, k: number): Set<string> {
  const r = new Reader(re.source, k);
  const out = alternation(r);
  if (r.pos !== r.src.length) r.fail('unbalanced )');
  if (out.has('')) throw new Error('prefixes: the pattern can match the empty string');
  return out;
}
