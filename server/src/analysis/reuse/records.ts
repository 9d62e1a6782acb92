import type { Memo, MemoEntry } from './memoTable';

/**
 * What a step of a fold (a date line, a quote unit) was computed with, kept so the next analysis can
 * take its result without building its key: the memo entry and the state carried into the step.
 */
export interface MemoRecord<T, C> {
  entry: MemoEntry<T>;
  carry: C;
}

/**
 * The last analysis's record `old` for a step whose own input is unchanged (the caller checked), kept
 * when the state carried into it is the same too (`sameCarry`): its entry is marked used, and the
 * record takes the new carry object (equal, maybe another object). Null when it cannot be kept.
 */
export function keptRecord<T, C, R extends MemoRecord<T, C>>(memo: Memo<T>, old: R | null, carry: C, sameCarry: (a: C, b: C) => boolean): R | null {
  if (!old || !sameCarry(old.carry, carry)) return null;
  memo.touch(old.entry);
  old.carry = carry;
  return old;
}
