// The fuzz run: random incremental edits of several articles, interleaved with requests that are not
// awaited (up to `inflight` at once) and cancellations, every answer checked against the version that
// was current when its request was sent (the server reads messages in order).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CancellationTokenSource,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type PublishDiagnosticsParams,
  type SemanticTokens,
} from 'vscode-languageserver-protocol/node';
import { checkCodeActions, checkDiagnostics, checkHover, checkSemanticTokens, checkSymbols, type Problem } from './checks';
import { randomEdit, type Change } from './edits';
import { Random } from './random';
import { CAPABILITIES, startSession, type ClientKind, type Session } from './session';
import { TextVersion } from './texts';

export interface FuzzOptions {
  edits: number;
  seed: number;
  docs: number;
  inflight: number;
  kind: ClientKind;
  server: string;
  /** Articles to choose from (`.md` / `.txt` files, searched recursively). */
  corpus: string[];
  slowMs: number;
}

export interface FuzzResult {
  edits: number;
  exits: number;
  invalid: number;
  errors: Map<string, number>;
  slow: number;
  rssMb: number;
  /** Invalid answers by kind of problem: how many, and the first one in full. */
  invalidKinds: Map<string, { answers: number; first: string }>;
  /** Details for the report: errors, exits, slow requests, other observations. */
  details: { errors: string[]; exits: string[]; slow: string[]; notes: string[] };
  stats: { kinds: Map<string, number>; requests: number; cancelled: number; answered: number; declined: Map<number, number>; publishes: number; refreshes: number; unchecked: number };
}

/** Versions kept besides those that requests in flight still refer to (for late versioned pushes). */
const KEEP_VERSIONS = 200;
const DETAILS = 8;

class FuzzDocument {
  readonly versions = new Map<number, TextVersion>();
  readonly refs = new Map<number, number>();
  current: TextVersion;
  /** The server's own view, maintained with the library the server uses: a harness self-check. */
  mirror: TextDocument;
  lastResultId: string | undefined;
  readonly reports = new Map<string, Diagnostic[]>();
  lastPublish: { version?: number; afterEdit: number } | undefined;
  lastEdit = 0;

  constructor(readonly uri: string, readonly name: string, readonly languageId: string, readonly source: string) {
    this.current = new TextVersion(1, source);
    this.versions.set(1, this.current);
    this.mirror = TextDocument.create(uri, languageId, 1, source);
  }

  hold(v: number, by: number): void {
    this.refs.set(v, (this.refs.get(v) ?? 0) + by);
    if (this.refs.get(v)! <= 0) this.refs.delete(v);
  }

  prune(): void {
    for (const v of this.versions.keys()) if (v < this.current.version - KEEP_VERSIONS && !this.refs.has(v)) this.versions.delete(v);
  }
}

type Kind = 'hover' | 'symbols' | 'diagnostic' | 'tokens' | 'codeAction';
const REQUEST_WEIGHTS: Record<ClientKind, Record<Kind, number>> = {
  pull: { hover: 30, symbols: 15, diagnostic: 25, tokens: 15, codeAction: 15 },
  push: { hover: 35, symbols: 20, diagnostic: 0, tokens: 20, codeAction: 20 },
};
const BURST: Kind[] = ['tokens', 'diagnostic', 'symbols', 'hover'];
const ALLOWED = new Set<number>([LSPErrorCodes.ContentModified, LSPErrorCodes.ServerCancelled]);

export async function runFuzz(o: FuzzOptions): Promise<FuzzResult> {
  return new Run(o).run();
}

class Run {
  readonly rng: Random;
  readonly docs: FuzzDocument[];
  readonly session: Session;
  readonly r: FuzzResult = {
    edits: 0, exits: 0, invalid: 0, errors: new Map(), slow: 0, rssMb: 0, invalidKinds: new Map(),
    details: { errors: [], exits: [], slow: [], notes: [] },
    stats: { kinds: new Map(), requests: 0, cancelled: 0, answered: 0, declined: new Map(), publishes: 0, refreshes: 0, unchecked: 0 },
  };
  readonly pending = new Set<Promise<void>>();
  readonly waiters: (() => void)[] = [];
  readonly repulls = new Set<FuzzDocument>();
  inflight = 0;
  dead = false;
  closing = false;
  serverErrorLogs = 0;

