/**
 * The words of personnel acts (data for ./appointments.ts): triggers, list headers, and the
 * cheap pre-checks that keep long documents fast.
 */

/** What a trigger word does to the names after it. */
export type Verb = 'appoint-as' | 'remove' | 'accept' | 'decide';

/** Cheap pre-check: without one of these words a text holds no personnel act. */
export const ANY_TRIGGER = /任命|免去|聘任|聘用|聘请|解聘|辞去|不再担任|同志[为任]|决定[^。；\n]{0,20}代理|代理[^。；，\n]{0,20}职务/;
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

