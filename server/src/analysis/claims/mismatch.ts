import type { Finding, Span } from '../types';

/** A finding's message in both languages. */
export type Message = { zh: string; en: string };

/** A bare span of `s` (a mention carries more than a finding should). */
export const span = (s: Span): Span => ({ start: s.start, end: s.end });

/** A `consistency.number-mismatch` warning at `at`: `51死` with the body's `46人` related. */
export function mismatch(at: Span, message: Message, related: Finding['related']): Finding {
  return { ...span(at), code: 'consistency.number-mismatch', severity: 'warning', message, related };
}
