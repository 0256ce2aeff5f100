/**
 * Status words in the languages of the plans practitioners write (French, Spanish, Portuguese,
 * German, Italian, Dutch, Polish, Korean, Indonesian, Vietnamese, Chinese, Turkish, Croatian, Thai), which Handoff does not read: the
 * plan format's status words are English, and a register's template keeps them so. A word here is reported with the English word
 * it translates as its quick fix (values/words.ts), offered, never applied: `Terminé` under a
 * milestone's Status is Done. Only a word that translates to one status of its register is here;
 * a handover `Terminé` (handed over, but accepted?) is reported as any other word is. A rating
 * and a Met in those languages are translatedRatings.ts'.
 */
import type { WordList } from './statusWords.js';
import { withoutLatinAccents } from './text.js';

/** What a word says, whatever the register: each register reads some of these as one of its words. */
type Meaning =
  | 'notStarted'
  | 'planned'
  | 'inProgress'
  | 'atRisk'
  | 'late'
  | 'done'
  | 'cancelled'
  | 'open'
  | 'closed'
  | 'occurred'
  | 'transferred'
  | 'escalated'
  | 'ready'
  | 'accepted'
  | 'rejected'
  | 'proposed'
  | 'approved';

/**
 * The words of each meaning, French, Spanish, Portuguese, German, Italian, Dutch, Polish, Korean,
 * Indonesian, Vietnamese, Chinese (simplified, then traditional), Turkish, Croatian and Thai in turn.
 */
