/**
 * Names as Chinese colleagues write them in a plan otherwise in English: the family name in
 * Chinese characters and a job title joined after it (`张总` for the general manager Zhang, `刘经理`
 * for the manager Liu, `王主任`), which is no part of the name; the family name stands for the
 * stakeholders whose listed name (`LIU Yang 经理`, `ZHANG Wei (张伟)`) has it in pinyin, or in
 * Cantonese romanisation as Hong Kong writes it (`黄` is Huang and Wong), at either end: offered,
 * never applied (partOfName.ts), as two colleagues may share a family name.
 */

/**
 * A job title or form of address after a Chinese name, joined to it or after a space (`张总`, `LIU
 * Yang 经理`), in simplified and traditional characters: the general manager's and the executive's
 * `总`, the manager's `经理`, the director's `总监`, `主任`, a bank's branch head `行长`, a division's,
 * section's and department's heads `处长`, `科长`, `部长`, and `老师`, `先生`, `女士`.
 */
const HAN_TITLE_AFTER =
  /(?<=\S)\s*(?:总经理|總經理|经理|經理|总监|總監|总|總|主任|副行长|副行長|行长|行長|处长|處長|科长|科長|部长|部長|老师|老師|先生|女士)$/u;

/** `name` without the Chinese job title after it (`张总` is `张`), as it is when it has none. */
export function withoutHanTitle(name: string): string {
  // Most names end in a Latin letter: no Chinese character before U+3400.
  if (!(name.charCodeAt(name.length - 1) >= 0x3400)) return name;
  const m = HAN_TITLE_AFTER.exec(name);
  // The title alone, or a title after a name in brackets (`(总)`), is no name written with a title.
  return m && m.index > 0 ? name.slice(0, m.index) : name;
}

/**
 * The commonest Chinese family names, each in simplified and traditional characters where they
 * differ, by how they are romanised: in pinyin, and as Hong Kong romanises them (`陳` is Chen and Chan).
 */
const ROMANISED: readonly (readonly [string, readonly string[]])[] = [
  ['王', ['wang', 'wong']],
  ['李', ['li', 'lee']],
  ['张張', ['zhang', 'cheung']],
  ['刘劉', ['liu', 'lau']],
  ['陈陳', ['chen', 'chan']],
  ['杨楊', ['yang', 'yeung']],
  ['黄黃', ['huang', 'wong']],
  ['赵趙', ['zhao', 'chiu']],
  ['吴吳', ['wu', 'ng']],
  ['周', ['zhou', 'chow']],
  ['徐', ['xu', 'tsui']],
  ['孙孫', ['sun', 'suen']],
  ['马馬', ['ma']],
  ['朱', ['zhu', 'chu']],
  ['胡', ['hu', 'wu']],
  ['郭', ['guo', 'kwok']],
  ['何', ['he', 'ho']],
  ['高', ['gao', 'ko']],
  ['林', ['lin', 'lam']],
  ['罗羅', ['luo', 'law']],
  ['郑鄭', ['zheng', 'cheng']],
  ['梁', ['liang', 'leung']],
  ['谢謝', ['xie', 'tse']],
  ['宋', ['song', 'sung']],
  ['唐', ['tang', 'tong']],
  ['许許', ['xu', 'hui']],
  ['韩韓', ['han', 'hon']],
  ['冯馮', ['feng', 'fung']],
  ['邓鄧', ['deng', 'tang']],
  ['曹', ['cao', 'tso']],
  ['彭', ['peng', 'pang']],
  ['曾', ['zeng', 'tsang']],
  ['萧蕭肖', ['xiao', 'siu']],
  ['田', ['tian', 'tin']],
  ['董', ['dong', 'tung']],
  ['袁', ['yuan', 'yuen']],
  ['潘', ['pan', 'poon']],
  ['蒋蔣', ['jiang', 'tseung']],
  ['蔡', ['cai', 'choi']],
  ['余', ['yu', 'yue']],
  ['杜', ['du', 'to']],
  ['叶葉', ['ye', 'yip']],
  ['程', ['cheng', 'ching']],
  ['苏蘇', ['su', 'so']],
  ['魏', ['wei', 'ngai']],
  ['吕呂', ['lv', 'lu', 'lui']],
  ['丁', ['ding', 'ting']],
  ['沈', ['shen', 'shum']],
  ['姚', ['yao', 'yiu']],
  ['卢盧', ['lu', 'lo']],
  ['钟鍾', ['zhong', 'chung']],
  ['谭譚', ['tan', 'tam']],
  ['陆陸', ['lu', 'luk']],
  ['范', ['fan']],
  ['金', ['jin', 'kam']],
  ['廖', ['liao', 'liu']],
  ['贾賈', ['jia', 'ka']],
  ['方', ['fang', 'fong']],
  ['邹鄒', ['zou', 'chau']],
  ['孟', ['meng', 'mang']],
  ['秦', ['qin', 'chun']],
  ['邱', ['qiu', 'yau']],
  ['薛', ['xue', 'sit']],
  ['雷', ['lei', 'lui']],
  ['侯', ['hou', 'hau']],
  ['龙龍', ['long', 'lung']],
  ['顾顧', ['gu', 'koo']],
  ['钱錢', ['qian', 'chin']],
  ['麦麥', ['mai', 'mak']],
];

const FAMILY: ReadonlyMap<string, readonly string[]> = new Map(
  ROMANISED.flatMap(([written, romanised]) => [...written].map((c) => [c, romanised] as const)),
);

/** How a Chinese family name written alone in characters (`张`) is romanised (`zhang`, `cheung`), or undefined. */
export function romanisedFamilyName(written: string): readonly string[] | undefined {
  return written.length === 1 ? FAMILY.get(written) : undefined;
}
