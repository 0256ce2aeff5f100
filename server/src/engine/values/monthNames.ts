/**
 * The names of the months as dates write them (dates.ts): in English, in French as French teams
 * write them in plans reported in English (`12 mars 2027`, `1er avril 2027`, `3 févr. 2027`), and
 * in Spanish as Mexican teams write them (`12 de marzo de 2027`, `12-mar-2027`, `3 ene. 2027`),
 * in Italian as Italian teams write them (`15 marzo 2027`, `1° aprile 2027`, `30 lug 2027`), and
 * in Polish as Polish teams write them (`15 marca 2027`, `1 kwietnia 2027`, `3 paź 2027`), and
 * in German, Portuguese and Dutch (`15. März 2027`, `15 de março de 2027`, `15 maart 2027`), and
 * in Indonesian (`12 Maret 2027`, `1 Agustus 2027`, `3 Des 2026`), in Turkish (`12 Mart 2027`,
 * `14 Mayıs 2027`, `3 Eki 2027`), in Croatian (`12. ožujka 2027.`), and in Thai (`12 มีนาคม 2570`,
 * `12 มี.ค. 2570`), whose year is of the Buddhist Era (buddhistEra.ts).
 * No name is another language's name for another month (a test checks it), but for the few in
 * TWO_WAY_MONTHS, which a date reads by what it says of its language, or asks about.
 */

const ENGLISH = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Each French month's names, with and without its accents (`février`, `fevrier`), and the
 * abbreviations English does not write too (`sept`, `oct`, `nov` are both).
 */
