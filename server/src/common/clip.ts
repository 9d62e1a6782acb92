/** `text` cut to `n` UTF-16 units with `…` (never between the halves of a surrogate pair): `clip('美国国防部长奥斯汀', 4)` → `美国国防…`. */
export function clip(text: string, n: number): string {
  if (text.length <= n) return text;
  const cut = text.charCodeAt(n - 1) >= 0xd800 && text.charCodeAt(n - 1) <= 0xdbff ? n - 1 : n;
  return `${text.slice(0, cut)}…`;
}
