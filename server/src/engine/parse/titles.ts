/** The titles before a name and the honorifics after it, which are no part of the name (contract §2). */
import { withoutHanTitle } from './chineseName.js';
import { withoutHangulTitle } from './koreanName.js';

/** A given name and a word after it, as `M.` and `Me` come before (`M. Luc Bernard`): no initial. */
const GIVEN_NAME = "\\s+[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ]\\s+\\S";

/**
 * A title before a name: `Dr`, `Prof.`, `Ms`, `Sir`, a councillor's `Cllr` …; and as Malaysian
 * registers write them: `Encik` (`En.`), `Puan` (`Pn.`), `Cik`, `Haji` (`Hj.`),
 * `Hajah` (`Hjh.`), the federal and state titles `Tan Sri`, `Puan Sri`, `Datuk` (`Datuk Seri`),
 * `Dato'` (`Dato' Sri`, also without its apostrophe, as normPerson drops one after a vowel) and
 * `Datin`, and the professional `Ir.` (engineer) and `Ts.` (technologist);
 * as Nigerian registers write them: `Alhaji` (`Alh.`), `Alhaja`, `Hajiya`, `Mallam`, the engineer's
 * `Engr.` and the barrister's `Barr.` (with its point: Barr is a surname), also with a second title
 * in parentheses (`Dr. (Mrs.) Ngozi Eze`); as Indian registers write them: `Shri` (`Sh.`, with its
 * point) and `Smt.` (`Shrimati`); as German registers write them: the doctorates `Dr.-Ing.` and
 * `Dr. rer. nat.` (`rer. pol.`, `med.`, `phil.`, `jur.`), and the diplomas `Dipl.-Ing.`,
 * `Dipl.-Inf.`, `Dipl.-Kfm.`, `Dipl.-Wirt.-Ing.` (with its points, `(FH)` after it or not); as
 * Gulf registers write them: `H.E.` (His or Her Excellency, with its points), the engineer's
 * `Eng.` (with its point: Eng is a Chinese name, `Lim Eng Huat`), and `Sheikh`/`Sheikha`
 * (`Shaikh`); `H.E.` and `Sheikh` only before two words or more (`H. E. Bates` is initials,
 * `Sheikh Hasina` a name); as French registers write them: `Mme`, `Mlle`, `M.` (Monsieur) and
 * `Me` (Maître, a lawyer), `M.` and `Me` only before a given name of two letters or more and
 * another word (`M. J. Smith` and `M. Smith` are initials, `Me` alone a word); as Mexican registers write them:
 * `Lic.` (licenciado, licenciada), `Ing.` (engineer), `Arq.` (architect), each with its point (Ing
 * is a Swedish given name), `Mtro.` and `Mtra.` (maestro, a master's degree), `Dra.` (doctora),
 * and `C.P.` (contador público) only before two words or more (`C. P. Snow` is initials); as
 * Italian registers write them, each with its point: `Dott.` and `Dott.ssa` (`Dr.ssa`), a
 * graduate's, `Prof.ssa`, `Avv.` (avvocato), `Arch.` (architetto), `Geom.` (geometra), `Rag.`
 * (ragioniere: `RAG` is a status), `Sig.`, `Sig.ra` and `Sig.na`, and `Ing.` as Mexico's; as
 * Polish registers write them: `mgr` (magister), `inż.` (inżynier, with its point, and as `inz.`
 * without its letter), `dr hab.` (a habilitated doctor, before `dr` alone: `prof. dr hab. inż.` is
 * three titles), and `Pani` and `Pan` (Ms, Mr), `Pan` only before two words or more (`Pan Wei` is a
 * Chinese name); as Spanish registers in Spain write them: `D.` (don) only before a given name and
 * another word, as `M.` (`D. Smith` and `D. J. Smith` are initials), `Dña.` (`Dña`, also without
 * its tilde, `Dna.`), `Dª` (`D.ª`), `Sr.` (with its point), `Sra.` and `Srta.` (`Dr.` and `Dra.`
 * are read already); as Swiss registers write them: `Hr.` and `Fr.` (Herr, Frau), each with its
 * point (`Fr.` before an amount is the franc: values/currencies.ts), `Herr`, `Frau`, and the
 * licentiate `lic. iur.` (`lic. oec.`, `lic. phil.`, `lic. rer. pol.`, `lic. theol.`) and `Dr. oec.`;
 * as Indonesian registers and colleagues write them: `Bapak` (`Bpk.`, `Pak`), `Ibu`, and `Sdr.` and
 * `Sdri.` (Saudara, Saudari), with `Dr.` and `Ir.` read already (`Dr. Ir. Hendra Wijaya, M.Sc.`);
 * as Turkish registers write them: `Sayın` (also typed `Sayin`), `Doç.` (doçent, `Doc.` without its
 * letter: `Doç. Dr.` is two titles, as `Prof. Dr.` is), `Av.` (avukat) and `Müh.` (mühendis, `Muh.`),
 * these three with their point;
 * as Croatian registers write them: the master's and doctor's of science `mr. sc.` and `dr. sc.`,
 * `g.` (gospodin) only before a given name and another word (`G. H. Smith` is initials), `gđa` and `gđica` (also
 * typed `gdja`, `gdjica`), and `gospodin`, `gospođa`, `gospođica` in full;
 * as Thai registers and colleagues write them: `นาย`, `นาง`, `นางสาว` (`น.ส.`), `ดร.` (Mr, Mrs, Miss,
 * Dr), also joined to a name in Thai letters (`ดร.ปกรณ์`), and `คุณ` (`Khun`), which Thai writes
 * before a given name (`K. Somchai`, Khun shortened, is partOfName.ts').
 * Not `Bu`, Ibu shortened: it is a Chinese family name too (`Bu Xiaolin`).
 * As Vietnamese registers write them: `Ông` and `Bà` (Mr, Mrs), only with their accents (`Ong` is a
 * family name), and the degrees `ThS.` (master), `KS.` (engineer), `PGS.` and `GS.` (associate and
 * full professor), each with its point (`TS.`, a doctor, is read already: `Ts.`).
 * Not `Sri`: it begins given names (`Sri Harsha`, Indonesia's `Sri Mulyani`). Not `Tuan`: it is a
 * Vietnamese given name too (`Tuan Nguyen`). Not `Chief`: it begins job titles (`Chief Executive`
 * is not the Executive).
 */
