/**
 * The national registry's raw table: per province, the provincial government gazette (省政府公报) and one city
 * and three counties whose 政府信息公开/政府文件 column and land-notice column (征地信息公开, 自然资源局 公示公告)
 * are watched. Names come from the divisions dataset by code (build-registry.ts); only what a site is
 * (host, column, CMS family) is written here.
 *
 * Provenance: a few entry pages were seen in public crawler projects (noted `ref`); the rest follow the
 * well-known public URL patterns of each province's portal (TRS t{yyyymmdd}_ detail pages, Hanweb /col/ and
 * /art/ columns, 政务公开 column paths). None could be fetched from the build machine: all are unverified
 * until `gw sources verify` confirms them from a deployed stack.
 */

/** How a column is read; the builder turns it into a discovery definition. */
export type Family = 'trs' | 'paginated' | 'hanweb' | 'attachments' | 'index-pdf';

export interface Column {
  url: string;
  family: Family;
  /** Link pattern for paginated/index families (default: TRS t{yyyymmdd}_ detail pages). */
  linkPattern?: string;
}

export interface Place {
  code: string;
  /** The government site (https://host/); column paths below are appended to it. */
  host: string;
  /** 政府信息公开 / 政府文件 column. */
  docs: Column;
  /** Land notices: 征地信息公开 or the 自然资源局's 公示公告. */
  land: Column;
  landName?: string;
}

export interface ProvinceEntry {
  pinyin: string;
  code: string;
  /** Null when the province file already carries its gazette (Shanxi). */
  gazette: (Column & { name?: string }) | null;
  city: Place;
  counties: [Place, Place, Place];
}

const trs = (url: string): Column => ({ url, family: 'trs' });
const att = (url: string): Column => ({ url, family: 'attachments' });
const pag = (url: string, linkPattern: string): Column => ({ url, family: 'paginated', linkPattern });
const han = (url: string): Column => ({ url, family: 'hanweb' });

