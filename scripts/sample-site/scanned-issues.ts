/**
 * The two scanned publications of the sample site (issue 20). Their text is written here (the seeds hold no
 * scanned issue); each is laid out as a text PDF first — the "seed PDF" — then its pages are rendered and
 * degraded like a scan (raster.ts). The lines are also the ground truth of the OCR bench.
 *
 * - 离石区公报 2023年第1期: a fully scanned issue (every page an image), three documents.
 * - 绛县公报 2024年第2期: a land notice whose text pages have a text layer and whose 附件 pages are images only.
 */
export interface ScannedPublication {
  sourceId: string;
  path: string;
  title: string;
  published: string;
  runningHeader: string;
  /** Lines laid out with a text layer (none for a fully scanned issue's text, which is all in `scannedLines`). */
  textLines: readonly string[];
  /** Lines whose pages become images only. */
  scannedLines: readonly string[];
  /** Skew in degrees and noise of the scan: the degraded case of the bench. */
  skewDegrees: number;
  noise: number;
}

export const lishiScanned: ScannedPublication = {
  sourceId: 'lishi-gazette',
  path: '/lishi-gazette/upload/2023/lsgb-2023-01.pdf',
  title: '吕梁市离石区人民政府公报2023年第1期（扫描版）',
  published: '2023-03-31',
  runningHeader: '吕梁市离石区人民政府公报　2023年第1期',
  textLines: [],
  skewDegrees: 0.6,
  noise: 0.0015,
  scannedLines: [
    '吕梁市离石区人民政府 关于王海军等同志职务任免的通知',
    '',
    '离政发〔2023〕2号',
    '',
    '各乡(镇)人民政府、街道办事处,区直各单位:',
    '经二〇二三年三月六日区政府党组会议研究决定:',
    '任命:',
    '王海军同志为区住房和城乡建设局副局长;',
    '赵丽娟同志为区卫生健康局副局长。',
    '免去:',
    '孙志强同志区住房和城乡建设局副局长职务;',
    '周建国同志区水利局副局长职务。',
    '特此通知',
    '',
    '吕梁市离石区人民政府 2023年3月8日',
    '(此件公开发布)',
    '',
    '',
    '吕梁市离石区人民政府 关于拟征收信义镇千年村集体土地的预公告',
    '',
    '离政函〔2023〕6号',
    '',
    '因离石区城市棚户区改造项目建设需要，拟征收信义镇千年村集体土地。为保障被征收土地农村集体经济组织和农户的合法权益，根据《中华人民共和国土地管理法》《中华人民共和国土地管理法实施条例》等有关规定，现将有关事项预公告如下：',
    '一、征收范围：信义镇千年村，具体以实地勘测定界为准。',
    '二、征收目的：用于城市棚户区改造项目建设。',
    '三、拟征收土地面积：约8.6公顷。',
    '四、土地现状调查：自本预公告发布之日起，区自然资源局会同信义镇人民政府开展土地现状调查，被征收土地的所有权人、使用权人应当予以配合。',
    '五、自本预公告发布之日起，任何单位和个人不得在拟征收范围内抢栽抢建；违反规定抢栽抢建的，对抢栽抢建部分不予补偿。',
    '六、对征收土地有异议的，可自本预公告发布之日起15日内向区自然资源局书面提出。',
    '联系电话：0358-8222516',
    '',
    '吕梁市离石区人民政府 2023年3月15日',
    '',
    '',
    '吕梁市离石区人民政府办公室 关于印发离石区农村人居环境整治提升实施方案的通知',
    '',
    '离政办发〔2023〕4号',
    '',
    '各乡(镇)人民政府、街道办事处,区直各有关单位:',
    '《离石区农村人居环境整治提升实施方案》已经区人民政府同意，现印发给你们，请结合实际，认真贯彻落实。',
    '一、工作目标。到2025年底，全区农村卫生厕所普及率稳步提高，生活垃圾收运处置体系实现行政村全覆盖，生活污水治理率达到百分之三十以上。',
    '二、重点任务。扎实推进农村厕所革命，加快农村生活污水治理，健全生活垃圾收运处置体系，整治提升村容村貌。',
    '三、保障措施。各乡(镇)人民政府、街道办事处是农村人居环境整治的责任主体，要明确专人负责，每季度末将工作进展报区农业农村局。',
    '',
    '吕梁市离石区人民政府办公室 2023年3月20日',
  ],
};

export const jiangxianAttachments: ScannedPublication = {
  sourceId: 'jiangxian-gazette',
  path: '/jiangxian-gazette/zfgb/2024/jxzfgb-2024-02.pdf',
  title: '绛县人民政府公报2024年第2期',
  published: '2024-06-28',
  runningHeader: '绛县人民政府公报　2024年第2期（总第2期）',
  skewDegrees: -0.4,
  noise: 0.001,
  textLines: [
    '绛县人民政府 关于绛县2024年度第一批次城镇建设用地征收土地的公告',
    '',
    '绛政告〔2024〕3号',
    '',
    '经山西省人民政府批准，绛县2024年度第一批次城镇建设用地征收古绛镇东外村、南樊镇城内村集体土地。根据《中华人民共和国土地管理法》第四十八条的规定，现将有关事项公告如下：',
    '一、征收土地的位置和面积：古绛镇东外村、南樊镇城内村，共计12.35公顷，具体见附件一。',
    '二、征收土地的补偿标准：按照山西省人民政府公布的区片综合地价执行，具体见附件二。',
    '三、被征收土地的所有权人、使用权人应当自本公告发布之日起30日内，持土地权属证书到县自然资源局办理征地补偿登记。逾期未办理的，以前期调查结果为准。',
    '四、本公告张贴于被征收土地所在村，公告期为30日。',
    '',
    '附件：一、征收土地范围及面积',
    '二、征收土地补偿标准',
    '',
    '绛县人民政府 2024年6月20日',
  ],
  scannedLines: [
    '附件一',
    '征收土地范围及面积',
    '',
    '一、古绛镇东外村：东至绛山路，南至规划二号路，西至东外村村道，北至涑水河堤，面积7.21公顷。',
    '二、南樊镇城内村：东至城内村村界，南至大交线，西至规划五号路，北至城内村村道，面积5.14公顷。',
    '以上两宗地合计12.35公顷，其中农用地11.02公顷，建设用地0.98公顷，未利用地0.35公顷。',
    '',
    '',
    '附件二',
    '征收土地补偿标准',
    '',
    '一、土地补偿费和安置补助费：按区片综合地价每亩4.6万元计算，其中土地补偿费占百分之四十，安置补助费占百分之六十。',
    '二、青苗补偿费：每亩一千二百元。',
    '三、地上附着物补偿：按照绛县人民政府公布的补偿标准执行。',
    '四、被征地农民社会保障费用：按照每亩八千元的标准足额缴纳，专项用于被征地农民社会保险补贴。',
  ],
};

export const scannedPublications: readonly ScannedPublication[] = [lishiScanned, jiangxianAttachments];