const TITLES = `[md]r\\.\\s?sc(?=\\.)|g(?=\\.\\s+[^\\s.]{2,}\\s+\\S)|g(?:đ|dj|d)(?:a|ica)|gospo(?:din|đa|dja|da|đica|djica|dica)|dr\\.?-ing|dr\\.?\\s+hab(?=\\.)|dr\\.\\s?(?:rer\\.\\s?(?:nat|pol|oec|soc)|med|phil|jur|iur|oec)(?=\\.)|dipl\\.-[a-z]+(?:\\.-[a-z]+)?\\.(?:\\s?\\((?:fh|th|ba)\\))?|dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame|cllr|councillor|rev|revd|tan\\s+sri|puan\\s+sri|datuk\\s+seri|datuk|dato['’]?\\s+sri|dato['’]?|datin\\s+paduka|datin|encik|en|puan|pn|cik|haji|hj|hajah|hjh|ir|ts|alhaji|alh|alhaja|hajiya|mallam|engr|barr(?=\\.)|shri|sh(?=\\.)|shrimati|smt|h\\.\\s?e\\.(?=\\s+\\S+\\s+\\S)|eng(?=\\.)|(?:sheikh|shaikh)a?(?=\\s+\\S+\\s+\\S)|mme|mlle|m(?=\\.${GIVEN_NAME})|me(?=${GIVEN_NAME})|lic\\.\\s?(?:iur|oec|phil|rer\\.\\s?pol|theol)(?=\\.)|lic(?=\\.)|ing(?=\\.)|arq(?=\\.)|mtro|mtra|dra|c\\.\\s?p(?=\\.\\s+\\S+\\s+\\S)|dott\\.ssa|dott(?=\\.)|dr\\.ssa|prof\\.ssa|avv(?=\\.)|arch(?=\\.)|geom(?=\\.)|rag(?=\\.)|sig\\.(?:ra|na)|sig(?=\\.)|mgr|in[żz](?=\\.)|pani|pan(?=\\s+\\S+\\s+\\S)|d(?=\\.${GIVEN_NAME})|dña|dna(?=\\.)|d\\.?ª|sra|srta|sr(?=\\.)|herr|frau|hr(?=\\.)|fr(?=\\.)|bapak|bpk|pak|ibu|sdri?(?=\\.)|sayın|sayin|do[çc](?=\\.)|av(?=\\.)|m[üu]h(?=\\.)|ông|bà|ths(?=\\.)|ks(?=\\.)|pgs(?=\\.)|gs(?=\\.)|นางสาว|นาง|นาย|น\\.ส|ดร|คุณ|khun`;
const HONORIFIC = new RegExp(
  `^(?:(?:${TITLES})\\.?|\\((?:${TITLES})\\.?\\))\\s+(?=\\S)|^(?:นางสาว|นาง|นาย|น\\.ส\\.|ดร\\.|คุณ)(?=[\\u0E01-\\u0E4E])`,
  'i',
);
/**
 * A Japanese honorific after a name, joined by a hyphen as English written in Japan joins it:
 * `Tanaka-san`, `Morikawa-sama`. Not a separate word `san`: that ends names (`Aung San`).
 */
