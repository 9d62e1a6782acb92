import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typedMentions as typed } from '../helpers/entities';
import { findEntityMentions } from '../../server/src/analysis/entities/index';
import { tokenize } from '../../server/src/analysis/tokens';
import { loadEntityModel } from '../../server/src/node/entityModel';
import { loadSegmenter } from '../helpers/segmenter';

/** People rules: each with what it must and must not find (sentences written for these tests). */
const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'a Japanese family name and a given name after a title', text: '日本前国脚上村健一出任主教练，部长渡边仁提及此事。', yes: ['上村健一/person', '渡边仁/person'], no: [] },
  { rule: 'a Japanese full name of the list, no title needed', text: '韩悦对阵大堀彩，陈雨菲击败山口茜，小池百合子出席。', yes: ['大堀彩/person', '山口茜/person', '小池百合子/person'], no: [] },
  { rule: 'a place, or everyday words, the Japanese name list holds: none', text: '游客在滨名湖钓鱼，政府实行积极财政政策。', yes: [], no: ['滨名湖/person', '积极财政/person'] },
  { rule: 'a Japanese full name the dictionary holds as one word, after an office', text: '日本首相桥本龙太郎会见了代表团。', yes: ['桥本龙太郎/person'], no: [] },
  { rule: 'a Japanese family name alone before an office', text: '桥本首相兑现了承诺。', yes: ['桥本/person'], no: [] },
  { rule: 'a Japanese full name of the list that the segmenter reads as two everyday words, after an office', text: '外相上川阳子称，双方将继续沟通。', yes: ['上川阳子/person'], no: [] },
  { rule: 'a word opening with a Japanese family name after an occupation or in an idiom: none', text: '商家毛利率较低，单个国家根本无法消化。', yes: [], no: ['毛利率/person', '根本无法/person'] },
  { rule: 'a transliterated name before a royal title', text: '王位的下一个继承人是威廉王子，凯特王妃也出席了。', yes: ['威廉/person', '凯特/person'], no: ['威廉/organization', '凯特/organization'] },
  { rule: 'a place before a royal title stays a place', text: '他登上了威尔士亲王号航母。', yes: [], no: ['威尔士/person'] },
  { rule: 'a Japanese family name that is an everyday word, no title: none', text: '他去了中山大学，福田汽车销量上涨。', yes: [], no: ['中山大/person', '福田汽/person'] },
  { rule: 'three-character name cut before an adverb', text: '县委书记汪明新经常下乡调研。', yes: ['汪明新/person'], no: ['汪明/person'] },
  { rule: 'three-character name cut before a rank', text: '副参谋长赵国钧少将出席。', yes: ['赵国钧/person'], no: ['赵国/person'] },
  { rule: 'three-character name with a glued speech verb', text: '政委高云江说：“我们准备好了。”', yes: ['高云江/person'], no: ['高云/person', '高云江说/person'] },
  { rule: 'a two-character name keeps its grammar word', text: '记者王刚在现场看到', yes: ['王刚/person'], no: ['王刚在/person'] },
  { rule: 'a two-character name before a noun stays two', text: '记者王刚家乡的变化', yes: [], no: ['王刚家/person'] },
  { rule: 'names listed after a known name (、)', text: '记者陶世安、徐运平报道', yes: ['陶世安/person', '徐运平/person'], no: [] },
  { rule: 'names listed after a known name (cut into single characters)', text: '中国选手李亚莉、曾秀君以11秒37夺冠', yes: ['李亚莉/person', '曾秀君/person'], no: [] },
  { rule: 'transliterated names listed with ／', text: '俄罗斯选手别列日纳亚／西卡鲁利泽之后', yes: ['西卡鲁利泽/person'], no: ['西卡/place'] },
  { rule: 'a listed item that is no name', text: '记者陶世安、北京报道', yes: ['陶世安/person', '北京/place'], no: ['北京/person'] },
  { rule: 'a list of things after a name is no list of names', text: '张孝华、水果和蔬菜都到了', yes: [], no: ['水果/person'] },
  { rule: '… nor is a dictionary noun listed after a name, surname-shaped or not', text: '刘丽娜戴着耳环、金戒指出门。选手张伟、高学历、高收入的人都来了。', yes: [], no: ['金戒指/person', '高学历/person'] },
  { rule: 'surname with a form of address', text: '李老师看了后说，陈小姐也到了，胡老说好。', yes: ['李老师/person', '陈小姐/person', '胡老/person'], no: ['李/person', '陈/person', '胡/person'] },
  // a surname the segmenter reads as a verb (`解/v`, `祝/v`), a rare surname (`赖`, `宿`), one glued to the word before (`从解/x`, `据宿/x`)
  { rule: 'a surname read as a verb, a rare one or one glued to a word before, with 女士/先生', text: '记者从解女士处获悉，祝先生表示同意。1月15日，赖女士报警。据宿先生介绍，情况属实。', yes: ['解女士/person', '祝先生/person', '赖女士/person', '宿先生/person'], no: ['从解/person', '据宿/person'] },
  { rule: '… not a preposition or a conjunction before 女士们', text: '她和女士们聊天，祝女士们节日快乐。', yes: [], no: ['和女士/person', '祝女士/person'] },
  { rule: 'a surname addressed by an occupation', text: '他去找了裴警官。裴警官告诉他，汤律师和黄教授都到了。', yes: ['裴警官/person', '汤律师/person', '黄教授/person'], no: ['裴/person'] },
  { rule: '… not a country’s people, nor a title before a full name', text: '韩媒：韩医生试图入场。律师事务所高律师赵良善告诉记者。', yes: [], no: ['韩医生/person', '高律师/person'] },
  { rule: 'dotted foreign name whatever the tag of its first part', text: '执行干事彼得·皮奥在会上讲话，美国的塞·威廉姆斯获胜。', yes: ['彼得·皮奥/person', '塞·威廉姆斯/person'], no: ['皮奥/person'] },
  { rule: 'dotted foreign name with a speech verb glued to its end', text: '高级研究员莉萨·科斯马斯说，前景很好。', yes: ['莉萨·科斯马斯/person'], no: ['马斯/person'] },
  { rule: 'dotted foreign name before a demonstrative or a preposition the segmenter glued into a word', text: '对于彼得·科顿这一做法，网友不满。', yes: ['彼得·科顿/person'], no: ['彼得·科顿这一/person'] },
  { rule: 'dotted foreign name before a speech verb the segmenter glued to the pronoun after it (`诺曼/称其/x`)', text: '共和党议员拉尔夫·诺曼称其做法“影响恶劣”。', yes: ['拉尔夫·诺曼/person'], no: ['拉尔夫·诺曼称其/person'] },
  { rule: 'dotted foreign name before a photographer’s credit', text: '_会场一角（新华社发，弗兰克·罗宾雄摄）_', yes: ['弗兰克·罗宾雄/person'], no: ['弗兰克·罗宾雄摄/person'] },
  { rule: 'an outlet before a name dot names its channel, no person', text: '（齐鲁晚报·齐鲁壹点记者 王洪涛）', yes: [], no: ['齐鲁晚报·齐鲁/person', '齐鲁晚报·齐鲁壹点/person'] },
  { rule: 'dotted foreign name with a preposition glued to its last sound, or to a word after it', text: '资深律师阿什利·戈尔斯基在声明中说。工程师阿南德·亨利疑在家中。', yes: ['阿什利·戈尔斯基/person', '阿南德·亨利/person'], no: ['阿什利·戈尔斯基在/person', '阿南德·亨利疑在/person'] },
  { rule: 'a part after the dot opening with a company of the lists makes no person (a studio’s, a channel’s name)', text: '出品丨棱镜·腾讯小满工作室，出品丨深网·腾讯新闻。', yes: [], no: ['棱镜·腾讯小满/person', '深网·腾讯/person'] },
  { rule: 'a dot after a place or before a cup makes no person', text: '龙湖•天街开业，基石·渝皓杯开赛。', yes: [], no: ['龙湖•天街/person', '基石·渝皓/person'] },
  { rule: 'a grammar character after a transliterated name stays out', text: '美国总统克林顿派代表祝贺，前总理季莫申科因病缺席。', yes: ['克林顿/person', '季莫申科/person'], no: ['克林顿派/person', '季莫申科因/person'] },
  { rule: 'a split-off last character of a transliterated name stays in', text: '前商务部长芭芭拉·弗兰克林出席。', yes: ['芭芭拉·弗兰克林/person'], no: [] },
  { rule: 'common nouns the dictionary tags as names', text: '发表白皮书，服用布洛芬，依据安全法，两国的默契，据塔斯社报道', yes: [], no: ['白皮书/person', '布洛芬/person', '安全法/person', '默契/person', '塔斯社/person'] },
  { rule: 'two-character nouns opening with a surname character', text: '迎接龙年，公司高管表示颜值很重要，马方表示同意，陈方认为不妥。', yes: [], no: ['龙年/person', '高管/person', '颜值/person', '马方/person', '陈方/person'] },
  { rule: 'two countries by their one-character names', text: '赵兑烈表示，韩中建交后，两国合作不断扩大；欧中应共同支持联合国，韩俄关系也受到关注。', yes: [], no: ['韩中/person', '欧中应/person', '欧中/person', '韩俄/person'] },
  { rule: 'idioms with a repeated character', text: '双方明里暗里较劲', yes: [], no: ['明里暗里/person'] },
  { rule: 'a name ending in 生 is still a name', text: '报告会上，黄宏生等人呼吁，博士生和高中生参加。', yes: ['黄宏生/person'], no: ['博士生/person', '高中生/person'] },
  { rule: 'a name cut after two characters before a title', text: '北京一所中学李铁辰校长说，学生很多。', yes: ['李铁辰/person'], no: ['李铁/person'] },
  { rule: 'a cut word before a title needs a surname shape', text: '该厂的工作很好校长说', yes: [], no: ['很好校/person'] },
  { rule: 'local places the dictionary tags as names', text: '在江西安义县万埠镇落成，在肯特郡试验', yes: ['安义县万埠镇/place', '肯特郡/place'], no: ['万埠镇/person'] },
  { rule: 'a name the segmenter cut, between a role and a speech verb', text: '该公司控股股东武立新说，协议已经签署。', yes: ['武立新/person'], no: [] },
  { rule: 'a name that is a common word, between a role and a speech verb (past whom it was told), and wherever else it stands alone', text: '业内人士唐朝对记者表示，运力过剩。唐朝告诉记者，需求降速。首席经济学家明明称，降准及时。', yes: ['唐朝/person', '明明/person'], no: [] },
  { rule: '… past whom it was told, the outlet named before the reporter', text: '某研究院研究总监唐朝对每经记者表示，运力过剩。', yes: ['唐朝/person'], no: [] },
  { rule: 'a date between a role and a speech verb is no name', text: '业内人士周一表示，运力过剩。公司高管周末透露，订单很多。', yes: [], no: ['周一/person', '周末/person'] },
  { rule: 'a verb or a noun between a role and a speech verb is no name', text: '记者查询发现，该公司已注销。巴菲特在股东信中再次强调，关注净利润。', yes: [], no: ['查询/person', '信中/person'] },
  { rule: 'the people of a place are no place', text: '此事引起香港市民关注。', yes: [], no: ['香港市民/place'] },
  { rule: 'a familiar name the segmenter does not know: 小 or 老 and a common surname', text: '前几天，小王把压岁钱存进了银行。老胡觉得，散户的利益要保护。', yes: ['小王/person', '老胡/person'], no: [] },
  { rule: 'a familiar-name shape that is an everyday word, or old money: none', text: '他给了服务员小费，老房子要拆了，老钱家族很低调。', yes: [], no: ['小费/person', '老房/person', '老钱/person'] },
  { rule: 'a surname before a title of office stays out', text: '唐外长说，他亲眼看到了。', yes: [], no: ['唐/person'] },
];

for (const c of CASES) {
  test(`people: ${c.rule}`, () => {
    const got = typed(c.text);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}

test('people: the Japanese full-name list answers whole names only', async () => {
  const { isJapaneseFullName } = await import('../../server/src/analysis/entities/builtins');
  assert.equal(isJapaneseFullName('岸田文雄'), true);
  assert.equal(isJapaneseFullName('大堀彩'), true);
  assert.equal(isJapaneseFullName('岸田'), false);
  assert.equal(isJapaneseFullName('中华人民'), false);
  assert.equal(isJapaneseFullName('岸田文雄首相'), false);
});

test('people: a royal title after a transliterated name outweighs the model, which reads 威廉 a body there', () => {
  const text = '王位的下一个继承人是威廉王子。';
  const got = findEntityMentions(text, tokenize(text, loadSegmenter()), new Map(), loadEntityModel());
  assert.deepEqual(got.filter((m) => m.text === '威廉').map((m) => `${m.type}/${m.rule}`), ['person/royal-name']);
});
