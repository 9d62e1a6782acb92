// Sidecars under faults, in one process: a read-only folder or a full disk (simulated through the
// injectable fs layer, and for real with chmod when not root), two stores writing one sidecar (two
// windows), stale temporary files and locks, and a sidecar that starts with a byte order mark.
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnnotationStore } from '../../server/src/annotationStore';
import { createAnnotation, editAnnotation, readBody, retarget, serializeSidecar, type Annotation } from '../../server/src/analysis/annotations/index';
import { mergeSidecar, parseSidecar } from '../../server/src/analysis/annotations/sidecar';
import { readSidecar, saveAnnotations, type SidecarFs } from '../../server/src/node/sidecarFiles';

const TEXT = '𠮷中国国防部长董军👍16日晚表示：“中美关系。”\r\n第二段，美方重申立场。';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

const dirs: string[] = [];
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function article(): { dir: string; file: string; uri: string; sidecar: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-faults-'));
  dirs.push(dir);
  const file = path.join(dir, 'a.txt');
  fs.writeFileSync(file, TEXT);
  return { dir, file, uri: pathToFileURL(file).href, sidecar: `${file}.annotations.json` };
}

type Op = 'open' | 'write' | 'fsync' | 'rename';

/** Node's fs, except that while `on`, the operation `op` on a file in `dir` fails with `code`, as the kernel would. */
function faulty(dir: string, code: string, op: Op): { files: SidecarFs; on: boolean } {
  const state = { on: false, files: fs as SidecarFs };
  const fail = () => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  };
  const inDir = (p: unknown) => typeof p === 'string' && path.dirname(p) === dir;
  state.files = {
    ...fs,
    openSync: ((p: string, flags: string, mode?: number) => (state.on && op === 'open' && inDir(p) && /[wa]/.test(String(flags)) ? fail() : fs.openSync(p, flags, mode))) as typeof fs.openSync,
    writeFileSync: ((target: fs.PathOrFileDescriptor, data: string, o?: fs.WriteFileOptions) =>
      state.on && op === 'write' && typeof target === 'number' ? fail() : fs.writeFileSync(target, data, o)) as typeof fs.writeFileSync,
    fsyncSync: ((fd: number) => (state.on && op === 'fsync' && fs.fstatSync(fd).isFile() ? fail() : fs.fsyncSync(fd))) as typeof fs.fsyncSync,
    renameSync: ((a: fs.PathLike, b: fs.PathLike) => (state.on && op === 'rename' && inDir(b) ? fail() : fs.renameSync(a, b))) as typeof fs.renameSync,
  };
  return state;
}

const ids = (file: string) => readSidecar(file).annotations.map((a) => a.id);
const idsInMemory = (store: AnnotationStore, uri: string) => store.get(uri)!.anchored.map((a) => a.annotation.id);
const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'));

const FAULTS: [code: string, op: Op, message: string][] = [
  ['EACCES', 'open', 'read-only folder'],
  ['EPERM', 'rename', 'read-only folder'],
  ['EROFS', 'open', 'read-only folder (read-only file system)'],
  ['ENOSPC', 'write', 'disk full'],
  ['ENOSPC', 'fsync', 'disk full'],
  ['EDQUOT', 'write', 'disk full (quota exceeded)'],
];

for (const [code, op, message] of FAULTS) {
  test(`${code} on ${op}: "cannot write <path>: ${message}", the old file intact, nothing lost in memory, the next save writes it`, () => {
    const { dir, uri, sidecar } = article();
    const fault = faulty(dir, code, op);
    const store = new AnnotationStore({ layout: 'beside', creator: 't' }, { fs: fault.files });
    store.open(uri, TEXT);
    assert.equal(store.add(uri, TEXT, span('董军'), { verdict: 'true' }).ok, true);
    const [first] = idsInMemory(store, uri);
    const before = fs.readFileSync(sidecar, 'utf8');

    fault.on = true;
    const added = store.add(uri, TEXT, span('中美关系'), { verdict: 'false', note: '存疑' });
    assert.equal(added.ok, false);
    assert.equal(added.message, `annotations not saved: cannot write ${sidecar}: ${message}; the change is kept and will be written at the next successful save`);
    assert.equal(!added.ok && added.kept, true);
    const second = idsInMemory(store, uri)[1];
    assert.ok(second, 'the new annotation is held in memory');
    assert.equal(store.remove(uri, TEXT, first).ok, false);
    assert.deepEqual(idsInMemory(store, uri), [second], 'the removal is held in memory too');
    assert.match(store.get(uri)!.unsaved ?? '', new RegExp(message.replace(/[()]/g, '\\$&')));
    assert.equal(fs.readFileSync(sidecar, 'utf8'), before, 'the sidecar on disk is the old one, whole');
    assert.deepEqual(leftovers(dir), [], 'no temporary file or lock left behind');

    store.open(uri, TEXT); // the sidecar watcher reloads the document: unsaved changes survive
    assert.deepEqual(idsInMemory(store, uri), [second]);
    store.close(uri);
    store.open(uri, TEXT); // and so does closing and reopening it
    assert.deepEqual(idsInMemory(store, uri), [second]);

    fault.on = false;
    assert.deepEqual(store.save(uri, TEXT), { ok: true });
    assert.deepEqual(ids(sidecar), [second], 'the next successful save writes the addition and the removal');
    assert.equal(readBody(readSidecar(sidecar).annotations[0]).note, '存疑');
    assert.equal(store.get(uri)!.unsaved, undefined);
  });
}

