// Base-protocol frames written whole. vscode-jsonrpc's StreamMessageWriter writes a message's header
// and its body as two writes, the body a microtask later: two system calls per message, and a client
// woken by the header only to wait for the body. This writer puts the header and the JSON body in one
// buffer and writes it once; the bytes sent are the same.
//
// A large message (a 1 MB article's full diagnostics report: ~1,000 items, ~330 KB) costs more than its
// encoding. `JSON.stringify` returns a long result as a chain of parts, and the first pass over it
// (`Buffer.from`, `Buffer.byteLength`) flattens it into one new 650 KB string in V8's large-object space,
// fresh pages from the OS each time (~2.5 ms on the benchmark's VM, ~12 µs a page fault); a fresh
// 330 KB buffer faults its pages in too. So a message that holds a long array is written in pieces:
// the array 32 items per `JSON.stringify`, the objects on the way to it key by key (the same text
// `JSON.stringify` gives, for the plain data LSP messages are), into a buffer kept from the last large
// frame once that one is written.
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** Messages from this many JSON characters on go through the kept buffer; one up to KEEP_UP_TO bytes is kept. */
const LARGE = 16 * 1024;
const KEEP_UP_TO = 16 * 1024 * 1024;
/** Arrays from SPLIT items on are written BATCH items per `JSON.stringify`, when at most DEPTH objects deep. */
const SPLIT = 256;
const BATCH = 32;
const DEPTH = 4;
/** Room for the header before the body: `Content-Length: ` and up to 10 digits, then CRLF CRLF. */
const HEADER_ROOM = 32;
const COMMA = 0x2c, OPEN_ARRAY = 0x5b, CLOSE_ARRAY = 0x5d, OPEN_OBJECT = 0x7b, CLOSE_OBJECT = 0x7d;

export class FrameWriter extends AbstractMessageWriter implements MessageWriter {
  readonly #out: Writable;
  #errors = 0;
  /** The buffer of the last large frame, once written (null while a write holds it). */
  #spare: Buffer | null = null;

  constructor(out: Writable) {
    super();
    this.#out = out;
    out.on('error', (e: Error) => this.fireError(e));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let frame: Buffer;
    let large = false;
    try {
      if (holdsLongArray(msg, DEPTH)) {
        large = true;
        frame = this.#largeFrame((body) => writeJson(body, msg, DEPTH));
      } else {
        const json = JSON.stringify(msg);
        large = json.length >= LARGE;
        frame = large ? this.#largeFrame((body) => body.put(json)) : encodeFrame(json);
      }
    } catch (e) {
      this.fireError(e as Error);
      return Promise.reject(e);
    }
    // a large frame's buffer is its own (allocUnsafeSlow), never a slice of Node's shared pool
    const keep = large && frame.buffer.byteLength <= KEEP_UP_TO ? Buffer.from(frame.buffer, 0, frame.buffer.byteLength) : null;
    return new Promise((resolve, reject) => {
      this.#out.write(frame, (e) => {
        // written: the bytes are the OS's now, the buffer is free for the next large frame
        if (keep && (!this.#spare || this.#spare.length < keep.length)) this.#spare = keep;
        if (!e) return resolve();
        this.fireError(e, msg, ++this.#errors);
        reject(e);
      });
    });
  }

  /** The frame of a large message whose body `fill` writes, in the kept buffer when it is free. */
  #largeFrame(fill: (body: Body) => void): Buffer {
    const body = new Body(this.#spare ?? Buffer.allocUnsafeSlow(256 * 1024));
    this.#spare = null;
    fill(body);
    return body.frame();
  }

  end(): void {
    this.#out.end();
  }
}

/** A frame's body written into a buffer after room for its header, the buffer replaced by a larger one when full. */
class Body {
  #buf: Buffer;
  #at = HEADER_ROOM;

  constructor(buf: Buffer) {
    this.#buf = buf;
  }

  /** Writes `s` as UTF-8 (its byte count read from the write, never asked first). */
  put(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 for 2)
    this.#room(3 * s.length);
    this.#at += this.#buf.write(s, this.#at, 'utf8');
  }

  byte(c: number): void {
    this.#room(1);
    this.#buf[this.#at++] = c;
  }

  /** The header and the body, in the buffer. */
  frame(): Buffer {
    const header = `Content-Length: ${this.#at - HEADER_ROOM}\r\n\r\n`;
    const start = HEADER_ROOM - header.length;
    this.#buf.write(header, start, 'ascii');
    return this.#buf.subarray(start, this.#at);
  }

  #room(n: number): void {
    if (this.#at + n <= this.#buf.length) return;
    const bigger = Buffer.allocUnsafeSlow(2 * (this.#at + n));
    this.#buf.copy(bigger, 0, 0, this.#at);
    this.#buf = bigger;
  }
}

/** `Content-Length: n\r\n\r\n` and the UTF-8 of `json` (a message), in one buffer. */
export function encodeFrame(json: string): Buffer {
  const n = Buffer.byteLength(json, 'utf8');
  const header = `Content-Length: ${n}\r\n\r\n`;
  const frame = Buffer.allocUnsafe(header.length + n);
  frame.write(header, 0, 'ascii');
  frame.write(json, header.length, 'utf8');
  return frame;
}

/** An object literal's own data (no prototype but Object's or none, no `toJSON`): written key by key. */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/** Whether `v` is, or holds at most `depth` plain objects deep, an array of SPLIT items or more. */
function holdsLongArray(v: unknown, depth: number): boolean {
  if (Array.isArray(v)) return v.length >= SPLIT;
  if (depth <= 0 || !isPlain(v)) return false;
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k) && holdsLongArray(v[k], depth - 1)) return true;
  return false;
}

/** Whether JSON.stringify would call `v.toJSON(key)` (it is given the item's index: a batch would give another). */
function hasToJSON(v: unknown): boolean {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * The JSON of `v` into `body`, byte for byte as `JSON.stringify` writes it inside a message: a long
 * array in batches (whole if an item has `toJSON`), a plain object that leads to one key by key, each
 * other property through `JSON.stringify` of it alone (so what it skips, and `toJSON(key)`, are its own).
 */
function writeJson(body: Body, v: unknown, depth: number): void {
  if (Array.isArray(v) && v.length >= SPLIT && !v.some(hasToJSON)) {
    body.byte(OPEN_ARRAY);
    for (let i = 0; i < v.length; i += BATCH) {
      if (i) body.byte(COMMA);
      // a batch is an array too: holes and unwritable items are `null` in it as in the whole
      const batch = JSON.stringify(v.slice(i, i + BATCH));
      body.put(batch.slice(1, -1));
    }
    body.byte(CLOSE_ARRAY);
  } else if (depth > 0 && isPlain(v) && holdsLongArray(v, depth)) {
    body.byte(OPEN_OBJECT);
    let first = true;
    for (const k of Object.keys(v)) {
      const x = v[k];
      const deeper = holdsLongArray(x, depth - 1);
      // `"k":…`, or nothing where JSON.stringify leaves the property out
      const prop = deeper ? JSON.stringify(k) + ':' : JSON.stringify({ [k]: x }).slice(1, -1);
      if (!prop) continue;
      if (!first) body.byte(COMMA);
      first = false;
      body.put(prop);
      if (deeper) writeJson(body, x, depth - 1);
    }
    body.byte(CLOSE_OBJECT);
  } else {
    body.put(JSON.stringify(v));
  }
}