  constructor(readonly o: FuzzOptions) {
    this.rng = new Random(o.seed);
    this.docs = chooseArticles(o.corpus, o.docs, this.rng);
    this.session = startSession(o.kind, o.server, (m) => this.onServerRequest(m));
    this.session.child.once('exit', (code, signal) => this.onExit(code, signal));
    const c = this.session.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => this.onPublish(p));
    c.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      if (p.type === 1 && this.serverErrorLogs++ < 3) this.note(`server logged an error: ${p.message.slice(0, 300)}`);
    });
    c.onNotification(() => undefined);
    c.onError(() => undefined);
    c.listen();
  }

  note(line: string): void {
    if (this.r.details.notes.length < 30) this.r.details.notes.push(line);
  }

  async run(): Promise<FuzzResult> {
    await this.initialize();
    for (const d of this.docs) await this.notify('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: d.languageId, version: 1, text: d.source } });
    let doc = this.rng.pick(this.docs);
    while (this.r.edits < this.o.edits && !this.dead) {
      if (this.rng.chance(0.3)) doc = this.rng.pick(this.docs);
      const { kind, notifications } = randomEdit(this.rng, doc.current.text, doc.source);
      this.r.stats.kinds.set(kind, (this.r.stats.kinds.get(kind) ?? 0) + 1);
      for (const changes of notifications) {
        if (this.r.edits >= this.o.edits || this.dead) break;
        await this.change(doc, changes);
        // after a big change, what an editor asks at once (a slow analysis is where versions can mix)
        if (changes.some((c) => ('full' in c ? c.full.length : c.end - c.start + c.text.length) > 2000)) {
          for (const k of BURST.filter((k) => REQUEST_WEIGHTS[this.o.kind][k] > 0)) await this.request(k, doc, false);
        } else await this.maybeRequests(doc);
      }
      if (this.r.edits % 500 < notifications.length) await this.drain(this.o.kind === 'push' ? 300 : 0);
    }
    await this.finish();
    return this.r;
  }

  async initialize(): Promise<void> {
    await this.session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: CAPABILITIES[this.o.kind],
      locale: 'en',
    });
    await this.notify('initialized', {});
  }

  async notify(method: string, params: unknown): Promise<void> {
    if (this.dead) return;
    try {
      await this.session.connection.sendNotification(method, params);
    } catch {
      /* the exit is counted by onExit */
    }
  }

  /** Sends one didChange and records the new version. */
  async change(doc: FuzzDocument, changes: Change[]): Promise<void> {
    let text = doc.current.text;
    const contentChanges = changes.map((c) => {
      if ('full' in c) return (text = c.full), { text: c.full };
      const v = new TextVersion(-1, text);
      const range = { start: v.positionAt(c.start), end: v.positionAt(c.end) };
      text = text.slice(0, c.start) + c.text + text.slice(c.end);
      return { range, text: c.text };
    });
    const version = doc.current.version + 1;
    doc.mirror = TextDocument.update(doc.mirror, contentChanges, version);
    if (doc.mirror.getText() !== text) throw new Error(`harness bug: its text of ${doc.name} v${version} differs from TextDocument's`);
    doc.current = new TextVersion(version, text);
    doc.versions.set(version, doc.current);
    doc.prune();
    this.r.edits++;
    doc.lastEdit = this.r.edits;
    await this.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges });
  }

  async maybeRequests(edited: FuzzDocument): Promise<void> {
    if (!this.rng.chance(0.4)) return;
    for (let n = this.rng.int(1, 3); n > 0; n--) {
      const doc = this.rng.chance(0.75) ? edited : this.rng.pick(this.docs);
      await this.request(this.rng.weighted(REQUEST_WEIGHTS[this.o.kind]), doc, this.rng.chance(0.12));
    }
  }

  async slot(): Promise<void> {
    while (this.inflight >= this.o.inflight && !this.dead) await new Promise<void>((r) => this.waiters.push(r));
    this.inflight++;
  }

  release(): void {
    this.inflight--;
    this.waiters.shift()?.();
  }

  /** Sends one request without awaiting its answer (only a free slot); `cancel` sends $/cancelRequest soon after. */
  async request(kind: Kind, doc: FuzzDocument, cancel: boolean): Promise<void> {
    await this.slot();
    if (this.dead) return this.release();
    const v = doc.current;
    const { method, params, check } = this.describe(kind, doc, v);
    const cts = cancel ? new CancellationTokenSource() : undefined;
    const delay = cancel ? this.rng.int(0, 60) : 0;
    const sent = { at: Date.now(), edit: this.r.edits, cancelled: false };
    doc.hold(v.version, 1);
    this.r.stats.requests++;
    // no trailing `undefined`: the connection would send the params by position
    const c = this.session.connection;
    const p = (cts ? c.sendRequest(method, params, cts.token) : c.sendRequest(method, params)).then(
      (result) => (this.r.stats.answered++, this.record(doc, v, method, sent, safely(check, result))),
      (e: unknown) => this.failed(doc, v, method, sent, e),
    );
    if (cts) setTimeout(() => this.cancel(cts, sent), delay);
    const tracked = p.finally(() => {
      doc.hold(v.version, -1);
      this.pending.delete(tracked);
      this.release();
      this.timed(method, doc, v, sent);
    });
    this.pending.add(tracked);
  }

  cancel(cts: CancellationTokenSource, sent: { cancelled: boolean }): void {
    if (this.dead) return;
    sent.cancelled = true;
    this.r.stats.cancelled++;
    try {
      cts.cancel();
    } catch {
      /* the connection closed meanwhile: the exit is counted */
    }
  }

  /** The params of a request of `kind` on version `v`, and the check of its answer. */
  describe(kind: Kind, doc: FuzzDocument, v: TextVersion): { method: string; params: object; check: (result: any) => Problem[] } {
    const textDocument = { uri: doc.uri };
    const at = () => v.positionAt(v.snap(this.rng.int(0, v.text.length)));
    if (kind === 'hover') {
      const position = at();
      return { method: 'textDocument/hover', params: { textDocument, position }, check: (h) => checkHover(v, position, h) };
    }
    if (kind === 'symbols') return { method: 'textDocument/documentSymbol', params: { textDocument }, check: (s) => checkSymbols(v, s) };
    if (kind === 'tokens') return { method: 'textDocument/semanticTokens/full', params: { textDocument }, check: (t: SemanticTokens | null) => checkSemanticTokens(v, t?.data ?? [], 4, 1) };
    if (kind === 'codeAction') {
      const [a, b] = [at(), at()].sort((x, y) => v.offsetAt(x) - v.offsetAt(y));
      return { method: 'textDocument/codeAction', params: { textDocument, range: { start: a, end: b }, context: { diagnostics: [] } }, check: (c) => checkCodeActions(v, doc.uri, c) };
    }
    const previousResultId = doc.lastResultId;
    return { method: 'textDocument/diagnostic', params: { textDocument, previousResultId }, check: (rep: DocumentDiagnosticReport) => this.checkReport(doc, v, previousResultId, rep) };
  }

  checkReport(doc: FuzzDocument, v: TextVersion, previousResultId: string | undefined, rep: DocumentDiagnosticReport): Problem[] {
    if (rep.kind === 'unchanged') {
      const items = previousResultId === undefined ? undefined : doc.reports.get(previousResultId);
      if (!items) return [{ kind: "diagnostic report 'unchanged' for an unknown resultId", detail: `report 'unchanged' (resultId ${rep.resultId}) for previousResultId ${previousResultId}` }];
      if (rep.resultId) doc.reports.set(rep.resultId, items);
      doc.lastResultId = rep.resultId;
      return checkDiagnostics(v, doc.uri, items).map((p) => ({ kind: `${p.kind} (report 'unchanged')`, detail: `(unchanged from ${previousResultId}) ${p.detail}` }));
    }
    if (rep.resultId) {
      doc.reports.set(rep.resultId, rep.items);
      if (doc.reports.size > 50) doc.reports.delete(doc.reports.keys().next().value!);
      doc.lastResultId = rep.resultId;
    }
    return checkDiagnostics(v, doc.uri, rep.items);
  }

  /** Counts an answer with problems once, and each kind of problem in it once. */
  record(doc: FuzzDocument | undefined, v: TextVersion | undefined, method: string, sent: { edit: number }, problems: Problem[]): void {
    if (problems.length === 0) return;
    this.r.invalid++;
    const where = doc && v ? `${method} on ${doc.name} v${v.version} (${v.text.length} chars), sent after edit ${sent.edit}` : method;
    for (const kind of new Set(problems.map((p) => p.kind))) {
      const seen = this.r.invalidKinds.get(kind);
      if (seen) seen.answers++;
      else {
        const mine = problems.filter((p) => p.kind === kind);
        const more = mine.length > 2 ? ` (+${mine.length - 2} more like it in this answer)` : '';
        this.r.invalidKinds.set(kind, { answers: 1, first: `${where}: ${mine.slice(0, 2).map((p) => p.detail).join('; ')}${more}` });
      }
    }
  }

  failed(doc: FuzzDocument, v: TextVersion, method: string, sent: { edit: number; cancelled: boolean }, e: unknown): void {
    if (this.dead || this.closing) return; // the exit is what counts
    const code = e instanceof ResponseError ? e.code : undefined;
    if (code !== undefined && (ALLOWED.has(code) || (code === LSPErrorCodes.RequestCancelled && sent.cancelled))) {
      this.r.stats.declined.set(code, (this.r.stats.declined.get(code) ?? 0) + 1);
      return;
    }
    const key = code === undefined ? 'no-answer' : String(code);
    this.r.errors.set(key, (this.r.errors.get(key) ?? 0) + 1);
    const message = e instanceof Error ? e.message : String(e);
    if (this.r.details.errors.length < DETAILS) this.r.details.errors.push(`${key} ${method} on ${doc.name} v${v.version}, sent after edit ${sent.edit}${sent.cancelled ? ' (cancelled)' : ''}: ${message.slice(0, 300)}`);
  }

  timed(method: string, doc: FuzzDocument, v: TextVersion, sent: { at: number; edit: number }): void {
    const ms = Date.now() - sent.at;
    if (ms <= this.o.slowMs || this.dead) return;
    this.r.slow++;
    if (this.r.details.slow.length < DETAILS) this.r.details.slow.push(`${method} on ${doc.name} v${v.version} (${v.text.length} chars), sent after edit ${sent.edit}: ${ms} ms`);
  }

  onServerRequest(method: string): void {
    if (method !== 'workspace/diagnostic/refresh') return;
    this.r.stats.refreshes++;
    // as VS Code does: pull every open document again (once per document until that pull is sent)
    for (const d of this.docs) {
      if (this.repulls.has(d) || this.closing) continue;
      this.repulls.add(d);
      void this.request('diagnostic', d, false).finally(() => this.repulls.delete(d));
    }
  }

  onPublish(p: PublishDiagnosticsParams): void {
    this.r.stats.publishes++;
    const doc = this.docs.find((d) => d.uri === p.uri);
    if (!doc) return this.note(`publishDiagnostics for a document never opened: ${p.uri}`);
    doc.lastPublish = { version: p.version, afterEdit: this.r.edits };
    if (this.o.kind === 'pull' && this.r.stats.publishes === 1) this.note('publishDiagnostics sent to a client that pulls diagnostics');
    if (p.version === undefined) return void this.r.stats.unchecked++;
    const v = doc.versions.get(p.version);
    if (!v) {
      if (p.version > doc.current.version) this.record(doc, doc.current, 'textDocument/publishDiagnostics', { edit: this.r.edits }, [{ kind: 'publishDiagnostics for a version never sent', detail: `version ${p.version}` }]);
      else this.r.stats.unchecked++;
      return;
    }
    this.record(doc, v, 'textDocument/publishDiagnostics', { edit: this.r.edits }, checkDiagnostics(v, doc.uri, p.diagnostics));
  }

  onExit(code: number | null, signal: NodeJS.Signals | null): void {
    const expected = this.closing;
    this.dead = true;
    for (const w of this.waiters.splice(0)) w();
    if (expected) return;
    this.r.exits++;
    this.r.details.exits.push(`server exited (code ${code}, signal ${signal}) after edit ${this.r.edits}; stderr: ${this.session.stderrTail().trim().split('\n').slice(-12).join('\n    ') || '(empty)'}`);
  }

  /** Waits for every request in flight (then `settleMs` more, for debounced pushes). */
  async drain(settleMs: number): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (this.pending.size && !this.dead && Date.now() < deadline) await Promise.race([Promise.all([...this.pending]), sleep(1000)]);
    if (settleMs && !this.dead) await sleep(settleMs);
  }

  async finish(): Promise<void> {
    await this.drain(0);
    if (this.pending.size && !this.dead) {
      this.r.errors.set('no-answer', (this.r.errors.get('no-answer') ?? 0) + this.pending.size);
      this.r.details.errors.push(`no-answer: ${this.pending.size} request(s) unanswered 60 s after the last edit`);
    }
    // the last word on every document, awaited: each must fit the final version
    for (const d of this.docs) for (const k of ['symbols', 'tokens', ...(this.o.kind === 'pull' ? ['diagnostic'] : [])] as Kind[]) await this.request(k, d, false);
    await this.drain(0);
    if (this.o.kind === 'push') await this.awaitFinalPushes();
    for (const [method, n] of this.session.undeclared) {
      const kind = `server→client request the client did not declare: ${method}`;
      this.record(undefined, undefined, method, { edit: 0 }, [{ kind, detail: `sent ×${n}, answered MethodNotFound` }]);
    }
    this.r.rssMb = Math.round(this.session.peakRss() / 2 ** 20);
    await this.shutdown();
  }

  /** A push client must end up with diagnostics for the final version of every document. */
  async awaitFinalPushes(): Promise<void> {
    const fresh = (d: FuzzDocument) => !!d.lastPublish && (d.lastPublish.version === undefined ? d.lastPublish.afterEdit >= d.lastEdit : d.lastPublish.version === d.current.version);
    const deadline = Date.now() + 10_000;
    while (!this.dead && Date.now() < deadline && !this.docs.every(fresh)) await sleep(100);
    for (const d of this.docs) {
      if (this.dead || fresh(d)) continue;
      const last = d.lastPublish ? `v${d.lastPublish.version}` : 'none';
      this.record(d, d.current, 'textDocument/publishDiagnostics', { edit: this.r.edits }, [{ kind: 'no publishDiagnostics for the final version', detail: `none within 10 s of the last request (last: ${last})` }]);
    }
  }

  async shutdown(): Promise<void> {
    if (this.dead) return;
    this.closing = true;
    const c = this.session.connection;
    const exited = new Promise((r) => this.session.child.once('exit', r));
    try {
      await Promise.race([c.sendRequest('shutdown'), sleep(5000)]);
      await c.sendNotification('exit');
    } catch {
      /* gone already */
    }
    if ((await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) === false) {
      this.note('the server did not exit within 5 s of the exit notification; killed');
      this.session.child.kill('SIGKILL');
    }
    c.dispose();
  }
}

