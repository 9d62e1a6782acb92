/**
 * Internet handles the text introduces as someone's: `网友“克里斯蒂娜的世界”`, `博主“Thurman猫一杯”`, `一个ID为“我就是星月”的
 * 女博主`, `备注名称为“天旺”的成员`. The words inside the quotation marks are what the article calls that person, however
 * unlike a name they read, so they are a person (rule `handle`; a body's account, `昵称为“极兔速递”的账号`, an organization):
 * the speakers' rules find them (`该博主还说` after `博主“……”`) and the outline lists them. Not an account (`账号“bidenhq”`,
 * maybe a body's) nor `名为“……”`, which names anything. The development sets' annotators list them as optional persons.
 */
import type { Candidate } from './shared';
import { COMPANIES, ORGANIZATIONS, OUTLETS } from './builtins';

/** Words for a user of the internet before the name they go by in marks (`网友“……”`); also `phraseNames.ts` `NAMED_IN_MARKS`. */
export const USER_WORDS = '网友|博主|主播|UP主';
/** A word for a user of the internet, or for the name a user goes by, then the handle in quotation marks. */
const HANDLE = new RegExp(`(?:${USER_WORDS}|up主|(?:ID|id|网名|昵称|备注名称|备注名|用户名)(?:为|是|叫)?)“@?([^“”\\n，。！？：；,!?:;]{2,16})”`, 'g');
/** Words that say the marks hold a name (`网名叫“……”`), not just what kind of user wrote them (`网友“……”`). */
const NAMING = /^(?:ID|id|网名|昵称|备注名称|备注名|用户名|账号|名称|名为|叫)/;

/**
 * Whether `handle`, in marks after `word`, reads as a handle: after a word that names it any two characters or more
 * (`备注名称为“天旺”`); after `网友`, `博主`, `主播` three or more or a Latin letter or digit, for two Han characters there
 * are more often a word in scare quotes (`女主播“逃离”汽车直播间`).
 */
export function isHandle(word: string, handle: string): boolean {
  return NAMING.test(word) || handle.length >= 3 || /[^\u4e00-\u9fa5]/.test(handle);
}

/** A body's account by its name (`昵称为“极兔速递”的账号`): the handle opens with a company, an outlet or an organization the lexicons know. */
function isBodyAccount(handle: string): boolean {
  for (let n = 2; n <= Math.min(6, handle.length); n++) {
    const head = handle.slice(0, n);
    if (COMPANIES.has(head) || OUTLETS.has(head) || ORGANIZATIONS.has(head)) return true;
  }
  return false;
}

/** The handles introduced in `text` (one paragraph), as person candidates (a body's account as an organization). */
export function findHandles(text: string): Candidate[] {
  if (!text.includes('“')) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(HANDLE)) {
    const handle = m[1].trim();
    // `他的网名叫“十个孩子他爸”`: a name of someone the text has named already, not a person of its own
    if (handle.length < 2 || !isHandle(m[0], handle) || text.charAt(m.index! - 1) === '的') continue;
    const start = m.index! + m[0].length - 1 - m[1].length;
    out.push({ start, end: start + handle.length, type: isBodyAccount(handle) ? 'organization' : 'person', rule: 'handle', priority: 5 });
  }
  return out;
}
