/**
 * The names of the days of the week as a date written after its day's name says them
 * (dates.ts): English with its short forms (`Tue 1 Dec 2026`, `Thurs`), and the full names in the
 * languages whose month names dates read (monthNames.ts), as teams there copy a date from a
 * calendar: `viernes, 12 de marzo de 2027`, `venerdì 12 marzo 2027`, `Freitag, 12. März 2027`,
 * `sexta-feira, 12 de março de 2027`, `piątek, 12 marca 2027`, `Senin, 15 Maret 2027`, `Thứ Sáu, 12/03/2027`,
 * `petak, 26. veljače 2027.`, and after it, as Turkish writes it: `12 Mart 2027 Cuma`. Other languages' short forms are
 * left out: they name different days from one language to the next (`ma` is Monday in Dutch and
 * Tuesday in Spanish, `mar` is a month in English). A name is looked up without its accents.
 */
import { withoutLatinAccents } from '../text.js';

/** The days' names in English, Sunday first: what findings say. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Each language's names, Sunday first, written as the language writes them. */
const OTHER_LANGUAGES: readonly (readonly (readonly string[])[])[] = [
  // French
  [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
  // Spanish
  [['domingo'], ['lunes'], ['martes'], ['miércoles'], ['jueves'], ['viernes'], ['sábado']],
  // Italian
  [['domenica'], ['lunedì'], ['martedì'], ['mercoledì'], ['giovedì'], ['venerdì'], ['sabato']],
  // German, with Sonnabend as the north and east of Germany say Saturday
  [['sonntag'], ['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend']],
  // Portuguese
  [['domingo'], ['segunda-feira'], ['terça-feira'], ['quarta-feira'], ['quinta-feira'], ['sexta-feira'], ['sábado']],
  // Dutch
  [['zondag'], ['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag']],
  // Polish
  [['niedziela'], ['poniedziałek'], ['wtorek'], ['środa'], ['czwartek'], ['piątek'], ['sobota']],
  // Indonesian, with Ahad for Sunday as Muslim usage says it
  [['minggu', 'ahad'], ['senin'], ['selasa'], ['rabu'], ['kamis'], ['jumat'], ['sabtu']],
  // Turkish, written after the date as Turkish calendars write it (`12 Mart 2027 Cuma`)
  [['pazar'], ['pazartesi'], ['salı'], ['çarşamba'], ['perşembe'], ['cuma'], ['cumartesi']],
  // Vietnamese, which counts Monday as the second day (`Thứ Hai`, `Thứ 2`) and Saturday as the seventh
  [
    ['chủ nhật'],
    ['thứ hai', 'thứ 2'],
    ['thứ ba', 'thứ 3'],
    ['thứ tư', 'thứ 4'],
    ['thứ năm', 'thứ 5'],
    ['thứ sáu', 'thứ 6'],
    ['thứ bảy', 'thứ 7'],
  ],
  // Croatian
  [['nedjelja'], ['ponedjeljak'], ['utorak'], ['srijeda'], ['četvrtak'], ['petak'], ['subota']],
];

/** A day's name, in small letters and without accents, to its day, 0 for Sunday; one name for two days throws. */
const WEEKDAYS: ReadonlyMap<string, number> = weekdaysByName();

function weekdaysByName(): Map<string, number> {
  const days = new Map<string, number>();
  const add = (name: string, day: number): void => {
    const key = withoutLatinAccents(name);
    const known = days.get(key);
    if (known !== undefined && known !== day) throw new Error(`"${name}" names two days`);
    days.set(key, day);
  };
  WEEKDAY_NAMES.forEach((name, day) => {
    const full = name.toLowerCase();
    for (const form of [full, full.slice(0, 3)]) add(form, day);
    if (day === 2) add('tues', day);
    if (day === 4) for (const form of ['thur', 'thurs']) add(form, day);
    for (const language of OTHER_LANGUAGES) for (const form of language[day]!) add(form, day);
  });
  return days;
}

/** The day a name in small letters says, 0 for Sunday; undefined for any other word. */
export function weekdayOf(word: string): number | undefined {
  return WEEKDAYS.get(withoutLatinAccents(word));
}
