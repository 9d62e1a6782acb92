/**
 * The characters a regex match can start with, read from the regex source itself, so the prefilter
 * of the recogniser (recognize.ts) follows the grammar when it changes. Covers the syntax the
 * grammar uses: groups, lookarounds, classes with ranges, `|` and quantifiers; anything else
 * (escapes, `.`, negated classes) throws rather than guess.
 */

interface First {
  /** UTF-16 code units a non-empty match can start with (a superset: lookarounds are ignored). */
  chars: Set<number>;
  /** The pattern can match the empty string. */
  nullable: boolean;
}

class Reader {
  pos = 0;
  constructor(readonly src: string) {}
  peek(): string {
    return this.src[this.pos] ?? '';
  }
  fail(what: string): never {
    throw new Error(`firstChars: unsupported ${what} at ${this.pos} of ${this.src.slice(this.pos, this.pos + 20)}`);
  }
}

function alternation(r: Reader): First {
  const out: First = { chars: new Set(), nullable: false };
  for (;;) {
    const s = sequence(r);
    for (const c of s.chars) out.chars.add(c);
    out.nullable ||= s.nullable;
    if (r.peek() !== '|') return out;
    r.pos++;
  }
}

function sequence(r: Reader): First {
  const out: First = { chars: new Set(), nullable: true };
  while (r.pos < r.src.length && r.peek() !== '|' && r.peek() !== ')') {
    const a = atom(r);
    const optional = quantifier(r);
    if (!out.nullable) continue;
    for (const c of a.chars) out.chars.add(c);
    out.nullable = a.nullable || optional;
  }
  return out;
}

/** Reads a quantifier, if any; true when it allows zero repetitions. */
function quantifier(r: Reader): boolean {
  const c = r.peek();
  let optional = false;
  if (c === '?' || c === '*') { r.pos++; optional = true; } else if (c === '+') r.pos++;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(r.src.slice(r.pos));
    if (!m) r.fail('brace');
    r.pos += m[0].length;
    optional = Number(m[1]) === 0;
  } else return false;
  if (r.peek() === '?') r.pos++;
  return optional;
}

function atom(r: Reader): First {
  const c = r.peek();
  if (c === '(') return group(r);
  if (c === '[') return charClass(r);
  if (c === '\\' || c === '.' || c === '^' || c === '$') r.fail(`'${c}'`);
  r.pos++;
  return { chars: new Set([c.charCodeAt(0)]), nullable: false };
}

function group(r: Reader): First {
  const head = /^\((\?(?:<?[=!]|:|<[A-Za-z]\w*>))?/.exec(r.src.slice(r.pos))!;
  r.pos += head[0].length;
  const inner = alternation(r);
  if (r.peek() !== ')') r.fail('group end');
  r.pos++;
  // A lookaround consumes nothing: it only narrows, and a superset of first characters is safe.
  return head[1] && /[=!]/.test(head[1]) ? { chars: new Set(), nullable: true } : inner;
}

function charClass(r: Reader): First {
  r.pos++;
  if (r.peek() === '^') r.fail('negated class');
  const chars = new Set<number>();
  while (r.peek() !== ']') {
    if (r.pos >= r.src.length || r.peek() === '\\') r.fail('class');
    const from = r.src.charCodeAt(r.pos++);
    let to = from;
    if (r.peek() === '-' && r.src[r.pos + 1] !== ']') { to = r.src.charCodeAt(r.pos + 1); r.pos += 2; }
    for (let k = from; k <= to; k++) chars.add(k);
  }
  r.pos++;
  return { chars, nullable: false };
}

/**
 * The first characters of a regex: `/(?<!十)(今|去)年|[0-9]{4}年/` → `今`, `去`, `0`…`9`.
 * Throws when the pattern can match the empty string (no character would be a safe trigger then).
 */
export function firstChars(re: RegExp): Set<number> {
  const r = new Reader(re.source);
  const f = alternation(r);
  if (r.pos !== r.src.length) r.fail('unbalanced )');
  if (f.nullable) throw new Error('firstChars: the pattern can match the empty string');
  return f.chars;
}