const HONORIFIC_AFTER = /(?<=\S)-(?:san|sama)$/i;

/**
 * A Turkish case ending after a name, with its apostrophe, as Turkish writes one on a proper noun
 * (`Kerem'e`, `Ayşe YILMAZ'ın`, `Mehmet Şahin'den`): the accusative, dative, genitive, locative,
 * ablative and instrumental, each with its buffer letter; and the honorifics after a given name,
 * `Bey` (Mr) and `Hanım` (Ms), also in capitals and with an ending (`Ahmet Bey'e`, `Ayşe Hanım'ın`,
 * `Ahmet BEY`). Not a capital after the apostrophe (`O'Neil`, `D'Souza`), nor another word.
 */
const TURKISH_AFTER =
  /(?<=\S)(?:\s+(?:[Bb]ey|BEY|[Hh]an[ıi]m|HANIM))?(?:['’](?:[yn]?[ıiuü]n?|[yn]?[ae]|n?[dt][ae]n?|y?l[ae]))?$/;
const TURKISH_ENDING_CAPITALS = /(?<=\S)['’](?:[YN]?[IİUÜ]N?|[YN]?[AE]|N?[DT][AE]N?|Y?L[AE])$/;

/**
 * A name without the titles before it ("Dr Jonas Feld" → "Jonas Feld", "Datuk Ir. Ahmad Kamal
 * bin Zainuddin" → "Ahmad Kamal bin Zainuddin") or the honorific or Korean rank after it
 * ("Tanaka-san" → "Tanaka", "Kim Minsu 부장" → "Kim Minsu", "张总" → "张", "Ahmet Bey'e" → "Ahmet"), or
 * undefined without one.
 */
export function withoutHonorific(name: string): string | undefined {
  let rest = name;
  for (let m = HONORIFIC.exec(rest); m; m = HONORIFIC.exec(rest)) rest = rest.slice(m[0].length);
  rest = rest.replace(TURKISH_ENDING_CAPITALS, '').replace(TURKISH_AFTER, '');
  rest = withoutHanTitle(withoutHangulTitle(rest.replace(HONORIFIC_AFTER, '')));
  return rest === name ? undefined : rest;
}

/**
 * How Vietnamese colleagues name one another: a title before the given name, the last word of a
 * Vietnamese name, as the family name is shared by many (`Anh An`, `Chị Ngọc`, and shortened in
 * small letters, `a. An`, `c. Ngọc`). Only before one word (`Anh Nguyen` may be a given name
 * and a family name), and `a.` and `c.` only in small letters (`A. Smith` is an initial): a part of
 * a name, offered, never applied (partOfName.ts).
 */
const GIVEN_NAME_TITLE = /^(?:(?:[Aa]nh|[Cc]hị)\s+|[ac]\.\s?)(?=\p{L}+$)/u;

/** A reference without a Vietnamese title before a given name (`Anh An` → `An`), or undefined without one. */
export function withoutGivenNameTitle(ref: string): string | undefined {
  const m = GIVEN_NAME_TITLE.exec(ref);
  return m ? ref.slice(m[0].length) : undefined;
}

/**
 * An Indonesian academic degree after a name, with its points, as Indonesian registers write them
 * (`Budi Santoso, S.Kom., M.T.`, `Rina Kusuma, S.E.`, `Dewi Lestari, S.H., M.Kn.`): the
 * bachelor's `S.` (sarjana) and the master's `M.` (magister) in a field (Kom, T, E, H, Si, Kn, M,
 * Ak …), the diploma's `A.Md.`, and the accountant's `Ak.`. `M.Sc.` and `MBA` are read already.
 */
/**
 * A Croatian degree after a name, with its points, as Croatian registers write them (`Marko Babić,
 * mag. ing. el.`, `Ana Kovačević, mag. oec.`, `Krešimir Perić, univ. spec. oec.`): the master's
 * `mag.`, the specialist's `univ. spec.` and `struč. spec.`, the bachelor's `bacc.` (`univ. bacc.`),
 * each in a field (`ing. el.`, `oec.`, `iur.`), and `mr. sc.`, `dr. sc.` written after the name.
 * `dipl. ing.` is read already, as the Swiss diplomas are.
 */
export const CROATIAN_DEGREE = String.raw`(?:[mM]ag|univ\.\s?(?:spec|bacc)|bacc|stru[čc]\.\s?spec|[md]r\.\s?sc)(?:\.\s?[a-z]+){0,3}`;

export const INDONESIAN_DEGREE = String.raw`[SM]\.\s?(?:Kom|T|E|H|Si|Sos|Psi|Ak|Pd|Kes|Ked|Farm|Hum|Kn|M|Tr|I\.\s?Kom|IP|P|Ds)|A\.\s?Md|Ak(?=\.)`;
