import type { Span } from '../types';

/** A resolved speaker: its name, where it is written, and how it was found. */
export interface Who {
  name: string;
  span: Span;
  via: string;
}
