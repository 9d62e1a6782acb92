// Fuzzy matching of what the user typed in Go to Symbol in Workspace against entity names and titles,
// Chinese or Latin: `古普` finds `苏拉布·古普塔`, `nvda` finds `NVDA`, `美储` finds `美联储`.

/** 0 exact, 1 prefix, 2 contiguous part, 3 the typed characters in order, null no match. Case and `·`/spaces are ignored. */
export function matchRank(query: string, name: string): number | null {
  return rankFolded(fold(query), fold(name));
}

/** {@link matchRank} of strings already folded (the index folds its names once, not per query). */
export function rankFolded(q: string, n: string): number | null {
  if (q === '') return 3;
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  if (n.includes(q)) return 2;
  let i = 0;
  for (let k = 0; k < n.length && i < q.length; k++) if (n[k] === q[i]) i++;
  return i === q.length ? 3 : null;
}

/** Lower case, full-width Latin and digits to ASCII, without the separators people leave out (`·`, `•`, `-`, spaces). */
export function fold(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0).toLowerCase();
    else if (!/[\s·•‧・\-_]/.test(ch)) out += ch;
  }
  return out;
}
