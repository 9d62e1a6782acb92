/**
 * Where the declared names occur (`entities/spreadNames.ts`), kept across the versions of a document: an
 * occurrence outside the stretch an edit changed is one of the last text's, moved with the text after the
 * edit; only the stretch, widened by the name's length on each side, is searched again. `孙子见` in a
 * 1 MB article: a short search per keystroke, not one through the whole text.
 */
import { occurrencesOf, type FindOccurrences } from '../entities/spreadNames';
import type { TextChange } from './blockMap';

/** The occurrences found in one version of a document, by name. */
export type Occurrences = Map<string, ArrayLike<number>>;

/**
 * A `FindOccurrences` for one analysis: from `last` (found in the last text, which `change` turned into
 * this one), noting in `found` what it returns for the next analysis.
 */
export function occurrencesReusing(last: Occurrences | null, change: TextChange | null, found: Occurrences): FindOccurrences {
  return (text, name) => {
    const old = last && change ? last.get(name) : undefined;
    // a name that can overlap itself (`哈哈`): which occurrences the search takes depends on all before it
    const got = old && !overlapsItself(name) ? moved(text, name, old, change!) : occurrencesOf(text, name);
    found.set(name, got);
    return got;
  };
}

/** The occurrences of `name` in `text`: the last text's before and after the changed stretch, and those the stretch now holds. */
function moved(text: string, name: string, old: ArrayLike<number>, c: TextChange): number[] {
  const n = name.length;
  const out: number[] = [];
  let k = 0;
  for (; k < old.length && old[k] + n <= c.pre; k++) out.push(old[k]);
  // occurrences reaching into the stretch start before where the common suffix starts here
  const from = Math.max(0, c.pre - n + 1);
  const after = c.oldAfter + c.delta;
  const stretch = text.slice(from, Math.min(text.length, after + n - 1));
  for (let at = stretch.indexOf(name); at >= 0 && from + at < after; at = stretch.indexOf(name, at + n)) out.push(from + at);
  for (; k < old.length; k++) if (old[k] >= c.oldAfter) out.push(old[k] + c.delta);
  return out;
}

/** Whether a proper prefix of `name` is also its suffix (two occurrences could overlap). */
function overlapsItself(name: string): boolean {
  for (let k = 1; k < name.length; k++) if (name.endsWith(name.slice(0, k))) return true;
  return false;
}
