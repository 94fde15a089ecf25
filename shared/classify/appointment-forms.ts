/**
 * The words of personnel acts (data for ./appointments.ts): triggers, list headers, and the
 * cheap pre-checks that keep long documents fast.
 */

/** What a trigger word does to the names after it. */
export type Verb = 'appoint-as' | 'remove' | 'accept' | 'decide';

/** Cheap pre-check: without one of these words a text holds no personnel act (found by plain substring search). */
export const TRIGGER_WORDS: readonly string[] = [
  '任命', '免去', '聘任', '聘用', '聘请', '解聘', '辞去', '辞职', '请辞', '不再担任', '不再兼任', '罢免', '撤销', '终止',
  '当选', '选举', '补选', '选出', '拟任', '推选', '同志为', '同志任', '代理',
];
/** Lines read before the first trigger (a header may sit on the line above its entries). */
export const LINES_BEFORE_TRIGGER = 1;

/** Header before '：' that opens a list, by the mode of its entries. */
export const APPOINT_HEADER = /(?:决定)?(?:任命|聘任|聘用|聘请)(?:如下|(?:以下|下列)(?:同志|人员))?$/;
export const REMOVE_HEADER = /(?:决定)?(?:免去|解聘|免职)(?:如下|(?:以下|下列)(?:同志|人员)(?:的?职务)?)?$/;
export const DECIDE_HEADER = /决定$/;

/** Trigger words inside a clause, longest first where one starts another. */
export const TRIGGERS: ReadonlyArray<{ word: string; verb: Verb }> = [
  { word: '决定任命', verb: 'appoint-as' },
  { word: '决定聘任', verb: 'appoint-as' },
  { word: '决定免去', verb: 'remove' },
  { word: '决定接受', verb: 'accept' },
  { word: '决定由', verb: 'decide' },
  { word: '任命', verb: 'appoint-as' },
  { word: '聘任', verb: 'appoint-as' },
  { word: '聘用', verb: 'appoint-as' },
  { word: '聘请', verb: 'appoint-as' },
  { word: '免去', verb: 'remove' },
  { word: '解聘', verb: 'remove' },
  { word: '接受', verb: 'accept' },
  { word: '同意', verb: 'accept' },
  { word: '决定', verb: 'decide' },
];

/** Outside a list, a clause without one of these cannot hold an act (cheap skip). */
export const CLAUSE_HINT = /任命|免去|聘|辞去|代理|不再担任|同志|决定|接受|同意|：/;


/* Sentence forms (./appointment-acts.ts). Each trigger is tried on one clause (a sentence cut at ，). */

/** Cheap pre-check of a sentence. */
export const ACT_HINT = /任命|免去|罢免|撤销|辞去|辞职|请辞|不再担任|不再兼任|终止|当选|选举|补选|选出|聘任|聘请|聘用|推选|代理|决定|拟任/;
/** 接受/同意 …辞去…职务的请求: every resignation in the clause. */
export const ACCEPT_TRIGGER = /(?:决定)?(?:接受|同意|批准)了?(?=[^，]{2,60}辞(?:去|职))/;
/** 免去, 罢免, 撤销 with the names after them. */
export const REMOVE_TRIGGER = /(?:决定)?(?:免去|罢免了?|撤销了?)(?!职务)/;
/** A被罢免了P职务 / A被聘任为P / A被选举为P: names before the verb. */
export const PASSIVE_TRIGGER = /被(罢免|任命|聘任|聘请|选举|选)了?为?/;
/** A因工作变动、B因年龄原因请辞P (accepted by the decision that reports it): names before the verb. */
export const REQUEST_TRIGGER = /请辞/;
/** A当选为P: names before the verb. */
export const ELECT_BEFORE_TRIGGER = /当选为?/;
/** 选举A为P, 补选A为P, 选举产生了A、B为P. */
export const ELECT_AFTER_TRIGGER = /(?:选举产生了?|无记名投票选举|选举|补选|选出)(?!办法|结果|工作|产生新|日|时间|的|权|会)/;
/** 任命A为P, 聘任A为P, 推选…A代理P. */
export const APPOINT_TRIGGER = /(?:决定)?(?:任命|聘任|聘请|聘用|推选)了?(?!书|证书|仪式|事项|名单|人员|的|职务|案|议案|意见)/;
/** 决定A为P (代理), 决定由A代理P. */
export const DECIDE_TRIGGER = /决定(?=由|其为|[\u4e00-\u9fa5·]{2,8}(?:同志)?(?:为|代理))/;
/** A不再担任P职务. */
export const NO_LONGER_TRIGGER = /不再(?:担任|兼任)/;
/** A的P职务相应终止. */
export const TERMINATED_TRIGGER = /(?:职务|资格)(?:相应|自行|依法)?终止/;
/** 拟任P (任前公示). */
export const NOMINATE_TRIGGER = /拟任(?!命|职|用)/g;
/** What follows 拟任 in the text around a 公示 but is not a post (拟任人选, 拟任…的干部). */
export const NOMINATE_NOT_POSTS = /人选|干部|人员|对象|的同志/;
/** 对多名拟任P的干部进行公示: a 公示 of people for one post, whose names a later sentence lists. */
export const NOMINATED_GROUP = /拟任(?!命|职|用)([^，。]{2,40}?)的(?:干部|人选|同志|人员|对象)/;
/** 进入公示名单的还有A、B / 公示对象为A、B: the names of the 公示 announced before. */
export const NOMINEE_LIST = /公示(?:名单|对象|人选)(?:中|里)?的?(?:还|另)?(?:有|为|是|包括)：?/;
/** How many sentences after the announced 公示 its list of names may come. */
export const NOMINEE_LIST_REACH = 2;
