// Base-protocol frames written whole. vscode-jsonrpc's StreamMessageWriter writes a message's header
// and its body as two writes, the body a microtask later: two system calls per message, and a client
// woken by the header only to wait for the body. Over stdio (a pipe, written synchronously on Linux)
// that is ~0.5 ms per response on a busy machine. This writer puts the header and the JSON body in
// one buffer and writes it once; the bytes sent are the same. A large frame (a 1 MB article's full
// diagnostics report: ~330 KB) goes into a buffer kept from the last large frame once that one is
// written: a fresh one is fresh memory from the OS every time, its pages faulted in one by one (~2 ms
// on the benchmark's VM), and its byte count is read from writing it rather than asked first.
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** Messages from this many JSON characters on go through the kept buffer; one up to KEEP_UP_TO bytes is kept. */
const LARGE = 16 * 1024;
const KEEP_UP_TO = 16 * 1024 * 1024;
/** Room for the header before the body: `Content-Length: ` and up to 10 digits, then CRLF CRLF. */
const HEADER_ROOM = 32;

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
      const json = JSON.stringify(msg);
      large = json.length >= LARGE;
      frame = large ? this.#largeFrame(json) : encodeFrame(json);
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

  /**
   * The frame of a large message, in the kept buffer when it is free and large enough. The body is
   * written first, after room for the header, and its byte count read from the write:
   * `Buffer.byteLength` of a long string with CJK characters takes V8's slow path (~2.5 ms for a 1 MB
   * article's report, the write itself ~0.2 ms).
   */
  #largeFrame(json: string): Buffer {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 for 2)
    const room = HEADER_ROOM + 3 * json.length;
    let buf = this.#spare;
    if (buf && buf.length >= room) this.#spare = null;
    else buf = Buffer.allocUnsafeSlow(room + (room >> 3));
    const n = buf.write(json, HEADER_ROOM, 'utf8');
    const header = `Content-Length: ${n}\r\n\r\n`;
    const start = HEADER_ROOM - header.length;
    buf.write(header, start, 'ascii');
    return buf.subarray(start, HEADER_ROOM + n);
  }

  end(): void {
    this.#out.end();
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
