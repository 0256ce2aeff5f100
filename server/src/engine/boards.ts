/**
 * The names of the boards that decide as a group, in the words the plans of each country write
 * them: one list, so a new board's name is added in one place.
 */
import { withoutLatinAccents } from './text.js';

/**
 * A board or steering group, which decides as a group (`Project Board`, `Programme board`,
 * `Steering committee`, `SteerCo`, a ministry's `Executive Committee` (an insurer's `Exco`), a US
 * university's `Board of Trustees` or `Board of Regents`, ITIL's change advisory board: `CAB`,
 * `ECAB`; a German company's steering committee, named in German in English plans too:
 * `Lenkungsausschuss`, `Lenkungskreis`, `Steuerkreis`; a Swiss company's project board,
 * `Projektausschuss`, executive board, `Geschäftsleitung`, and board of directors, `Verwaltungsrat`
 * (`Conseil d'administration` in Romandie); a Gulf government entity's `Higher
 * Committee`; a French steering committee, `COPIL` (`Comité de pilotage`), and a French executive
 * committee, `CODIR` (`Comité de direction`); a Mexican steering committee, `Comité Directivo`
 * (`Comité de Dirección`), and change advisory board, `Comité de Cambios` (`Comité de Control de
 * Cambios`); an Italian steering committee, `Comitato Guida` (`Comitato di Pilotaggio`, `Comitato
 * di Progetto`), executive committee, `Comitato di Direzione` (`Comitato Direttivo`, `Comitato
 * Esecutivo`), and board of directors, `CdA` (`Consiglio di Amministrazione`); a Polish steering
 * committee, `Komitet Sterujący`, a Polish company's management board, `Zarząd` (`Zarząd Banku`,
 * `Zarząd Spółki`), and its supervisory board, `Rada Nadzorcza`; a Spanish steering committee as Spain's companies and banks write it,
 * `Comité de Seguimiento` (`Comité de Proyecto`), executive committee, `Comité Ejecutivo`
 * (`Comisión Ejecutiva`), and board of directors, `Consejo de Administración`, each also without
 * its accents; a Hong Kong government project's steering committee, `PSC` (Project Steering
 * Committee), and the tender boards that award its contracts, `Departmental Tender Committee` and
 * `Central Tender Board`; a Korean bank's or agency's steering committee, `운영위원회` (`추진위원회`,
 * `정보화추진위원회`), management committee, `경영위원회`, board of directors, `이사회`, and its
 * `IT Committee` (`IT위원회`); an Indonesian bank's or state-owned enterprise's steering committee,
 * `Komite Pengarah` (`Komite Pengarah Proyek`, `Komite Pengarah TI`), its `Komite TI`, `Komite
 * Eksekutif`, board of directors, `Direksi` (`Dewan Direksi`), and board of commissioners, `Dewan
 * Komisaris`; a Chinese bank's or company's project steering committee, `项目指导委员会`
 * (`指导委员会`), board of directors, `董事会`, and change advisory board, `变更咨询委员会` (`变更委员会`),
 * each also in traditional characters; a Turkish bank's or insurer's steering committee, `Yönlendirme
 * Komitesi` (`Proje Yönlendirme Komitesi`, `BT Yönlendirme Komitesi`), project board, `Proje
 * Yürütme Kurulu`, board of directors, `Yönetim Kurulu`, executive committee, `İcra Kurulu`, and
 * change advisory board, `Değişiklik Danışma Kurulu`, each also without its Turkish letters;
 * a Vietnamese bank's project steering committee, `Ban Chỉ đạo` (`Ban Chỉ đạo dự án`), executive
 * board, `Ban Điều hành`, board of management, `Ban Tổng Giám đốc` (`BTGĐ`, `Ban Giám đốc`), board of
 * directors, `Hội đồng Quản trị` (`HĐQT`), and change advisory board, `Hội đồng Thay đổi`, written
 * here without their accents, and read with or without them;
 * a Croatian company's management board, `Uprava` (`Uprava Banke`, `Uprava Društva`), supervisory
 * board, `Nadzorni odbor`, and project steering committee, `Upravljački odbor projekta`
 * (`Upravljački odbor`, `Projektni odbor`), also without their accents;
 * a Thai bank's project steering committee, `คณะกรรมการกำกับโครงการ` (`คณะกรรมการกำกับดูแลโครงการ`),
 * executive committee, `คณะกรรมการบริหาร`, board of directors, `คณะกรรมการธนาคาร`, and IT committee,
 * `คณะกรรมการเทคโนโลยีสารสนเทศ` (`คณะกรรมการไอที`), and an `IT Steering Committee` as any company's):
 * written where one person must answer, the person who answers for its decision is meant.
 */
