// Base-protocol framing that survives a bad header. vscode-jsonrpc's reader, given a header without a
// valid Content-Length, reports it and then reads the next message's header as part of the bad one,
// so a well-formed request after it is lost. This stream sits in front: it passes whole frames on and
// skips a bad header to the next `Content-Length:`, so one bad message costs only itself.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n');
const LENGTH = Buffer.from('content-length:');
/** Headers longer than this without an end are junk: real LSP headers are a line or two. */
const MAX_HEADER = 8192;

export class FrameRepair extends Transform {
  #buffer: Buffer = Buffer.alloc(0);
  readonly #onProblem: (message: string) => void;

  constructor(onProblem: (message: string) => void) {
    super();
    this.#onProblem = onProblem;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, chunk]) : chunk;
    this.#drain();
    done();
  }

  #drain(): void {
    for (;;) {
      const end = this.#buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (this.#buffer.length > MAX_HEADER) this.#skip('a header with no end');
        return;
      }
      const header = this.#buffer.subarray(0, end).toString('ascii');
      const m = /(?:^|\r\n)content-length:[ \t]*(\d+)[ \t]*(?:\r\n|$)/i.exec(header);
      if (!m) {
        this.#skip(`a header without a valid Content-Length (${JSON.stringify(header.slice(0, 80))})`);
        continue;
      }
      const total = end + HEADER_END.length + Number(m[1]);
      if (this.#buffer.length < total) return;
      this.push(this.#buffer.subarray(0, total));
      this.#buffer = this.#buffer.subarray(total);
    }
  }

  /** Drops the bad header (and anything up to the next `Content-Length:`). */
  #skip(what: string): void {
    this.#onProblem(`newslens: skipped ${what}; reading on from the next Content-Length`);
    const lower = Buffer.from(this.#buffer.toString('latin1').toLowerCase(), 'latin1');
    const next = lower.indexOf(LENGTH, 1);
    this.#buffer = next < 0 ? Buffer.alloc(0) : this.#buffer.subarray(next);
  }
}