/** The common county layout: 政府信息公开 → 政府文件, and 重点领域 → 征地信息 (attachments are the notices' PDFs). */
const county = (code: string, host: string, docsPath = '/zwgk/zfxxgk/zfwj/', landPath = '/zwgk/zdlyxxgk/zdxx/'): Place => ({
  code,
  host,
  docs: trs(`https://${host}${docsPath}`),
  land: att(`https://${host}${landPath}`),
});
/** A city: its government's 政府文件 column and its 自然资源和规划局's 公示公告. */
const city = (code: string, host: string, landHost: string, docsPath = '/zwgk/zfwj/', landPath = '/gsgg/'): Place => ({
  code,
  host,
  docs: trs(`https://${host}${docsPath}`),
  land: att(`https://${landHost}${landPath}`),
  landName: '自然资源和规划局 公示公告',
});
export const NATIONAL: readonly ProvinceEntry[] = [
  { pinyin: 'beijing', code: '110000', gazette: trs('https://www.beijing.gov.cn/zhengce/gongbao/'),
    city: { code: '110000', host: 'www.beijing.gov.cn', docs: trs('https://www.beijing.gov.cn/zhengce/zhengcefagui/'), land: att('https://ghzrzyw.beijing.gov.cn/zhengwuxinxi/tzgg/'), landName: '规划和自然资源委员会 通知公告' }, // ref: ghzrzyw tzgg
    counties: [county('110108', 'www.bjhd.gov.cn'), county('110105', 'www.bjchy.gov.cn'), county('110112', 'www.bjtzh.gov.cn')] },
  { pinyin: 'tianjin', code: '120000', gazette: trs('https://www.tj.gov.cn/zwgk/szfgb/'),
    city: { code: '120000', host: 'www.tj.gov.cn', docs: trs('https://www.tj.gov.cn/zwgk/szfwj/'), land: att('https://ghhzrzy.tj.gov.cn/zwgk_143/tzgg/'), landName: '规划和自然资源局 通知公告' },
    counties: [county('120116', 'www.tjbh.gov.cn'), county('120114', 'www.tjwq.gov.cn'), county('120115', 'www.baodi.gov.cn')] },
  { pinyin: 'hebei', code: '130000', gazette: pag('https://www.hebei.gov.cn/columns/szfgb/index.html', '/columns/[0-9a-f-]{36}/\\d{6}/\\d{2}/[0-9a-f-]{36}\\.html$'),
    city: city('130100', 'www.sjz.gov.cn', 'zrzy.sjz.gov.cn'),
    counties: [county('130123', 'www.zd.gov.cn'), county('130183', 'www.jzs.gov.cn'), county('130125', 'www.xingtang.gov.cn')] },
  { pinyin: 'shanxi', code: '140000', gazette: null,
    city: city('141100', 'www.lvliang.gov.cn', 'zrzyj.lvliang.gov.cn'),
    counties: [county('141102', 'www.lishi.gov.cn'), county('140826', 'www.jiangxian.gov.cn'), county('140621', 'www.shanyin.gov.cn', '/zwgk/zfwj/', '/zwgk/zdxx/')] },
  { pinyin: 'neimenggu', code: '150000', gazette: trs('https://www.nmg.gov.cn/zwgk/zfgb/'), // ref: nmg zwgk/zfgb t-date detail pages
    city: city('150100', 'www.huhhot.gov.cn', 'zrzyj.huhhot.gov.cn'),
    counties: [county('150102', 'www.xinchengqu.gov.cn'), county('150105', 'www.saihan.gov.cn'), county('150121', 'www.tmtzq.gov.cn')] },
  { pinyin: 'liaoning', code: '210000', gazette: pag('https://www.ln.gov.cn/web/zwgkx/zfgb/index.shtml', '/web/zwgkx/zfgb/.+/index\\.shtml$'), // web-idx dialect (ref: ln.gov.cn /web/zwgkx/…)
    city: city('210100', 'www.shenyang.gov.cn', 'zrzyj.shenyang.gov.cn', '/zwgk/zfwj/'),
    counties: [county('210112', 'www.hunnan.gov.cn'), county('210181', 'www.xinmin.gov.cn'), county('210124', 'www.faku.gov.cn')] },
  { pinyin: 'jilin', code: '220000', gazette: trs('http://www.jl.gov.cn/zw/gb/'),
    city: city('220100', 'www.changchun.gov.cn', 'zrzyj.changchun.gov.cn'),
    counties: [county('220112', 'www.shuangyang.gov.cn'), county('220183', 'www.dehui.gov.cn'), county('220122', 'www.nongan.gov.cn')] },
  { pinyin: 'heilongjiang', code: '230000', gazette: pag('https://www.hlj.gov.cn/hlj/c107858/list.shtml', '/hlj/c\\d+/\\d{6}/c\\d+_\\d+\\.shtml$'),
    city: city('230100', 'www.harbin.gov.cn', 'zrzyj.harbin.gov.cn'),
    counties: [county('230112', 'www.hrbacq.gov.cn'), county('230183', 'www.shangzhi.gov.cn'), county('230124', 'www.hljfz.gov.cn')] },
  { pinyin: 'shanghai', code: '310000', gazette: pag('https://www.shanghai.gov.cn/gwk/gongbao/index.html', '/nw\\d+/\\d{8}/[0-9a-f]{32}\\.html$'),
    city: { code: '310000', host: 'www.shanghai.gov.cn', docs: pag('https://www.shanghai.gov.cn/xxzfgzwj/index.html', '/nw\\d+/\\d{8}/[0-9a-f]{32}\\.html$'), land: att('https://ghzyj.sh.gov.cn/gzdt/'), landName: '规划和自然资源局 工作动态' }, // ref: ghzyj.sh.gov.cn
    counties: [county('310115', 'www.pudong.gov.cn'), county('310112', 'www.shmh.gov.cn'), county('310117', 'www.songjiang.gov.cn')] },
  { pinyin: 'jiangsu', code: '320000', gazette: { ...han('https://www.jiangsu.gov.cn/col/col81677/index.html'), name: '江苏省人民政府公报' }, // ref: jiangsu col81677 = 省政府公报 (jpage)
    city: { code: '320100', host: 'www.nanjing.gov.cn', docs: trs('https://www.nanjing.gov.cn/zdgk/'), land: att('https://ghj.nanjing.gov.cn/xxgkn/tzgg/'), landName: '规划和自然资源局 通知公告' },
    counties: [county('320115', 'www.jiangning.gov.cn'), county('320117', 'www.njls.gov.cn'), county('320111', 'www.pukou.gov.cn')] },
  { pinyin: 'zhejiang', code: '330000', gazette: han('https://www.zj.gov.cn/col/col1229019364/index.html'), // column id recalled, not seen in a reference
    city: { code: '330100', host: 'www.hangzhou.gov.cn', docs: han('https://www.hangzhou.gov.cn/col/col1229063382/index.html'), land: han('https://ghzy.hangzhou.gov.cn/col/col1228962860/index.html') /* column ids recalled */, landName: '规划和自然资源局 公示公告' },
    counties: [county('330110', 'www.yuhang.gov.cn'), county('330109', 'www.xiaoshan.gov.cn'), county('330122', 'www.tonglu.gov.cn')] },
  { pinyin: 'anhui', code: '340000', gazette: pag('https://www.ah.gov.cn/public/column/6781.html', '/public/\\d+/\\d+\\.html$'),
    city: city('340100', 'www.hefei.gov.cn', 'zrzyhghj.hefei.gov.cn'),
    counties: [county('340121', 'www.changfeng.gov.cn'), county('340122', 'www.feidong.gov.cn'), county('340181', 'www.chaohu.gov.cn')] },
  { pinyin: 'fujian', code: '350000', gazette: trs('http://www.fujian.gov.cn/zwgk/szfgb/'),
    city: city('350100', 'www.fuzhou.gov.cn', 'zygh.fuzhou.gov.cn'),
    counties: [county('350121', 'www.minhou.gov.cn'), county('350181', 'www.fuqing.gov.cn'), county('350122', 'www.fzlj.gov.cn')] },
  { pinyin: 'jiangxi', code: '360000', gazette: han('https://www.jiangxi.gov.cn/col/col5871/index.html'), // column id recalled, not seen in a reference
    city: city('360100', 'www.nc.gov.cn', 'zrzyj.nc.gov.cn'),
    counties: [county('360121', 'www.ncx.gov.cn'), county('360123', 'www.anyi.gov.cn'), county('360124', 'www.jinxian.gov.cn')] },
  { pinyin: 'shandong', code: '370000', gazette: han('http://www.shandong.gov.cn/col/col305158/index.html'), // ref: /col/ index lists /art/ links
    city: { code: '370100', host: 'www.jinan.gov.cn', docs: han('http://www.jinan.gov.cn/col/col121799/index.html'), land: han('http://nrp.jinan.gov.cn/col/col7341/index.html') /* column id recalled */, landName: '自然资源和规划局 公示公告' },
    counties: [county('370112', 'www.licheng.gov.cn'), county('370124', 'www.pingyin.gov.cn'), county('370126', 'www.shanghe.gov.cn')] },
  { pinyin: 'henan', code: '410000', gazette: trs('https://www.henan.gov.cn/zwgk/zfgb/'), // ref: henan zwgk/zfgb
    city: city('410100', 'www.zhengzhou.gov.cn', 'zrzyj.zhengzhou.gov.cn'),
    counties: [county('410122', 'www.zhongmu.gov.cn'), county('410181', 'www.gongyishi.gov.cn'), county('410183', 'www.xinmi.gov.cn')] },
  { pinyin: 'hubei', code: '420000', gazette: trs('https://www.hubei.gov.cn/zwgk/zfgb/'), // ref: hubei zwgk/zfgb
    city: city('420100', 'www.wuhan.gov.cn', 'zrzyhgh.wuhan.gov.cn'),
    counties: [county('420115', 'www.jiangxia.gov.cn'), county('420116', 'www.huangpi.gov.cn'), county('420117', 'www.xinzhou.gov.cn')] },
  { pinyin: 'hunan', code: '430000', gazette: trs('http://www.hunan.gov.cn/hnszf/szf/hnzb/'),
    city: city('430100', 'www.changsha.gov.cn', 'zygh.changsha.gov.cn'),
    counties: [county('430121', 'www.csx.gov.cn'), county('430181', 'www.liuyang.gov.cn'), county('430182', 'www.ningxiang.gov.cn')] },
  { pinyin: 'guangdong', code: '440000', gazette: pag('https://www.gd.gov.cn/zwgk/gongbao/', '/zwgk/gongbao/\\d{4}/\\d+/content/post_\\d+\\.html$'), // ref: gd gongbao post_ pages
    city: { code: '440100', host: 'www.gz.gov.cn', docs: pag('https://www.gz.gov.cn/zwgk/fggw/szfwj/', '/content/post_\\d+\\.html$'), land: { url: 'https://ghzyj.gz.gov.cn/gkmlpt/index', family: 'paginated', linkPattern: '/content/post_\\d+\\.html$' }, landName: '规划和自然资源局 政府信息公开' },
    counties: [county('440113', 'www.panyu.gov.cn'), county('440114', 'www.huadu.gov.cn'), county('440115', 'www.gzns.gov.cn')] },
  { pinyin: 'guangxi', code: '450000', gazette: trs('http://www.gxzf.gov.cn/zfgb/'),
    city: city('450100', 'www.nanning.gov.cn', 'zrzyj.nanning.gov.cn'),
    counties: [county('450123', 'www.longan.gov.cn'), county('450124', 'www.mashan.gov.cn'), county('450125', 'www.shanglin.gov.cn')] },
  { pinyin: 'hainan', code: '460000', gazette: pag('https://www.hainan.gov.cn/hainan/szfgb/list.shtml', '/hainan/\\w+/\\d{6}/[0-9a-f]{32}\\.shtml$'), // hexmon dialect (ref)
    city: city('460100', 'www.haikou.gov.cn', 'zzgj.haikou.gov.cn'),
    counties: [county('460106', 'www.longhua.gov.cn'), county('460107', 'www.qiongshan.gov.cn'), county('469001', 'www.wzs.gov.cn')] },
  { pinyin: 'chongqing', code: '500000', gazette: trs('https://www.cq.gov.cn/zwgk/zfxxgkml/szfwj/szfgb/'),
    city: { code: '500000', host: 'www.cq.gov.cn', docs: trs('https://www.cq.gov.cn/zwgk/zfxxgkml/szfwj/qtgw/'), land: att('https://ghzrzyj.cq.gov.cn/zwgk_186/fdzdgknr/tzgg/'), landName: '规划和自然资源局 通知公告' },
    counties: [county('500112', 'www.ybq.gov.cn'), county('500113', 'www.cqbn.gov.cn'), county('500229', 'www.cqck.gov.cn')] },
  { pinyin: 'sichuan', code: '510000', gazette: pag('https://www.sc.gov.cn/10462/c103042/szfgb.shtml', '/10462/c\\d+/\\d{4}/\\d{1,2}/\\d{1,2}/[0-9a-f]{32}\\.shtml$'), // schex dialect (ref)
    city: city('510100', 'www.chengdu.gov.cn', 'mpnr.chengdu.gov.cn'),
    counties: [county('510116', 'www.shuangliu.gov.cn'), county('510117', 'www.pidu.gov.cn'), county('510181', 'www.djy.gov.cn')] },
  { pinyin: 'guizhou', code: '520000', gazette: trs('https://www.guizhou.gov.cn/zwgk/zfgb/'),
    city: city('520100', 'www.guiyang.gov.cn', 'zrzyghj.guiyang.gov.cn'),
    counties: [county('520113', 'www.gzbaiyun.gov.cn'), county('520121', 'www.kaiyang.gov.cn'), county('520123', 'www.xiuwen.gov.cn')] },
  { pinyin: 'yunnan', code: '530000', gazette: trs('https://www.yn.gov.cn/zwgk/zfxxgk/zfgb/'),
    city: city('530100', 'www.km.gov.cn', 'zrzyj.km.gov.cn'),
    counties: [county('530112', 'www.xishan.gov.cn'), county('530124', 'www.kmfm.gov.cn'), county('530181', 'www.ans.gov.cn')] },
  { pinyin: 'xizang', code: '540000', gazette: trs('https://www.xizang.gov.cn/zwgk/zfxxgk/zfgb/'), // t-date dialect (ref: xizang.gov.cn /zwgk/zfxxgk/…)
    city: city('540100', 'www.lasa.gov.cn', 'zrzyj.lasa.gov.cn'),
    counties: [county('540121', 'www.linzhou.gov.cn'), county('540123', 'www.nimu.gov.cn'), county('540124', 'www.qushui.gov.cn')] },
  { pinyin: 'shaanxi', code: '610000', gazette: trs('http://www.shaanxi.gov.cn/zfxxgk/zfgb/'),
    city: city('610100', 'www.xa.gov.cn', 'zygh.xa.gov.cn'),
    counties: [county('610116', 'www.changanqu.gov.cn'), county('610117', 'www.xagaoling.gov.cn'), county('610118', 'www.huyi.gov.cn')] },
  { pinyin: 'gansu', code: '620000', gazette: trs('https://www.gansu.gov.cn/gsszf/c100054/zfgb.shtml'),
    city: city('620100', 'www.lanzhou.gov.cn', 'zrzyj.lanzhou.gov.cn'),
    counties: [county('620121', 'www.yongdeng.gov.cn'), county('620122', 'www.gaolan.gov.cn'), county('620123', 'www.yuzhong.gov.cn')] },
  { pinyin: 'qinghai', code: '630000', gazette: trs('http://www.qinghai.gov.cn/xxgk/xxgkml/zfgb/'),
    city: city('630100', 'www.xining.gov.cn', 'zrzyj.xining.gov.cn'),
    counties: [county('630121', 'www.datong.gov.cn'), county('630123', 'www.huangyuan.gov.cn'), county('630106', 'www.huangzhong.gov.cn')] },
  { pinyin: 'ningxia', code: '640000', gazette: trs('https://www.nx.gov.cn/zwgk/zfgb/'), // t-date dialect (ref: nx.gov.cn /zwgk/…)
    city: city('640100', 'www.yinchuan.gov.cn', 'zrzyj.yinchuan.gov.cn'),
    counties: [county('640121', 'www.nxyn.gov.cn'), county('640122', 'www.nxhl.gov.cn'), county('640181', 'www.lingwu.gov.cn')] }, // ref: nxyn.gov.cn zwgk/zfgb t-date
  { pinyin: 'xinjiang', code: '650000', gazette: pag('https://www.xinjiang.gov.cn/xinjiang/zfgb/zfgb.shtml', '/xinjiang/\\w+/\\d{6}/[0-9a-f]{32}\\.shtml$'), // hexmon dialect (ref)
    city: city('650100', 'www.urumqi.gov.cn', 'zrzyj.urumqi.gov.cn'),
    counties: [county('650104', 'www.xsq.gov.cn'), county('650106', 'www.ttk.gov.cn'), county('650121', 'www.wlmqx.gov.cn')] },
];