const BOARD_NAME =
  /^(?:the\s+)?(?:(?:(?:project|programme|program|transition|partnership|it)\s+)?(?:board|steering\s+(?:committee|group|board)|steerco|higher\s+committee)|psc|(?:(?:departmental|central)\s+)?tender\s+(?:board|committee)|board\s+of\s+(?:trustees|regents|governors|directors)|executive\s+committee|exco|lenkungsausschuss|lenkungskreis|steuerkreis|projektausschuss|gesch[äa]ftsleitung|verwaltungsrat|conseil\s+d['’]administration|copil|codir|comit[ée]\s+(?:directivo|ejecutivo|de\s+(?:pilotage|direction|direcci[óo]n|seguimiento|proyecto|(?:control\s+de\s+)?cambios))|comisi[óo]n\s+ejecutiva|consejo\s+de\s+administraci[óo]n|comitato\s+(?:guida|direttivo|esecutivo|di\s+(?:pilotaggio|progetto|direzione))|cda|consiglio\s+di\s+amministrazione|komitet\s+steruj[ąa]cy|zarz[ąa]d(?:\s+(?:banku|sp[óo][łl]ki))?|rada\s+nadzorcza|uprava(?:\s+(?:banke|dru[šs]tva))?|nadzorni\s+odbor|upravlja[čc]ki\s+odbor(?:\s+projekta)?|projektni\s+odbor|komite\s+(?:pengarah(?:\s+(?:proyek|ti|teknologi\s+informasi))?|ti|teknologi\s+informasi|eksekutif)|(?:dewan\s+)?direksi|dewan\s+komisaris|it\s*(?:committee|위원회)|(?:정보화)?추진위원회|운영위원회|경영위원회|이사회|(?:项目)?指导委员会|(?:項目)?指導委員會|董事会|董事會|变更(?:咨询)?委员会|變更(?:諮詢)?委員會|(?:(?:proje|bt)\s+)?y[öo]nlendirme\s+komitesi|proje\s+y[üu]r[üu]tme\s+kurulu|y[öo]netim\s+kurulu|[iı]cra\s+kurulu|de[ğg]i[şs]iklik\s+dan[ıi][şs]ma\s+kurulu|ban\s+chi\s+dao(?:\s+du\s+an)?|ban\s+dieu\s+hanh|ban\s+(?:tong\s+)?giam\s+doc|btgd|hoi\s+dong\s+(?:quan\s+tri|thay\s+doi)|hdqt|คณะกรรมการ(?:กำกับ(?:ดูแล)?โครงการ|บริหาร(?:ธนาคาร)?|ธนาคาร|เทคโนโลยีสารสนเทศ|ไอที)|e-?cab|(?:emergency\s+)?(?:cab|change\s+advisory\s+board))$/i;

/**
 * A board's short form in capitals, as registers introduce it in brackets after its name
 * (`Geschäftsleitung (GL)`, `Comité de pilotage (COPIL)`): capitals only, so a name in brackets is
 * who answered for it.
 */
export const BOARD_SHORT_FORM = String.raw`\p{Lu}{2,8}`;
const SHORT_FORM = new RegExp(`^${BOARD_SHORT_FORM}$`, 'u');

/** A name with another after it in brackets (`Steering Committee (운영위원회)`, `Geschäftsleitung (GL)`). */
const GLOSSED = /^([^()]+?)\s*\(([^()]+)\)$/;

/** Whether `ref` names a board: also with its name in another language, or its short form, in brackets after it. */
export function isBoardName(ref: string): boolean {
  const t = ref.trim();
  if (isBoard(t)) return true;
  const glossed = GLOSSED.exec(t);
  if (!glossed || !isBoard(glossed[1]!)) return false;
  const inside = glossed[2]!.trim();
  return SHORT_FORM.test(inside) || isBoard(inside);
}

/**
 * Whether `name` is a board's name (BOARD_NAME), also without its accents (`Hội đồng Quản trị`, `Hoi
 * dong Quan tri`; Turkish `İ`, which a case-blind pattern does not take for `i`, is `I` so: `İCRA KURULU`).
 */
const isBoard = (name: string): boolean =>
  BOARD_NAME.test(name) || (/[^\x20-\x7e]/.test(name) && BOARD_NAME.test(withoutLatinAccents(name)));
