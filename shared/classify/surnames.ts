/**
 * Common Chinese surnames (百家姓, the most frequent in use), as data: they tell where a person's name begins
 * when it is printed right after a post with nothing between (副主任徐新东代理主任).
 */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯', '端木', '南宫', '西门', '独孤', '呼延',
];

export const SURNAMES: ReadonlySet<string> = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'],
);

/** Characters that end posts (主任, 局长, 书记, 委员, 经理, 主席). */
const POST_END: ReadonlySet<string> = new Set([...'长任记员理席官委监事师']);

/** Whether `text` starts with a surname (compound or single). */
export function surnameLength(text: string): 0 | 1 | 2 {
  if (COMPOUND_SURNAMES.some((s) => text.startsWith(s))) return 2;
  return SURNAMES.has(text.charAt(0)) ? 1 : 0;
}

/**
 * The person's name at the end of `text` (…副主任徐新东 → 徐新东): three characters when the third last begins a
 * surname, else two when the second last does; null when no surname stands there.
 */
export function trailingName(text: string): string | null {
  // 主任李四, 书记王五: a character that ends a post is not the first of a three-character name.
  const third = text.charAt(text.length - 3);
  const lengths = POST_END.has(third) ? [2, 4] : [3, 2, 4];
  for (const length of lengths) {
    if (text.length < length) continue;
    const name = text.slice(text.length - length);
    const s = surnameLength(name);
    if (s === 0) continue;
    if (length === 4 && s !== 2) continue;
    return name;
  }
  return null;
}
