// Checks of option values shared by the CLI's commands: a bad value is refused before any work.
import * as fs from 'node:fs';
import { toIsoDate } from '../analysis/publicationDate';
import { describeErrno } from '../node/articleFiles';

/** Why `--publication-date` cannot be used (`2024-13-45`: no such day), or null when it can. */
export function publicationDateError(value: string | undefined): string | null {
  if (value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return `--publication-date must look like 2024-04-17, not "${value}"`;
  return toIsoDate(m[1], m[2], m[3]) ? null : `--publication-date ${value} is not a calendar date between 1900 and 2100`;
}

/** Why a file cannot be read (`no such file or directory`, `is a directory`), or null when it can. */
export function unreadable(file: string): string | null {
  try {
    if (fs.statSync(file).isDirectory()) return 'is a directory';
    fs.accessSync(file, fs.constants.R_OK);
    return null;
  } catch (e) {
    return describeErrno(e);
  }
}
