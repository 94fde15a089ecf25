/**
 * Invented documents the family fixtures publish (small, realistic in form: title, 文号, issuer, 落款 date).
 * Nothing here was copied from a real site; the place names are real so jurisdictions validate.
 */
export interface FixtureDocument {
  /** Path on the sample site. */
  path: string;
  title: string;
  docNumber: string | null;
  issuer: string;
  /** 成文 (落款) date, YYYY-MM-DD. */
  written: string;
  /** Day it was published on the site, YYYY-MM-DD. */
  published: string;
  body: readonly string[];
}

const notice = (subject: string, lines: readonly string[], issuer: string, written: string): string[] => {
  const [y, m, d] = written.split('-').map(Number);
  return [...lines.map((l) => l.replace('{subject}', subject)), issuer, `${y}年${m}月${d}日`];
};

export function doc(path: string, title: string, docNumber: string | null, issuer: string, written: string, published: string, lines: readonly string[]): FixtureDocument {
  return { path, title, docNumber, issuer, written, published, body: notice(title, lines, issuer, written) };
}

/** A generic 通知 body: addressees, two articles, the closing. */
export const NOTICE_BODY: readonly string[] = [
  '各县（市、区）人民政府，市政府各部门：',
  '现将有关事项通知如下：',
  '一、各单位要高度重视，明确责任分工，确保各项工作落实到位。',
  '二、本通知自印发之日起施行。',
];

/** The land notice that appears on two sites (the county government's and its 自然资源局's). */
export const LAND_NOTICE_BODY: readonly string[] = [
  '因中牟县2024年度第3批次城镇建设用地项目建设需要，拟征收官渡镇大孟村集体土地，现将有关事项预告如下：',
  '一、征收范围：官渡镇大孟村，东至村道，南至郑民高速，西至规划路，北至大孟村民组，面积约12.5公顷。',
  '二、征收目的：用于城镇建设。',
  '三、土地现状调查：自本公告发布之日起，由中牟县自然资源局会同官渡镇人民政府开展土地现状调查。',
  '四、自本公告发布之日起，在拟征收范围内抢栽抢建的，不予补偿。',
];
