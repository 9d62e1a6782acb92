/** A speaker phrase read out of a speech clause (speakerPhrase.ts, documentPhrase.ts). */

/** What kind of speaker a phrase names. */
export type SpeakerClass = 'name' | 'role' | 'media' | 'pronoun' | 'indefinite';

/** A speaker phrase inside a clause; offsets are relative to the clause string. */
export interface SpeakerPhrase {
  name: string;
  start: number;
  end: number;
  cls: SpeakerClass;
  /** An unnamed person of no named body (`一位建筑行业资深人士`, `知情人士`): `indefinite`, but sourced. */
  unnamed?: boolean;
  /** For an unnamed member speaking for a body (`某市中心医院一位工作人员` → name `某市中心医院`): the whole phrase. */
  role?: string;
}