const FRENCH: readonly (readonly string[])[] = [
  ['janvier', 'janv'],
  ['février', 'fevrier', 'févr', 'fevr', 'fév', 'fev'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil'],
  ['août', 'aout'],
  ['septembre'],
  ['octobre'],
  ['novembre'],
  ['décembre', 'decembre', 'déc'],
];

/**
 * Each Spanish month's names and the abbreviations English and French do not write too (`mar`,
 * `may`, `jun`, `jul`, `sep`, `oct`, `nov` are English; `set`, `setiembre` as some countries write September).
 */
const SPANISH: readonly (readonly string[])[] = [
  ['enero', 'ene'],
  ['febrero'],
  ['marzo'],
  ['abril', 'abr'],
  ['mayo'],
  ['junio'],
  ['julio'],
  ['agosto', 'ago'],
  ['septiembre', 'setiembre', 'set'],
  ['octubre'],
  ['noviembre'],
  ['diciembre', 'dic'],
];

/**
 * Each Italian month's names and the abbreviations the others do not write too (`feb`, `mar`,
 * `apr`, `nov` are English; `ago`, `set`, `dic` and `marzo`, `agosto` Spanish; `novembre` French).
 */
const ITALIAN: readonly (readonly string[])[] = [
  ['gennaio', 'gen'],
  ['febbraio', 'febb'],
  ['marzo'],
  ['aprile'],
  ['maggio', 'mag'],
  ['giugno', 'giu'],
  ['luglio', 'lug'],
  ['agosto'],
  ['settembre', 'sett'],
  ['ottobre', 'ott'],
  ['novembre'],
  ['dicembre'],
];

/**
 * Each Polish month's names: the genitive a date writes (`15 marca 2027`, `1 kwietnia 2027`), the
 * nominative a month alone is named with (`marzec 2027`), both also without their accents, as
 * keyboards and systems without them write them (`wrzesnia`, `pazdziernika`), and the
 * abbreviations the others do not write too (`mar`, `lip`… `sty`, `kwi`; `maj` is May's nominative).
 */
const POLISH: readonly (readonly string[])[] = [
  ['stycznia', 'styczeń', 'styczen', 'sty'],
  ['lutego', 'luty', 'lut'],
  ['marca', 'marzec'],
  ['kwietnia', 'kwiecień', 'kwiecien', 'kwi'],
  ['maja', 'maj'],
  ['czerwca', 'czerwiec', 'cze'],
  ['lipca', 'lipiec', 'lip'],
  ['sierpnia', 'sierpień', 'sierpien', 'sie'],
  ['września', 'wrzesnia', 'wrzesień', 'wrzesien', 'wrz'],
  ['października', 'pazdziernika', 'październik', 'pazdziernik', 'paź', 'paz'],
  // `listopada`, `listopad`: November in Polish, October in Croatian (TWO_WAY_MONTHS).
  ['lis'],
  ['grudnia', 'grudzień', 'grudzien', 'gru'],
];

/**
 * Each German month's names, with `ä` spelled out or dropped (`März`, `Maerz`, `Marz`), Austria's
 * `Jänner`, and the abbreviations the others do not write too (`Mrz`, `Okt`, `Dez`).
 */
const GERMAN: readonly (readonly string[])[] = [
  ['januar', 'jänner', 'jaenner', 'janner', 'jän'],
  ['februar'],
  ['märz', 'maerz', 'marz', 'mär', 'mrz'],
  ['april'],
  ['mai'],
  ['juni'],
  ['juli'],
  ['august'],
  ['september'],
  ['oktober', 'okt'],
  ['november'],
  ['dezember', 'dez'],
];

/** Each Portuguese month's names, with and without `ç` (`março`, `marco`), and `out` for October. */
const PORTUGUESE: readonly (readonly string[])[] = [
  ['janeiro'],
  ['fevereiro'],
  ['março', 'marco'],
  ['abril'],
  ['maio'],
  ['junho'],
  ['julho'],
  ['agosto'],
  ['setembro'],
  ['outubro', 'out'],
  ['novembro'],
  ['dezembro'],
];

/** Each Dutch month's names, and `mrt` for March. */
const DUTCH: readonly (readonly string[])[] = [
  ['januari'],
  ['februari'],
  ['maart', 'mrt'],
  ['april'],
  ['mei'],
  ['juni'],
  ['juli'],
  ['augustus'],
  ['september'],
  ['oktober'],
  ['november'],
  ['december'],
];

/**
 * Each Indonesian month's names, with the old spellings `Pebruari` and `Nopember`, and the
 * abbreviations the others do not write too (`Agt`, `Agu`, `Ags`, `Des`; `Mei` is Dutch too).
 */
const INDONESIAN: readonly (readonly string[])[] = [
  ['januari'],
  ['februari', 'pebruari'],
  ['maret'],
  ['april'],
  ['mei'],
  ['juni'],
  ['juli'],
  ['agustus', 'agt', 'agu', 'ags'],
  ['september'],
  ['oktober'],
  ['november', 'nopember'],
  ['desember', 'des'],
];

/**
 * Each Turkish month's names, also without their Turkish letters (`Şubat`, `Subat`; `Mayıs`,
 * `Mayis`, as `MAYIS` is lowered), and the abbreviations Turkish systems print that the others do
 * not write too (`Oca`, `Şub`, `Nis`, `Haz`, `Tem`, `Eyl`, `Eki`, `Kas`, `Ara`; `Mar`, `May` are
 * English, `Ağu` Indonesian).
 */
const TURKISH: readonly (readonly string[])[] = [
  ['ocak', 'oca'],
  ['şubat', 'subat', 'şub', 'sub'],
  ['mart'],
  ['nisan', 'nis'],
  ['mayıs', 'mayis'],
  ['haziran', 'haz'],
  ['temmuz', 'tem'],
  ['ağustos', 'agustos', 'ağu'],
  ['eylül', 'eylul', 'eyl'],
  ['ekim', 'eki'],
  ['kasım', 'kasim', 'kas'],
  ['aralık', 'aralik', 'ara'],
];

/**
 * Each Croatian month's names: the genitive a date writes (`12. ožujka 2027.`), the nominative a
 * month alone is named with (`ožujak 2027.`), both also without their accents (`ozujka`,
 * `sijecnja`), `studenog` as `studenoga` is also written, and `velj.`. October's `listopada` is
 * in TWO_WAY_MONTHS; other abbreviations are left out (`lip.` is July in Polish, June here).
 */
const CROATIAN: readonly (readonly string[])[] = [
  ['siječnja', 'sijecnja', 'siječanj', 'sijecanj'],
  ['veljače', 'veljace', 'veljača', 'veljaca', 'velj'],
  ['ožujka', 'ozujka', 'ožujak', 'ozujak'],
  ['travnja', 'travanj'],
  ['svibnja', 'svibanj'],
  ['lipnja', 'lipanj'],
  ['srpnja', 'srpanj'],
  ['kolovoza', 'kolovoz'],
  ['rujna', 'rujan'],
  [],
  ['studenoga', 'studenog', 'studeni'],
  ['prosinca', 'prosinac'],
];

/** A month one name names in a language, for a name two languages give to different months. */
export interface MonthInLanguage {
  readonly language: 'Croatian' | 'Polish';
  readonly month: number;
}

/**
 * The names two languages whose dates are read give to different months: `listopad` (and its
 * genitive `listopada`) is October in Croatian and November in Polish. A date with one reads it
 * by what the date says of its language (dates.ts `languageOfDate`), else asks which is meant.
 */
export const TWO_WAY_MONTHS: ReadonlyMap<string, readonly MonthInLanguage[]> = new Map(
  ['listopada', 'listopad'].map((name) => [
    name,
    [
      { language: 'Croatian', month: 10 },
      { language: 'Polish', month: 11 },
    ],
  ]),
);

/**
 * The month names of TWO_WAY_MONTHS' languages that show a plan is in that language: each
 * month's name of five letters or more (no abbreviation), but Polish `maja`, a Croatian given name.
 */
export const LANGUAGE_MONTHS: Readonly<Record<MonthInLanguage['language'], readonly string[]>> = {
  Croatian: CROATIAN.flat().filter((n) => n.length >= 5),
  Polish: POLISH.flat().filter((n) => n.length >= 5 && n !== 'maja'),
};

/**
 * Each Thai month's name and its abbreviation, written with points (`มี.ค.`; here without the
 * last, as the others' abbreviations are) and without them (`มีค`). A date written with them
 * writes its year in the Buddhist Era, as Thai documents do (buddhistEra.ts).
 */
const THAI: readonly (readonly string[])[] = [
  ['มกราคม', 'ม.ค', 'มค'],
  ['กุมภาพันธ์', 'ก.พ', 'กพ'],
  ['มีนาคม', 'มี.ค', 'มีค'],
  ['เมษายน', 'เม.ย', 'เมย'],
  ['พฤษภาคม', 'พ.ค', 'พค'],
  ['มิถุนายน', 'มิ.ย', 'มิย'],
  ['กรกฎาคม', 'ก.ค', 'กค'],
  ['สิงหาคม', 'ส.ค', 'สค'],
  ['กันยายน', 'ก.ย', 'กย'],
  ['ตุลาคม', 'ต.ค', 'ตค'],
  ['พฤศจิกายน', 'พ.ย', 'พย'],
  ['ธันวาคม', 'ธ.ค', 'ธค'],
];

const THAI_NAMES: ReadonlySet<string> = new Set(THAI.flat());

/** Whether a month's name (as MONTHS keys it) is Thai, whose dates write the year in the Buddhist Era. */
export const isThaiMonthName = (name: string): boolean => THAI_NAMES.has(name.replace(/\.$/, ''));

/** A month's name in English as messages write it: `October` for 10. */
export const englishMonthName = (month: number): string => {
  const name = ENGLISH[month - 1]!;
  return name[0]!.toUpperCase() + name.slice(1);
};

/** A month's name in small letters, without its point, to its number: `nov`, `november`, `novembre`. */
export const MONTHS: ReadonlyMap<string, number> = monthsByName();

/** The languages' names, each to its month; one name for two months is a mistake here, and throws. */
function monthsByName(): Map<string, number> {
  const languages = [FRENCH, SPANISH, ITALIAN, POLISH, GERMAN, PORTUGUESE, DUTCH, INDONESIAN, TURKISH, CROATIAN, THAI];
  const months = new Map<string, number>();
  ENGLISH.forEach((full, i) => {
    // `Sept`, as English and French both shorten September.
    const names = [full.slice(0, 3), full, ...(i === 8 ? ['sept'] : []), ...languages.flatMap((l) => l[i]!)];
    for (const name of names) {
      const known = months.get(name);
      if (known !== undefined && known !== i + 1) throw new Error(`"${name}" names two months`);
      months.set(name, i + 1);
    }
  });
  return months;
}

/**
 * The words for a month's end (dates.ts MONTH_YEAR), in English, French, Spanish, Italian, German,
 * Portuguese, Dutch, Polish, Indonesian, Croatian (`kraj ožujka 2027.`, `krajem ožujka`), Thai
 * (`สิ้นเดือน`, `ปลายเดือน`) and Vietnamese (`cuối tháng 3/2027`: cjkDates.ts) before its name, and in
 * Turkish after its year (`Mart 2027 sonu`).
 */
export const MONTH_END: ReadonlySet<string> = new Set([
  'end',
  'fin',
  'finales',
  'fine',
  'ende',
  'final',
  'eind',
  'koniec',
  'akhir',
  'sonu',
  'cuối',
  'kraj',
  'krajem',
  'สิ้นเดือน',
  'ปลายเดือน',
]);

/**
 * The words for another part of a month before its name, in the same languages: its beginning
 * (`début mars`, `principios de marzo`, `inizio marzo`, `Anfang März`, `início de março`, `begin
 * maart`, `początek marca`, `awal Maret`, `ต้นเดือน มี.ค.`) and its middle (`mi-mars`, `mediados de marzo`, `metà marzo`, `Mitte
 * März`, `meados de março`, `half maart`, `połowa marca`, `pertengahan Maret`, Vietnamese `đầu tháng 4/2027`, `giữa tháng 4/2027`), each also without its accents; and in Turkish
 * after its year (`Haziran 2027 başı`, `Mart 2027 ortası`).
 */
export const MONTH_PART: readonly string[] = [
  ...['beginning', 'start', 'early', 'mid', 'late'],
  ...['début', 'debut', 'mi', 'courant'],
  ...['principios', 'comienzos', 'inicios', 'mediados'],
  ...['inizio', 'metà', 'meta'],
  ...['anfang', 'mitte'],
  ...['início', 'inicio', 'começo', 'comeco', 'meados'],
  ...['begin', 'half', 'medio'],
  ...['początek', 'poczatek', 'połowa', 'polowa'],
  ...['awal', 'pertengahan'],
  ...['başı', 'basi', 'ortası', 'ortasi'],
  ...['đầu', 'giữa'],
  ...['početak', 'pocetak', 'početkom', 'pocetkom', 'sredina', 'sredinom', 'polovica', 'polovicom'],
  ...['ต้นเดือน', 'กลางเดือน'],
];

/**
 * A word where a month's name may be, in small letters: French, Polish, German, Portuguese,
 * Turkish and Croatian names have accents and letters beyond ASCII (`août`, `déc`, `września`,
 * `grudzień`, `März`, `março`, `Şubat`, `Mayıs`, `Ağustos`, `Eylül`, `siječnja`, `veljače`, `ožujka`);
 * Thai names are in Thai letters, an abbreviation with points between them (`มี.ค`).
 */
export const MONTH_WORD = '(?:[a-zéûśźńäçşığüćčšž]+|[\\u0E01-\\u0E4E]+(?:\\.[\\u0E01-\\u0E4E]+)*)';

/**
 * A date's text in small letters, one letter for one (`.length` stays, so a position in one is a
 * position in the other): Turkish `İ` is `i`, not `i` and a dot above (`NİSAN`, `12 NİSAN 2027`).
 */
export const lowered = (text: string): string => text.replace(/İ/g, 'i').toLowerCase();

/**
 * Between a day, its month and its year: a space, a hyphen or a slash, and as Spanish writes a
 * date, `de` (`12 de marzo de 2027`), `del` before the year (`12 de marzo del 2027`).
 */
export const DATE_PART_SEPARATOR = String.raw`(?:\s+del?\s+|\s+|-|\/)`;

/**
 * An ordinal after a day: `20th`, the German point before a space (`15. März 2027`), the French
 * `1er` (premier) and the Italian `1°` (primo, also typed with the ordinal indicator `1º`), these
 * only after a 1 (`1er avril`, `1° aprile`), and Spanish `1.º` as the RAE writes it (`1.º de abril`).
 */
export const DAY_ORDINAL = '(?:st|nd|rd|th|\\.(?=\\s)|(?<=^1)(?:er|\\.?[°º]))?';
