import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, DateMention, Entity, Quote } from '../analysis/types';
import { clip } from '../common/clip';
import { findSpeakerOrigin } from '../analysis/quotes/origin';
import { itemAt, toRange } from './ranges';

const TYPE_LABEL = { person: '人物 Person', place: '地点 Place', organization: '机构 Organization' } as const;
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
    `**时间 Date** · ${d.text} → \`${value}\``,
    '',
    ...(d.weekday ? [`${d.weekday.zh} ${d.weekday.en}`, ''] : []),
    d.reason,
    '',
    pub ? `_Publication date ${pub.value}, from ${SOURCE_LABEL[pub.source]}_` : '_No publication date known: set newslens.publicationDate_',
  ].join('\n');
}

function quoteHover(a: ArticleAnalysis, q: Quote): string {
  const lines = [`**引语 Quote** · ${q.kind === 'speech' ? 'speech 直接引语' : 'term 专名/术语'}`, ''];
  if (q.kind === 'speech') {
    lines.push(q.speaker ? `Speaker 说话人: **${q.speaker}** _(${q.speakerVia ?? 'found'})_` : 'Speaker 说话人: — _(none found)_');
    const origin = findSpeakerOrigin(q, a.blocks);
    if (origin) lines.push('', `speaker from paragraph ${origin.paragraph}: ${origin.name}`);
    const others = q.speaker ? a.quotes.filter((o) => o !== q && o.speaker === q.speaker) : [];
    if (others.length) {
      lines.push('', `Other quotes by ${q.speaker}:`);
      for (const o of others.slice(0, 10)) lines.push(`- “${clip(o.text, 40)}”`);
    }
  }
  return lines.join('\n');
}
