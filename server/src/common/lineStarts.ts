// Lines of a text as LSP counts them (`\n`, `\r\n` and a lone `\r` end a line), found once so that each
// offset's line is a binary search. Shared by the CLI's line index and the workspace index's summaries.

/** Where each line starts (UTF-16 offsets). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The line holding `offset`: the last line start ≤ it (a line break counts on the line it ends). */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
