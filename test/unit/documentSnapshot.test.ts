// DocumentSnapshot against vscode-languageserver-textdocument's TextDocument: the same text, lines and
// positions after thousands of random edits (CRLF, lone CR, surrogate pairs, multi-line), and the old
// snapshot unchanged by each.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSnapshot } from '../../server/src/documents/snapshot';
import { prng } from '../helpers/random';

const PIECES = ['a', '董军', '\n', '\r\n', '\r', '𠮷', '👍', '“', '”', '。', '\n\n', 'xyz\r\nabc', ''];

test('snapshots follow random edits exactly as TextDocument does, and earlier snapshots never change', () => {
  const r = prng(7);
  let reference = TextDocument.create('untitled:a', 'plaintext', 0, '董军\r\n说：“好”\n\n𠮷');
  let snap = new DocumentSnapshot('untitled:a', 'plaintext', 0, reference.getText());
  for (let v = 1; v <= 3000; v++) {
    const len = reference.getText().length;
    const a = Math.floor(r() * (len + 1));
    const b = Math.min(len, a + Math.floor(r() * 6));
    const text = Array.from({ length: Math.floor(r() * 3) }, () => PIECES[Math.floor(r() * PIECES.length)]).join('');
    // positions from the reference; some past the end of their line or the document
    const range = { start: reference.positionAt(a), end: r() < 0.05 ? { line: reference.lineCount + 2, character: 0 } : reference.positionAt(b) };
    if (r() < 0.05) range.start = { line: range.start.line, character: range.start.character + 50 };
    const before = snap.getText();
    if (r() < 0.3) snap.lineCount; // line starts computed, so the edit takes the incremental path
    const { doc } = snap.withChanges([{ range, text }], v);
    reference = TextDocument.update(reference, [{ range, text }], v);
    assert.equal(snap.getText(), before, 'the old snapshot is unchanged');
    snap = doc;
    assert.equal(snap.getText(), reference.getText(), `text at version ${v}`);
    assert.equal(snap.lineCount, reference.lineCount, `lines at version ${v}`);
    for (let k = 0; k < 5; k++) {
      const o = Math.floor(r() * (snap.getText().length + 1));
      assert.deepEqual(snap.positionAt(o), reference.positionAt(o), `positionAt(${o}) at version ${v}`);
      const p = reference.positionAt(o);
      assert.equal(snap.offsetAt(p), reference.offsetAt(p));
    }
  }
});

test('a whole-document change replaces the text', () => {
  const s = new DocumentSnapshot('untitled:b', 'plaintext', 1, 'abc\ndef');
  const { doc, edits } = s.withChanges([{ text: 'x\r\ny' }], 2);
  assert.equal(doc.getText(), 'x\r\ny');
  assert.deepEqual(edits, [{ start: 0, end: 7, text: 'x\r\ny' }]);
  assert.deepEqual(doc.positionAt(3), { line: 1, character: 0 });
  assert.equal(doc.version, 2);
});

test('whether a text may hold Traditional characters is carried through edits by the inserted text alone', () => {
  const s = new DocumentSnapshot('untitled:c', 'plaintext', 1, '台湾的经济\n增长');
  assert.equal(s.mayHaveTraditional(), false);
  const typed = s.withChanges([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '持续' }], 2).doc;
  assert.equal(typed.mayHaveTraditional(), false);
  const pasted = typed.withChanges([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '臺灣' }], 3).doc;
  assert.equal(pasted.mayHaveTraditional(), true);
  const replaced = pasted.withChanges([{ text: '经济' }], 4).doc;
  assert.equal(replaced.mayHaveTraditional(), false, 'a whole-document change is looked at anew');
  assert.equal(new DocumentSnapshot('untitled:d', 'plaintext', 1, '經濟').mayHaveTraditional(), true);
});