test('a real read-only folder (chmod 555): the message, the old file intact, the annotation kept', { skip: process.getuid?.() === 0 ? 'root writes into read-only folders' : false }, () => {
  const { dir, uri, sidecar } = article();
  const store = new AnnotationStore({ layout: 'beside', creator: 't' });
  store.open(uri, TEXT);
  assert.equal(store.add(uri, TEXT, span('董军'), { verdict: 'true' }).ok, true);
  fs.chmodSync(dir, 0o555);
  try {
    const r = store.add(uri, TEXT, span('中美关系'), { verdict: 'false' });
    assert.equal(r.ok, false);
    assert.match(r.message ?? '', new RegExp(`cannot write ${sidecar.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: read-only folder`));
    assert.equal(idsInMemory(store, uri).length, 2);
    assert.equal(ids(sidecar).length, 1);
  } finally {
    fs.chmodSync(dir, 0o755);
  }
  assert.equal(store.save(uri, TEXT).ok, true);
  assert.equal(ids(sidecar).length, 2);
});

test('two windows on one sidecar: additions on both sides kept, a removal stays removed unless edited, the later edit wins', () => {
  const { uri, sidecar } = article();
  const a = new AnnotationStore({ layout: 'beside', creator: 'A' });
  const b = new AnnotationStore({ layout: 'beside', creator: 'B' });
  a.open(uri, TEXT);
  b.open(uri, TEXT);
  a.add(uri, TEXT, span('董军'), { verdict: 'true' });
  const [dong] = idsInMemory(a, uri);
  const r = b.add(uri, TEXT, span('中美关系'), { verdict: 'false' });
  assert.equal(r.ok && r.message, `merged with another window's changes to ${sidecar}: 1 added or edited there, 0 removed there`);
  const rel = idsInMemory(b, uri).find((id) => id !== dong)!;
  assert.deepEqual(ids(sidecar), [rel, dong], "B's write keeps A's annotation (ours first, theirs after)");
  assert.deepEqual(idsInMemory(b, uri), [rel, dong], "and B now shows A's annotation");

  assert.equal(b.remove(uri, TEXT, dong).ok, true);
  assert.equal(a.add(uri, TEXT, span('美方重申'), { note: '核实' }).ok, true);
  const third = idsInMemory(a, uri).find((id) => id !== rel)!;
  assert.deepEqual(ids(sidecar), [third, rel], "B's removal stays removed; A's addition and B's annotation kept (ours first, theirs after)");
  assert.equal(idsInMemory(a, uri).includes(dong), false);

  // B removes what A has edited meanwhile: the edit wins over the removal.
  assert.equal(a.edit(uri, TEXT, rel, { verdict: 'misleading' }).ok, true);
  assert.equal(b.remove(uri, TEXT, rel).ok, true);
  assert.equal(readBody(readSidecar(sidecar).annotations.find((x) => x.id === rel)!).verdict, 'misleading');

  // Both edit one annotation: the later `modified` wins, in the file and then in the other window.
  b.open(uri, TEXT);
  assert.equal(a.edit(uri, TEXT, third, { note: 'A 的说明' }).ok, true);
  assert.equal(b.edit(uri, TEXT, third, { note: 'B 的说明，更晚' }).ok, true);
  const noteIn = (list: Annotation[]) => readBody(list.find((x) => x.id === third)!).note;
  assert.equal(noteIn(readSidecar(sidecar).annotations), 'B 的说明，更晚');
  assert.equal(a.save(uri, TEXT).ok, true);
  assert.equal(noteIn(a.get(uri)!.anchored.map((x) => x.annotation)), 'B 的说明，更晚');
  assert.equal(noteIn(readSidecar(sidecar).annotations), 'B 的说明，更晚');
});

