// Character classes of the entity model's features (modelFeatures.ts): a base class and flags per
// UTF-16 code unit, built from characters stored with the model so it never drifts from its data.

/** Characters with a class flag of their own (stored with the model so the model never drifts from its data). */
export interface ClassChars {
  translit: string;
  surnames: string;
  orgSuffix: string;
  placeSuffix: string;
}

const enum Base { Other = 0, Han = 1, Latin = 2, Digit = 3, Dot = 4, Punct = 5, Numeral = 6 }
const FLAG_TRANSLIT = 8, FLAG_SURNAME = 16, FLAG_ORG = 32, FLAG_PLACE = 64;

/** Class of every UTF-16 code unit: a base class (Han, Latin, digit, `·`, …) and flags (transliteration character, surname, suffix). */
export function buildClassTable(chars: ClassChars): Uint8Array {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    let b: number = Base.Other;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) b = Base.Han;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xc0 && c <= 0x24f)) b = Base.Latin;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) b = Base.Digit;
    else if (c === 0xb7 || c === 0x2022 || c === 0x30fb || c === 0x2027 || c === 0xff0e || c === 0x2219 || c === 0x22c5) b = Base.Dot;
    else if (c < 0x30 || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7f) || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20)) b = Base.Punct;
    t[c] = b;
  }
  for (const ch of '〇一二三四五六七八九十百千万亿零两') t[ch.charCodeAt(0)] = Base.Numeral;
  const flag = (s: string, f: number) => { for (let i = 0; i < s.length; i++) t[s.charCodeAt(i)] |= f; };
  flag(chars.translit, FLAG_TRANSLIT);
  flag(chars.surnames, FLAG_SURNAME);
  flag(chars.orgSuffix, FLAG_ORG);
  flag(chars.placeSuffix, FLAG_PLACE);
  return t;
}