const SAID: Readonly<Record<Meaning, readonly string[]>> = {
  notStarted: [
    ...['Non démarré', 'Non commencé', 'À faire'],
    ...['No iniciado', 'No iniciada', 'Sin iniciar'],
    ...['Não iniciado', 'Não iniciada'],
    ...['Nicht begonnen', 'Nicht gestartet'],
    ...['Non iniziato', 'Non iniziata', 'Non avviato', 'Da fare'],
    ...['Niet gestart', 'Nog niet gestart'],
    ...['Nie rozpoczęto', 'Nierozpoczęty', 'Nierozpoczęte', 'Do zrobienia'],
    ...['미착수', '착수 전', '시작 전'],
    ...['Belum mulai', 'Belum dimulai'],
    ...['Chưa bắt đầu', 'Chưa thực hiện', 'Chưa triển khai'],
    ...['ยังไม่เริ่ม', 'ยังไม่ได้เริ่ม', 'ยังไม่ดำเนินการ'],
    ...['未开始', '未開始', '尚未开始'],
    ...['Başlamadı', 'Başlanmadı'],
    ...['Nije započeto', 'Nije započet', 'Nije započela', 'Nije pokrenuto'],
  ],
  planned: [
    ...['Planifié', 'Planifiée', 'Prévu', 'Prévue'],
    ...['Planificado', 'Planificada', 'Previsto', 'Prevista'],
    ...['Planejado', 'Planejada', 'Planeado', 'Planeada'],
    ...['Geplant'],
    ...['Pianificato', 'Pianificata'],
    ...['Gepland'],
    ...['Zaplanowany', 'Zaplanowana', 'Zaplanowane'],
    ...['계획', '예정'],
    ...['Direncanakan', 'Terjadwal'],
    ...['Đã lên kế hoạch', 'Theo kế hoạch'],
    ...['计划中', '已计划', '計劃中'],
    ...['Planlandı', 'Planlanan'],
    ...['Planirano', 'Planiran', 'Planirana'],
  ],
  inProgress: [
    ...['En cours'],
    ...['En curso', 'En progreso', 'En proceso'],
    ...['Em andamento', 'Em curso', 'Em progresso'],
    ...['In Arbeit', 'In Bearbeitung'],
    ...['In corso'],
    ...['Lopend', 'In uitvoering', 'In behandeling'],
    ...['W toku', 'W trakcie', 'W realizacji'],
    ...['진행 중', '진행중'],
    ...['Dalam proses', 'Sedang berjalan', 'Berjalan', 'Dalam pengerjaan', 'Sedang dikerjakan'],
    ...['Đang thực hiện', 'Đang triển khai', 'Đang tiến hành'],
    ...['กำลังดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ระหว่างดำเนินการ'],
    ...['进行中', '進行中'],
    ...['Devam ediyor', 'Devam eden', 'Sürüyor', 'Yürütülüyor'],
    ...['U tijeku', 'U izradi', 'U realizaciji'],
  ],
  atRisk: [
    ...['À risque', 'En risque'],
    ...['En riesgo'],
    ...['Em risco'],
    ...['Gefährdet'],
    ...['A rischio'],
    ...['In gevaar'],
    ...['Zagrożony', 'Zagrożona', 'Zagrożone'],
    ...['Berisiko'],
    ...['Có rủi ro', 'Có nguy cơ chậm'],
    ...['มีความเสี่ยง'],
    ...['有风险', '有風險'],
    ...['Riskli', 'Risk altında'],
  ],
  late: [
    ...['En retard'],
    ...['Retrasado', 'Retrasada', 'Atrasado', 'Atrasada', 'Con retraso'],
    ...['Em atraso'],
    ...['Verspätet', 'Verzögert', 'In Verzug', 'Im Verzug'],
    ...['In ritardo'],
    ...['Vertraagd', 'Te laat'],
    ...['Opóźniony', 'Opóźniona', 'Opóźnione'],
    ...['지연'],
    ...['Terlambat'],
    ...['Chậm tiến độ', 'Trễ hạn', 'Quá hạn', 'Chậm'],
    ...['ล่าช้า', 'ล่าช้ากว่าแผน'],
    ...['延迟', '延遲', '延期', '滞后', '滯後'],
    ...['Gecikmeli', 'Gecikmede', 'Gecikti'],
    ...['Kasni', 'U kašnjenju'],
  ],
  done: [
    ...['Terminé', 'Terminée', 'Achevé', 'Achevée', 'Atteint', 'Atteinte'],
    ...['Completado', 'Completada', 'Terminado', 'Terminada', 'Finalizado', 'Finalizada', 'Concluido', 'Concluida'],
    ...['Concluído', 'Concluída'],
    ...['Erledigt', 'Abgeschlossen', 'Erreicht'],
    ...['Completato', 'Completata', 'Concluso', 'Conclusa', 'Raggiunto', 'Raggiunta'],
    ...['Afgerond', 'Voltooid', 'Behaald'],
    ...[
      'Zakończony',
      'Zakończona',
      'Zakończone',
      'Wykonany',
      'Wykonana',
      'Wykonane',
      'Zrealizowany',
      'Zrealizowana',
      'Zrealizowane',
      'Osiągnięty',
    ],
    ...['완료'],
    ...['Selesai', 'Sudah selesai', 'Tercapai'],
    ...['Hoàn thành', 'Đã hoàn thành', 'Hoàn tất', 'Đã hoàn tất'],
    ...['เสร็จสิ้น', 'เสร็จแล้ว', 'แล้วเสร็จ', 'ดำเนินการแล้วเสร็จ'],
    ...['已完成', '完成'],
    ...['Tamamlandı', 'Bitti', 'Gerçekleştirildi'],
    ...['Završeno', 'Završen', 'Završena', 'Izvršeno', 'Gotovo'],
  ],
  cancelled: [
    ...['Annulé', 'Annulée', 'Abandonné', 'Abandonnée'],
    ...['Cancelado', 'Cancelada'],
    ...['Cancelado', 'Cancelada'],
    ...['Gestrichen', 'Entfallen', 'Abgebrochen'],
    ...['Annullato', 'Annullata'],
    ...['Geannuleerd', 'Vervallen', 'Geschrapt'],
    ...['Anulowany', 'Anulowana', 'Anulowane'],
    ...['취소'],
    ...['Dibatalkan', 'Batal'],
    ...['Đã hủy', 'Đã huỷ', 'Hủy bỏ'],
    ...['ยกเลิก', 'ยกเลิกแล้ว'],
    ...['已取消', '取消'],
    ...['İptal', 'İptal edildi'],
    ...['Otkazano', 'Otkazan', 'Otkazana'],
  ],
  open: [
    ...['Ouvert', 'Ouverte'],
    ...['Abierto', 'Abierta'],
    ...['Aberto', 'Aberta'],
    ...['Offen'],
    ...['Aperto', 'Aperta'],
    ...['Otwarty', 'Otwarta', 'Otwarte'],
    ...['Terbuka'],
    ...['Mở', 'Đang mở'],
    ...['Açık'],
    ...['Otvoreno', 'Otvoren', 'Otvorena'],
  ],
  closed: [
    ...['Fermé', 'Fermée', 'Clos', 'Clôturé', 'Clôturée'],
    ...['Cerrado', 'Cerrada'],
    ...['Fechado', 'Fechada', 'Encerrado', 'Encerrada'],
    ...['Geschlossen', 'Abgeschlossen'],
    ...['Chiuso', 'Chiusa'],
    ...['Gesloten'],
    ...['Zamknięty', 'Zamknięta', 'Zamknięte'],
    ...['종료', '종결'],
    ...['Ditutup'],
    ...['Đã đóng', 'Đóng'],
    ...['ปิดแล้ว'],
    ...['已关闭', '已關閉', '关闭', '關閉'],
    ...['Kapalı', 'Kapandı', 'Kapatıldı'],
    ...['Zatvoreno', 'Zatvoren', 'Zatvorena'],
  ],
  occurred: [
    ...['Survenu', 'Survenue'],
    ...['Materializado', 'Materializada', 'Ocurrido'],
    ...['Ocorrido', 'Ocorrida'],
    ...['Eingetreten'],
    ...['Verificato', 'Verificatosi', 'Materializzato'],
    ...['Opgetreden', 'Ingetreden'],
    ...['Zmaterializowane', 'Zmaterializowany', 'Wystąpiło', 'Wystąpił'],
    ...['Terjadi'],
    ...['Gerçekleşti'],
  ],
  transferred: [
    ...['Transféré', 'Transférée'],
    ...['Transferido', 'Transferida'],
    ...['Transferido', 'Transferida'],
    ...['Übertragen'],
    ...['Trasferito', 'Trasferita'],
    ...['Overgedragen'],
    ...['Przeniesione', 'Przeniesiony', 'Przekazane'],
    ...['Dialihkan'],
    ...['Devredildi', 'Transfer edildi'],
  ],
  escalated: [
    ...['Escaladé', 'Escaladée'],
    ...['Escalado', 'Escalada'],
    ...['Escalado', 'Escalada'],
    ...['Eskaliert'],
    ...['Escalato', 'Escalata'],
    ...['Geëscaleerd'],
    ...['Eskalowane', 'Eskalowany', 'Eskalowana'],
    ...['Dieskalasi'],
    ...['Eskale edildi'],
  ],
  ready: [
    ...['Prêt', 'Prête'],
    ...['Listo', 'Lista'],
    ...['Pronto', 'Pronta'],
    ...['Bereit', 'Übergabebereit'],
    ...['Pronto', 'Pronta'],
    ...['Klaar voor acceptatie'],
    ...['Gotowy', 'Gotowa', 'Gotowe'],
    ...['Siap'],
    ...['Sẵn sàng'],
    ...['Hazır'],
  ],
  accepted: [
    ...['Accepté', 'Acceptée'],
    ...['Aceptado', 'Aceptada'],
    ...['Aceito', 'Aceita', 'Aceite'],
    ...['Abgenommen', 'Akzeptiert'],
    ...['Accettato', 'Accettata'],
    ...['Geaccepteerd'],
    ...['Zaakceptowany', 'Zaakceptowana', 'Zaakceptowane', 'Przyjęty', 'Przyjęte'],
    ...['Diterima'],
    ...['Đã nghiệm thu', 'Đã chấp nhận'],
    ...['รับมอบแล้ว', 'ตรวจรับแล้ว'],
    ...['已验收', '已驗收'],
    ...['Kabul edildi'],
    ...['Prihvaćeno', 'Prihvaćen', 'Prihvaćena'],
  ],
  rejected: [
    ...['Rejeté', 'Rejetée', 'Refusé', 'Refusée'],
    ...['Rechazado', 'Rechazada'],
    ...['Rejeitado', 'Rejeitada', 'Recusado', 'Recusada'],
    ...['Abgelehnt'],
    ...['Rifiutato', 'Rifiutata', 'Respinto', 'Respinta'],
    ...['Afgewezen'],
    ...['Odrzucony', 'Odrzucona', 'Odrzucone'],
    ...['반려'],
    ...['Ditolak'],
    ...['Từ chối', 'Bị từ chối', 'Không phê duyệt'],
    ...['ไม่อนุมัติ'],
    ...['已拒绝', '已拒絕', '已否决', '已否決'],
    ...['Reddedildi'],
    ...['Odbijeno', 'Odbijen', 'Odbijena'],
  ],
  proposed: [
    ...['Proposé', 'Proposée'],
    ...['Propuesto', 'Propuesta'],
    ...['Proposto', 'Proposta'],
    ...['Vorgeschlagen', 'Beantragt'],
    ...['Proposto', 'Proposta'],
    ...['Voorgesteld'],
    ...['Zaproponowany', 'Zaproponowana', 'Zaproponowane', 'Proponowany'],
    ...['Diusulkan'],
    ...['Chờ phê duyệt', 'Đề xuất', 'Đã trình'],
    ...['รออนุมัติ', 'เสนออนุมัติ'],
    ...['待批准', '待审批', '待審批'],
    ...['Önerildi', 'Onay bekliyor'],
    ...['Predloženo', 'Predložen', 'Predložena'],
  ],
  approved: [
    ...['Approuvé', 'Approuvée', 'Validé', 'Validée'],
    ...['Aprobado', 'Aprobada'],
    ...['Aprovado', 'Aprovada'],
    ...['Genehmigt', 'Freigegeben', 'Beschlossen'],
    ...['Approvato', 'Approvata'],
    ...['Goedgekeurd'],
    ...['Zatwierdzony', 'Zatwierdzona', 'Zatwierdzone'],
    ...['승인'],
    ...['Disetujui'],
    ...['Đã phê duyệt', 'Đã duyệt', 'Phê duyệt'],
    ...['อนุมัติ', 'อนุมัติแล้ว'],
    ...['已批准', '已审批', '已審批', '批准'],
    ...['Onaylandı'],
    ...['Odobreno', 'Odobren', 'Odobrena'],
  ],
};