test('mergeSidecar: the rules, case by case', () => {
  const at = (iso: string) => new Date(iso);
  const x = createAnnotation(TEXT, span('董军'), { verdict: 'true' }, 't', at('2024-04-18T00:00:00Z'), { id: 'urn:x' });
  const y = createAnnotation(TEXT, span('中美关系'), { verdict: 'false' }, 't', at('2024-04-18T00:00:00Z'), { id: 'urn:y' });
  const moved = retarget(x, `据报道，${TEXT}`, { start: span('董军').start + 4, end: span('董军').end + 4 });
  const early = editAnnotation(x, { verdict: 'misleading' }, at('2024-04-19T00:00:00Z'));
  const late = editAnnotation(x, { verdict: 'false' }, at('2024-04-20T00:00:00Z'));
  const table: [string, Annotation[], Annotation[], Annotation[], Annotation[]][] = [
    ['added on both sides', [], [x], [y], [x, y]],
    ['removed there, untouched here', [x, y], [x, y], [y], [y]],
    ['removed there, only re-anchored here (not an edit)', [x, y], [moved, y], [y], [y]],
    ['removed there, edited here', [x], [early], [], [early]],
    ['removed here, untouched there', [x, y], [y], [x, y], [y]],
    ['removed here, edited there', [x], [], [early], [early]],
    ['edited there only', [x], [x], [early], [early]],
    ['edited there, re-anchored here: their edit', [x], [moved], [early], [early]],
    ['edited on both sides, theirs later', [x], [early], [late], [late]],
    ['edited on both sides, ours later', [x], [late], [early], [late]],
    ['neither edited: ours (our selectors fit our text)', [x], [moved], [x], [moved]],
  ];
  for (const [name, base, mine, theirs, expected] of table) assert.deepEqual(mergeSidecar(base, mine, theirs).annotations, expected, name);
});

test('stale temporary files of dead processes and stale locks are removed; a live lock makes the save fail with a message', () => {
  const { dir, file, sidecar } = article();
  const a = createAnnotation(TEXT, span('董军'), { verdict: 'true' }, 't', new Date(), { id: 'urn:a' });
  const base = `.${path.basename(sidecar)}`;
  const dead = `${base}.999999999.0.tmp`; // above any pid_max
  const live = `${base}.${process.ppid}.0.tmp`;
  fs.writeFileSync(path.join(dir, dead), '{"half":');
  fs.writeFileSync(path.join(dir, live), '{"half":');
  fs.writeFileSync(path.join(dir, `${base}.lock`), '999999999');
  assert.equal(saveAnnotations(file, [a]).written, true, 'a lock of a dead process is broken');
  assert.deepEqual(fs.readdirSync(dir).sort(), [live, 'a.txt', 'a.txt.annotations.json'].sort(), "the dead process's temp file is gone, the live one's kept");

  fs.writeFileSync(path.join(dir, `${base}.lock`), String(process.ppid));
  const started = Date.now();
  const held = saveAnnotations(file, [a]);
  assert.equal(held.written, false);
  assert.equal(!held.written && held.reason, `cannot write ${sidecar}: another NewsLens window is writing it (${path.join(dir, `${base}.lock`)}); try again`);
  assert.ok(Date.now() - started >= 1900, 'it waited for the lock');
});

test('a sidecar that starts with a UTF-8 byte order mark is read, and saved again', () => {
  const { file, uri, sidecar } = article();
  const created = createAnnotation(TEXT, span('董军'), { verdict: 'false' }, 't', new Date(), { id: 'urn:bom' });
  const a = { ...created, target: { ...created.target, source: 'a.txt' } };
  const json = serializeSidecar([a], { source: 'a.txt' });
  assert.deepEqual(parseSidecar(`\uFEFF${json}`).annotations, [a]);
  assert.equal(parseSidecar('\uFEFF').error, 'the file is empty');
  assert.match(parseSidecar('\uFEFF\uFEFF{}').error ?? '', /not JSON/, 'only one mark is a byte order mark');
  fs.writeFileSync(sidecar, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
  assert.deepEqual(readSidecar(sidecar), { annotations: [a], source: 'a.txt', exists: true });
  const store = new AnnotationStore({ layout: 'beside', creator: 't' });
  const doc = store.open(uri, TEXT);
  assert.equal(doc.error, undefined);
  assert.equal(doc.anchored[0].anchor.status, 'exact');
  assert.equal(store.add(uri, TEXT, span('中美关系'), { verdict: 'true' }).ok, true);
  assert.deepEqual(ids(sidecar), ['urn:bom', idsInMemory(store, uri)[1]]);
  assert.equal(fs.existsSync(file), true);
});
