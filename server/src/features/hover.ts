import type { Hover } from 'vscode-languageserver';
import { unwrapName } from '../analysis/softWraps';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, DateMention, Entity, Quote } from '../analysis/types';
import { clip } from '../common/clip';
import { findSpeakerOrigin } from '../analysis/quotes/origin';
import { isUnclosed } from '../analysis/quotes/spans';
import { itemAt, toRange } from './ranges';

const TYPE_LABEL = { person: '人物 Person', place: '地点 Place', organization: '机构 Organization' } as const;
/** How a speaker was found (`Quote.speakerVia`), for the hover: the code, then what it means. */
const VIA_LABEL: Record<string, string> = {
  'verb-before': 'named before the speech verb · 说话动词前',
  'verb-after': 'named after the quote, before its verb · 引语后的“某某说”',
  pronoun: 'a pronoun or “这位……”, resolved · 代词指代',
  carried: 'the last speaker, carried on · 延续上一位说话人',
  topic: 'the person the passage is about · 段落主题人物',
  role: 'a role or staff, for the body named · 职务或工作人员所属机构',
  media: 'the outlet reporting · 报道媒体',
  colon: 'named before the colon · 冒号前',
  subject: 'the subject of the sentence · 句子主语',
  'subject-after': 'named right after the quote · 引语后紧接的人名',
  document: 'the body that issued the document · 文件发布方',
  narrator: 'the narrator the article declares (以下为某某口述) · 口述者',
  wrapped: 'named on the line before the wrap · 断行前',
  'next-paragraph': 'named in the next paragraph · 下一段',
  ranked: 'the speaker model’s choice among names nearby · 模型从附近人名中选出',
  nested: 'quoted by the speaker of the quote around it · 外层引语说话人转述',
  repeated: 'the same words quoted elsewhere with their speaker · 同一引语另处的说话人',
};

const SOURCE_LABEL = { text: 'a date line in the text', 'image-url': 'the image URL', path: 'the file path', setting: 'the newslens.publicationDate setting' } as const;

/** Hover for the entity, date or quote at `offset`: the innermost item wins, so a name inside a quote shows the name. */
export function provideHover(doc: TextDocument, a: ArticleAnalysis, offset: number): Hover | null {
  const mention = itemAt(a.mentions, offset);
  if (mention) {
    const entity = a.entities.find((e) => e.id === mention.entityId);
    if (entity) return { contents: { kind: 'markdown', value: entityHover(doc, entity, mention.rule) }, range: toRange(doc, mention) };
  }
  const date = itemAt(a.dates, offset);
  if (date) return { contents: { kind: 'markdown', value: dateHover(a, date) }, range: toRange(doc, date) };
  const quote = itemAt(a.quotes, offset);
  if (quote) return { contents: { kind: 'markdown', value: quoteHover(a, quote) }, range: toRange(doc, quote) };
  return null;
}

function entityHover(doc: TextDocument, e: Entity, rule: string): string {
  const first = doc.positionAt(e.mentions[0].start).line + 1;
  return [
    `**${TYPE_LABEL[e.type]}** · ${e.name}`,
    '',
    e.aliases.length ? `Aliases 别名: ${e.aliases.join('、')}` : 'Aliases 别名: —',
    '',
    `Mentions 提及: ${e.mentions.length} · first on line ${first}`,
    '',
    `_Found by: ${foundBy(rule)}_`,
  ].join('\n');
}

/** How a mention was found: `model`, `user lexicon`, `lexicon (lexicon-prefix)`, `rule (title-name)`. */
function foundBy(rule: string): string {
  if (rule === 'model' || rule === 'user-lexicon') return rule.replace('-', ' ');
  if (rule === 'model-repeated') return 'model (read more than once in the article)';
  return `${rule.startsWith('lexicon') ? 'lexicon' : 'rule'} (${rule})`;
}

function dateHover(a: ArticleAnalysis, d: DateMention): string {
  const value = d.value ?? (d.vague ? 'vague 模糊 (not resolved)' : 'unresolved 未能确定');
  const pub = a.publicationDate;
  return [
    `**时间 Date** · ${unwrapName(d.text)} → \`${value}\``,
    '',
    ...(d.weekday ? [`${d.weekday.zh} ${d.weekday.en}`, ''] : []),
    d.reason,
    '',
    pub ? `_Publication date ${pub.value}, from ${SOURCE_LABEL[pub.source]}_` : '_No publication date known: set newslens.publicationDate_',
  ].join('\n');
}

function quoteHover(a: ArticleAnalysis, q: Quote): string {
  const lines = [`**引语 Quote** · ${q.kind === 'speech' ? 'speech 直接引语' : 'term 专名/术语'}`, ''];
  if (isUnclosed(q, a.findings)) lines.push('_No closing mark 缺少后引号: read to the end of its paragraph_', '');
  if (q.kind === 'speech') {
    lines.push(q.speaker ? `Speaker 说话人: **${q.speaker}** _(${viaLabel(q.speakerVia)})_` : 'Speaker 说话人: — _(none found)_');
    const origin = findSpeakerOrigin(q, a.blocks);
    if (origin) lines.push('', `speaker from paragraph ${origin.paragraph}: ${origin.name}`);
    // the same speaker however a line break cut the name (`Jan\nHatzius`, `Jan Hatzius`)
    const name = q.speaker && unwrapName(q.speaker);
    const others = name ? a.quotes.filter((o) => o !== q && o.speaker !== null && unwrapName(o.speaker) === name) : [];
    if (others.length) {
      lines.push('', `Other quotes by ${q.speaker}:`);
      for (const o of others.slice(0, 10)) lines.push(`- “${clip(unwrapName(o.text), 40)}”`);
    }
  }
  return lines.join('\n');
}

export function viaLabel(via: string | null): string {
  if (!via) return 'found';
  const label = VIA_LABEL[via];
  return label ? `${via}: ${label}` : via;
}