/** What each register reads a meaning as (its English status word, statusWords.ts WORD_LISTS). */
const READ_AS: Readonly<Partial<Record<WordList, Readonly<Partial<Record<Meaning, string>>>>>> = {
  milestones: {
    notStarted: 'Not started',
    planned: 'Not started',
    inProgress: 'On track',
    atRisk: 'At risk',
    late: 'Late',
    done: 'Done',
    cancelled: 'Descoped',
  },
  risks: { open: 'Open', closed: 'Closed', occurred: 'Occurred', transferred: 'Transferred', escalated: 'Escalated' },
  issues: {
    open: 'Open',
    notStarted: 'Open',
    inProgress: 'In progress',
    done: 'Done',
    closed: 'Done',
    cancelled: 'Cancelled',
  },
  correctiveActions: {
    open: 'Open',
    notStarted: 'Open',
    planned: 'Open',
    inProgress: 'In progress',
    done: 'Done',
    closed: 'Done',
    cancelled: 'Cancelled',
  },
  handovers: {
    notStarted: 'Planned',
    planned: 'Planned',
    inProgress: 'Planned',
    ready: 'Ready',
    accepted: 'Accepted',
    rejected: 'Rejected',
  },
  decisions: { proposed: 'Proposed', approved: 'Approved', rejected: 'Rejected' },
};

/** How a word is looked up: in small letters, without accents, one space between words. */
export const lookupKey = (word: string): string =>
  withoutLatinAccents(word)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Each register's words, by lookup key: the English word each translates to. A word two meanings
 * of one register share (none today) would translate to neither.
 */
export const TRANSLATED: ReadonlyMap<WordList, ReadonlyMap<string, string>> = new Map(
  Object.entries(READ_AS).map(([list, readAs]) => {
    const index = new Map<string, string | undefined>();
    for (const [meaning, english] of Object.entries(readAs) as [Meaning, string][]) {
      for (const word of SAID[meaning]) {
        const k = lookupKey(word);
        index.set(k, index.has(k) && index.get(k) !== english ? undefined : english);
      }
    }
    const translated = new Map([...index].filter((e): e is [string, string] => e[1] !== undefined));
    return [list as WordList, translated];
  }),
);

/** The English status word a register reads `text` as, when it is one of these words. */
export function translatedStatus(list: WordList, text: string): string | undefined {
  const index = TRANSLATED.get(list);
  return index && text.length <= 40 ? index.get(lookupKey(text)) : undefined;
}