/** A check that throws met an answer of a shape it did not expect: that is a problem of the answer. */
function safely(check: (result: any) => Problem[], result: unknown): Problem[] {
  try {
    return check(result);
  } catch (e) {
    return [{ kind: 'answer of unexpected shape', detail: `${e instanceof Error ? e.message : e}: ${JSON.stringify(result)?.slice(0, 200)}` }];
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** `count` distinct articles drawn with the seed; fewer files than that are opened again under other names. */
function chooseArticles(corpus: string[], count: number, rng: Random): FuzzDocument[] {
  const files = corpus.flatMap((dir) => listArticles(dir));
  if (files.length === 0) throw new Error(`no articles under ${corpus.join(', ')}`);
  const pool = [...files];
  const chosen: string[] = [];
  while (chosen.length < count) chosen.push(pool.length ? pool.splice(rng.int(0, pool.length - 1), 1)[0] : rng.pick(files));
  return chosen.map((f, i) => {
    const seen = chosen.indexOf(f) < i;
    const file = seen ? path.join(path.dirname(f), `copy${i}-${path.basename(f)}`) : f;
    return new FuzzDocument(pathToFileURL(file).toString(), `#${i} ${path.basename(file)}`, f.endsWith('.md') ? 'markdown' : 'plaintext', fs.readFileSync(f, 'utf8'));
  });
}

function listArticles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const files = fs.statSync(dir).isFile() ? [dir] : fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
  return files.filter((f) => /\.(md|txt)$/.test(f) && !f.includes('.annotations.')).sort();
}
