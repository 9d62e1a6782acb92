/**
 * The mechanical half of the speaker set's annotation: every “…” / 「…」 / ‘…’ span of the given
 * articles (image lines skipped; a nested ‘…’ is a span of its own; an opener with no closer on its
 * line runs to the line's end), numbered, with its gold `head` (the first 8 UTF-16 code units inside
 * the marks, as score.mjs compares them) and its line with [n] before each opening mark, so that kind
 * and speakers can be filled in by reading. Usage:
 *   node --import tsx scripts/speakerSample.ts | cut -f2 | xargs -d '\n' node --import tsx scripts/speakerQuotes.ts
 * (paths relative to ../shared/corpus, or absolute).
 */
import fs from 'node:fs';
import path from 'node:path';

const corpus = path.join(import.meta.dirname, '../../shared/corpus');
const PAIRS: Record<string, string> = { '“': '”', '「': '」', '‘': '’' };

export interface QuoteSpan { line: number; start: number; inner: string; unclosed: boolean }

/** Every quote span of a text, in order of its opening mark. */
export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  text.split('\n').forEach((line, li) => {
    if (line.startsWith('![')) return;
    for (let i = 0; i < line.length; i++) {
      const close = PAIRS[line[i]];
      if (!close) continue;
      const j = line.indexOf(close, i + 1);
      out.push({ line: li, start: i, inner: j < 0 ? line.slice(i + 1) : line.slice(i + 1, j), unclosed: j < 0 });
    }
  });
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  for (const arg of process.argv.slice(2)) {
    const file = path.isAbsolute(arg) ? arg : path.join(corpus, arg);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const spans = quoteSpans(lines.join('\n'));
    console.log(`===== ${arg} (${spans.length} quotes)`);
    const byLine = new Map<number, number[]>();
    spans.forEach((q, k) => byLine.set(q.line, [...(byLine.get(q.line) ?? []), k]));
    for (const [li, ks] of byLine) {
      let s = lines[li];
      for (const k of [...ks].reverse()) s = s.slice(0, spans[k].start) + `[${k + 1}]` + s.slice(spans[k].start);
      console.log(`L${li}: ${s}`);
    }
    spans.forEach((q, k) => console.log(`${k + 1}\t${JSON.stringify(q.inner.slice(0, 8))}${q.unclosed ? '\t(unclosed)' : ''}`));
  }
}
