import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typedMentions as typed } from '../helpers/entities';
import { bodyBeforeTitle } from '../../server/src/analysis/entities/organizations';

/** Organization rules: each with what it must and must not find. */
const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'unknown word glued before a team is cut off', text: '荷兰队逼平比利时队后出线', yes: ['比利时队/organization'], no: ['逼平比利时队'] },
  { rule: 'unknown word glued before a national body is cut off', text: '此事需向国家环保总局备案', yes: ['国家环保总局/organization'], no: ['需向国家环保总局'] },
  { rule: 'unknown word before an unknown name stays in it', text: '平度市崔马镇供销社营业员', yes: [], no: ['供销社/organization'] },
  { rule: 'a preposition glued into an unknown word opens no name, and the name grows no further left', text: '监管机构已在法院对星岳控股集团有限公司提起诉讼，该基金会由福茂集团成立。', yes: ['星岳控股集团有限公司/organization', '福茂集团/organization'], no: ['法院对星岳控股集团有限公司/organization', '对星岳控股集团有限公司/organization', '该基金会由福茂集团/organization'] },
  { rule: 'a verb inside a body grown whole takes the Latin-named body after it as its object', text: '他一直在旧金山市监督X公司的运营。', yes: ['X公司/organization', '旧金山市/place'], no: ['旧金山市监督X公司'] },
  { rule: '… not a body whose own name holds a verb', text: '国家市场监督管理总局发布通知。', yes: ['国家市场监督管理总局/organization'], no: [] },
  { rule: 'a verb of acting together (`会同`, `协同`) ends a grown name', text: '证监会会同公安部开展联合研判，南京市住建局协同南京市财政局核查资金。', yes: ['证监会/organization', '公安部/organization', '南京市财政局/organization'], no: ['证监会会同公安部/organization', '南京市住建局协同南京市财政局/organization'] },
  { rule: 'a count (`另一家`) ends a grown name', text: '2007年，陕西另一家造纸厂同样因排放污水被处罚。', yes: [], no: ['陕西另一家造纸厂/organization'] },
  { rule: 'a reporting verb ends a grown name', text: '俄罗斯媒体援引伊朗海军司令的话说', yes: ['伊朗海军/organization'], no: ['俄罗斯媒体援引伊朗海军/organization'] },
  { rule: '方面 (a side) ends a grown name', text: '他表示将与台湾方面陆委会保持沟通。', yes: ['陆委会/organization', '台湾/place'], no: ['台湾方面陆委会/organization'] },
  { rule: 'sports verb ends a grown name', text: '马赛战胜南非队后', yes: ['南非队/organization'], no: ['马赛战胜南非队'] },
  { rule: 'a ministry written only inside its minister’s title is no mention (the guideline names the person)', text: '他会见了芬兰农林部长', yes: [], no: ['芬兰农林部/organization', '农林部/organization'] },
  { rule: '部长 after a country alone is an office', text: '美国部长访华', yes: ['美国/place'], no: ['美国部/organization'] },
  { rule: 'provincial committee from a split 委', text: '吉林省委书记出席', yes: ['吉林省委/organization'], no: ['吉林省/place'] },
  { rule: 'local party committee named by its level', text: '市委决定，县委书记张三出席。', yes: ['市委/organization', '县委/organization'], no: ['县委书记'] },
  { rule: 'a city or county whose short name the segmenter reads as a word makes its full name with the level opening the head (forty-fifth round)', text: '海南省委常委、海口市委书记出席。同年调任进贤县委书记。', yes: ['海口市委/organization', '进贤县委/organization'], no: ['市委/organization', '县委/organization'] },
  { rule: 'a party committee alone is not named', text: '党委会分设，作为一级党委', yes: [], no: ['党委/organization'] },
  { rule: 'a body named by two portfolios joined by 和', text: '文化和旅游部发布了通知。人力资源和社会保障部表示，将加强监管。', yes: ['文化和旅游部/organization', '人力资源和社会保障部/organization'], no: ['旅游部/organization', '社会保障部/organization'] },
  { rule: 'two bodies joined by 和 stay two', text: '财政部和国防部联合发文，委员会主席和美国国家委员会成员出席。', yes: ['财政部/organization', '国防部/organization'], no: ['财政部和国防部/organization', '主席和美国国家委员会/organization'] },
  { rule: 'bare level before a body joins it', text: '乡卫生院和村党支部', yes: ['乡卫生院/organization', '村党支部/organization'], no: ['卫生院/organization'] },
  { rule: '常委 is a title, not part of the body', text: '省委常委会议', yes: ['省委/organization'], no: ['省委常委'] },
  { rule: 'schools counted after a place are a kind', text: '京津学校与273所河北中小学开展合作', yes: [], no: ['河北中小学'] },
  { rule: 'kinds of bodies after a place alone', text: '非洲球队和西藏部队，多家美国公司裁员', yes: [], no: ['非洲球队', '西藏部队', '美国公司'] },
  { rule: 'a bank after a country is named', text: '中国银行和美国银行', yes: ['中国银行/organization', '美国银行/organization'], no: [] },
  { rule: 'counted offices are not bodies', text: '议会两院议长，中医大三院', yes: [], no: ['两院', '三院'] },
  { rule: 'games and concerts are events', text: '亚运会和八运会期间举行音乐会，他是平昌冬奥会冠军', yes: [], no: ['亚运会', '八运会', '音乐会', '平昌冬奥会'] },
  { rule: 'dictionary nt acts are not bodies', text: '完成太空飞行，建行贷款', yes: [], no: ['太空飞行'] },
  { rule: 'party congress by its number', text: '中共十五大召开，学习党的十五大精神', yes: ['中共十五大/organization', '十五大/organization'], no: [] },
  { rule: 'ten or three big is no congress', text: '全省十大新闻，发展三大产业', yes: [], no: ['十大', '三大'] },
  { rule: 'a body after its own title word grows no second head', text: '财政部部长蓝佛安出席，国家文物局局长李群', yes: ['财政部/organization', '国家文物局/organization'], no: ['部', '局'] },
  { rule: 'a title is no portfolio', text: '苏格兰首席部长', yes: [], no: ['苏格兰首席部'] },
  { rule: 'abbreviation before a place stays in the name', text: '国网湖北电力调度控制中心', yes: ['国网湖北电力调度控制中心/organization'], no: ['湖北电力调度控制中心'] },
  { rule: 'abbreviated commission heads', text: '漳州市教委和山西省残联', yes: ['漳州市教委/organization', '山西省残联/organization'], no: [] },
  { rule: 'international bodies grown over 国际', text: '而国际游泳联合会规定', yes: ['国际游泳联合会/organization'], no: [] },
  { rule: 'international centres and teams are kinds', text: '建设国际金融中心，赴港的国际球队', yes: [], no: ['国际金融中心', '国际球队'] },
  { rule: 'numeral split off a group of countries', text: '特别是二十国集团，此前', yes: ['二十国集团/organization'], no: ['十国集团/organization'] },
  { rule: '任 before a body is a verb, not a given name', text: '王宏任贵州省委常委，他曾任上海市民政局局长', yes: ['王宏/person', '贵州省委/organization', '上海市民政局/organization'], no: ['王宏任', '曾任'] },
  { rule: 'a name ending in 任 elsewhere stays whole', text: '李任在北京', yes: ['李任/person'], no: [] },
  { rule: 'short forms of national organs are bodies, though the segmenter cuts them (`最高/a 法/j`)', text: '最高法发布典型案例，人社部网站同日发布通知。', yes: ['最高法/organization', '人社部/organization'], no: ['人社/organization'] },
  { rule: 'international organizations by their names and Xinhua’s short forms (`近东救济工程处`, `上合组织`, `无国界医生组织`)', text: '无国界医生组织在社交媒体上发文说，近东救济工程处已撤离，上合组织秘书处也发表声明，世界田联将派员调查。', yes: ['无国界医生组织/organization', '近东救济工程处/organization', '上合组织/organization', '世界田联/organization'], no: ['田联'] },
  { rule: 'a body of states the segmenter glued to its members (`东盟国家/n`) is the body', text: '中国和东盟国家有能力维护地区和平。', yes: ['东盟/organization'], no: ['东盟国家'] },
  { rule: 'national organs by their full names, though the segmenter cuts them (`应急/管理部`, `据/文化/和/旅游部`)', text: '据文化和旅游部官网显示，应急管理部国家减灾中心发布消息，应急管理部表示将加强督导。', yes: ['文化和旅游部/organization', '应急管理部/organization'], no: ['管理部', '旅游部'] },
  { rule: 'the PLA’s theatre commands and services, and bureaus under the State Council', text: '解放军南部战区组织海空兵力巡航，他出任火箭军参谋长助理。新成立的国家数据局内设机构亮相。', yes: ['南部战区/organization', '火箭军/organization', '国家数据局/organization'], no: [] },
  { rule: 'a body of the lexicon opening like a portfolio does not stop two portfolios joining (`体育总局` / `旅游和体育部`)', text: '哈萨克斯坦旅游和体育部副部长叶尔肯巴耶夫表示', yes: ['哈萨克斯坦旅游和体育部/organization'], no: ['体育部'] },
];

for (const c of CASES) {
  test(`organizations: ${c.rule}`, () => {
    const got = typed(c.text);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.some((g) => g === n || g.startsWith(`${n}/`)), `${n} not in ${got.join(' ')}`);
  });
}

/** [an organization span, the length of the body before a person's title ending it (0: none named; undefined: no such title)] */
const TITLED: [string, number | undefined][] = [
  ['青浦区委常委', 4],
  ['万山区委常委', 4],
  ['每经记者', 0],
  ['立委', 0],
  // (a party's name has no body's suffix: the segmenter's tag finds it on its own)
  ['民进党立委', 0],
  ['中国驻旧金山总领事', 0],
  // a title that goes on from the body's head (`部长`, `委员`), or none
  ['外交部长', undefined],
  ['中央纪委委员', undefined],
  ['国家统计局', undefined],
];

for (const [span, want] of TITLED) {
  test(`organizations: the body before a person's title in ${span}`, () => assert.equal(bodyBeforeTitle(span), want));
}
