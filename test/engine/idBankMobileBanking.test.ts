/**
 * A control-stage plan as the IT PMO of an Indonesian state-owned bank writes it, moving the
 * operations of its mobile-banking platform to a vendor's managed service (practitioner fixture
 * id-bank-mobile-banking-managed-control): rupiah as Indonesian finance writes it (`Rp 1,25
 * miliar`, `Rp 500 juta`, `Rp 750 rb`, `belum termasuk PPN`), `Rp1,2 M` asked (a miliar in
 * Indonesian, a million in English), Indonesian month and day names (`Senin, 15 Maret 2027`),
 * stakeholders listed with `Bapak`, `Ibu`, `Dr. Ir.` and their degrees after the name (`Budi
 * Santoso, S.Kom., M.T.`), one-word names (`Suharti`), and the Komite Pengarah, Direksi and Dewan
 * Komisaris as boards.
 */
import assert from 'node:assert/strict';
import { isBoardName } from '../../server/src/engine/boards.js';
import { readAmount } from '../../server/src/engine/values/amounts.js';
import { amountUnitOf } from '../../server/src/engine/values/amountUnit.js';
import { readDate } from '../../server/src/engine/values/dates.js';
import { readMet } from '../../server/src/engine/values/met.js';
import { readHealth } from '../../server/src/engine/values/words.js';
import { auditPlanOf } from './auditPlan.js';
import { auditReaders, lintedFixture } from './auditReaders.js';

const AS_OF = '2027-01-20';

const LISTED = [
  '| S-01 | Dr. Ir. Hendra Wijaya, M.Sc. | Sponsor | Direktorat TI |',
  '| S-02 | Ibu Sri Wahyuni | Service owner | Digital Banking |',
  '| S-03 | Bapak Budi Santoso, S.Kom., M.T. | Project manager | PMO Divisi TI |',
  '| S-04 | Suharti | Transition manager | Operasional TI |',
  '| S-05 | Rina Kusuma, S.E. | Finance controller | Keuangan |',
  '| S-06 | Dewi Lestari, S.H., M.Kn. | Compliance lead | Kepatuhan |',
];

const plan = auditPlanOf(
  {
    id: 'BNS-PMO-TP-2026-031',
    title: 'NusaMobile managed service',
    service: 'NusaMobile mobile banking',
    front: [
      'sponsor: Dr. Ir. Hendra Wijaya, M.Sc.',
      'service_owner: Ibu Sri Wahyuni',
      'project_manager: Budi Santoso, S.Kom., M.T.',
      'transition_manager: Suharti',
      'budget: { currency: IDR, approved: 18500000000 }',
    ],
    risk: ['Key engineers leave before knowledge transfer ends', 'Retention bonus'],
    decision: ['Appoint TAN as managed-service provider', '2026-12-14'],
  },
  LISTED,
);

const { findings, unresolved, whoIs } = auditReaders(plan, AS_OF, LISTED);

const amount = (t: string) => {
  const r = readAmount(t, 'IDR');
  return r.ok ? r.value.value : r.problem;
};

describe('an Indonesian bank control plan: mobile-banking operations to a managed service', () => {
  it('reads rupiah as Indonesian finance writes it: `Rp 1,25 miliar`, `Rp 500 juta`, `Rp 750 rb`, `Rp. 1.250.000.000,-`', () => {
    // Before, each of these was an unreadable amount.
    const cases: [string, number][] = [
      ['Rp 1.250.000.000', 1_250_000_000],
      ['Rp 1,25 miliar', 1_250_000_000],
      ['Rp 1,2 milyar', 1_200_000_000],
      ['Rp 500 juta', 500_000_000],
      ['Rp 45 jt', 45_000_000],
      ['Rp 750 rb', 750_000],
      ['Rp 750 ribu', 750_000],
      ['Rp 2,5 triliun', 2_500_000_000_000],
      ['IDR 1.25 bn', 1_250_000_000],
      ['1.250.000.000 rupiah', 1_250_000_000],
      // `Rp.` with its point, and `,-` closing whole rupiah, as Indonesian invoices write them.
      ['Rp. 1.250.000.000', 1_250_000_000],
      ['Rp 1.250.000.000,-', 1_250_000_000],
      ['Rp 750.000,-', 750_000],
    ];
    for (const [text, value] of cases) assert.equal(amount(text), value, text);
    // Where a point groups thousands, `1.250 juta` reads two ways, and is asked.
    assert.match(String(amount('Rp 1.250 juta')), /decimal point or a thousands separator/);
  });

  it('asks what `M` after rupiah is: a miliar in Indonesian finance, a million in English', () => {
    // Before, `Rp1,2 M` was read as 1,200,000 without a word: a thousand times too small.
    for (const text of ['Rp1,2 M', 'Rp 1,5 M', 'IDR 1.2m', '1,2 M']) {
      const r = readAmount(text, 'IDR');
      assert.equal(r.ok, false, text);
      assert.ok(!r.ok && /miliar/.test(r.problem ?? ''), text);
    }
    const r = readAmount('Rp1,2 M', 'IDR');
    assert.deepEqual(!r.ok && r.choices, ['1200000000', '1200000']);
    // In another currency `M` is a million, as before.
    const usd = readAmount('$1.2M', 'USD');
    assert.ok(usd.ok && usd.value.value === 1_200_000);
    // A unit note in `M` rupiah is no unit; `juta` and `mn` are millions.
    assert.equal(amountUnitOf('Approved (Rp M)'), undefined);
    assert.deepEqual(amountUnitOf('Approved (dalam juta Rupiah)')?.unit, { scale: 1e6, currency: 'IDR' });
    assert.deepEqual(amountUnitOf('Approved (Rp juta)')?.unit, { scale: 1e6, currency: 'IDR' });
    assert.deepEqual(amountUnitOf('Approved (IDR mn)')?.unit, { scale: 1e6, currency: 'IDR' });
  });

  it('reads PPN, Indonesian VAT, as a tax basis: `belum termasuk PPN`, `termasuk PPN`, `excl. PPN`', () => {
    const basis = (t: string) => {
      const r = readAmount(t, 'IDR');
      return r.ok ? [r.value.value, r.value.taxBasis] : r.problem;
    };
    assert.deepEqual(basis('Rp 1.250.000.000 belum termasuk PPN'), [1_250_000_000, 'net']);
    assert.deepEqual(basis('Rp 500 juta excl. PPN'), [500_000_000, 'net']);
    assert.deepEqual(basis('Rp 500 juta + PPN'), [500_000_000, 'net']);
    assert.deepEqual(basis('Rp 500 juta termasuk PPN'), [500_000_000, 'gross']);
    assert.deepEqual(basis('Rp 500 juta (incl. PPN)'), [500_000_000, 'gross']);
    assert.equal(amountUnitOf('Approved (Rp juta, belum termasuk PPN)')?.unit.taxBasis, 'net');
  });

  it('reads Indonesian month and day names: `12 Maret 2027`, `Senin, 15 Maret 2027`', () => {
    const date = (t: string) => {
      const r = readDate(t);
      return r.ok ? r.value : r.problem;
    };
    assert.equal(date('12 Maret 2027'), '2027-03-12');
    assert.equal(date('1 Agustus 2027'), '2027-08-01');
    assert.equal(date('14 Desember 2026'), '2026-12-14');
    assert.equal(date('3 Des 2026'), '2026-12-03');
    assert.equal(date('Senin, 15 Maret 2027'), '2027-03-15');
    assert.equal(date('Jumat, 12 Maret 2027'), '2027-03-12');
    assert.match(String(date('Selasa, 15 Maret 2027')), /Monday, not a Tuesday/);
    // `Mei` is May in Dutch and Indonesian alike.
    assert.equal(date('17 Mei 2027'), '2027-05-17');
    // A month's end is a month, and a numeric date is still asked.
    assert.match(String(date('akhir Maret 2027')), /not a day/);
    assert.match(String(date('12/03/2027')), /Day\/month order/);
  });

  it('reads `Bapak`, `Bpk.`, `Pak` and `Ibu` as titles, and degrees after a name: `Budi Santoso, S.Kom., M.T.`', () => {
    assert.deepEqual(
      unresolved([
        'Budi Santoso',
        'Bpk. Budi Santoso',
        'Budi Santoso, S.Kom., M.T.',
        'Sri Wahyuni',
        'Rina Kusuma',
        'Dewi Lestari',
        'Hendra Wijaya',
        'Suharti',
      ]),
      [],
    );
    assert.equal(whoIs('Bapak Budi Santoso'), 'S-03');
    assert.equal(whoIs('Dewi Lestari, S.H.'), 'S-06');
    // A one-word name is the whole listed name, never a part of one.
    assert.equal(whoIs('Suharti'), 'S-04');
    // As colleagues shorten a name: offered, never applied.
    assert.match(unresolved(['Pak Budi'])[0]!, /Did you mean Bapak Budi Santoso, S\.Kom\., M\.T\. \(S-03\)\?/);
    assert.match(unresolved(['Ibu Sri'])[0]!, /Did you mean Ibu Sri Wahyuni \(S-02\)\?/);
    // The front matter names them without their title or with their degrees.
    assert.deepEqual(findings(plan([]), 'missing-core-role'), []);
  });

  it('reads the Komite Pengarah, Komite TI, Direksi and Dewan Komisaris as boards', () => {
    for (const board of ['Komite Pengarah', 'Komite Pengarah TI', 'Komite TI', 'Direksi', 'Dewan Komisaris']) {
      assert.equal(isBoardName(board), true, board);
    }
    assert.equal(whoIs('Komite Pengarah (Dr. Ir. Hendra Wijaya)'), 'S-01');
    const [board, ...more] = findings(plan([], LISTED, ['Direksi']), 'unresolved-reference');
    assert.equal(more.length, 0);
    assert.match(board!.message, /is a board.*Dr\. Ir\. Hendra Wijaya, M\.Sc\. \(S-01\)/);
  });

  it('asks about status words and ratings in Indonesian, with the English word as the fix', () => {
    const health = readHealth('Kuning');
    assert.deepEqual(!health.ok && health.choices, ['Amber']);
    for (const [said, english] of [
      ['Ya', 'Yes'],
      ['Tidak', 'No'],
      ['Sebagian', 'Partial'],
    ]) {
      const met = readMet(said!);
      assert.deepEqual(!met.ok && met.choices, [english], said);
    }
    const { result, status } = lintedFixture('id-bank-mobile-banking-managed-control.plan.md', AS_OF);
    const messages = (rule: string) => result.findings.filter((f) => f.rule === rule).map((f) => f.message);
    const unread = messages('unreadable-value');
    for (const said of [
      '"Selesai" is Done',
      '"Terlambat" is Late',
      '"Dalam proses" is On track',
      '"Sedang berjalan" is On track',
      '"Belum mulai" is Not started',
      '"Dibatalkan" is Descoped',
      '"Dalam proses" is In progress',
      '"Disetujui" is Approved',
      '"Belum mulai" is Planned',
      '"Hijau" is Green',
      '"Kuning" is Amber',
    ]) {
      assert.ok(
        unread.some((m) => m.includes(said)),
        said,
      );
    }
    // The rupiah amounts are read, but `Rp1,2 M`, which is asked.
    assert.equal(status.budget.actual, 9_245_750_000);
    assert.deepEqual(
      status.budget.unreadAmounts.map((u) => u.text),
      ['Rp1,2 M', 'Rp1,2 M'],
    );
    // Dates in Indonesian are read: only the numeric one is asked.
    assert.deepEqual(
      unread
        .filter((m) => /^(?:Baseline|Forecast|Date) "[^"]*" of [MD]-\d/.test(m))
        .map((m) => /"([^"]+)"/.exec(m)![1]),
      ['12/04/2027', '12/04/2027'],
    );
    // Named with their titles and degrees, all are found; named as colleagues do, offered.
    const names = messages('unresolved-reference');
    assert.equal(names.length, 6, names.join('\n'));
    assert.ok(
      names.every((m) => /Pak Budi|Ibu Sri|"TAN"|"Direksi" is a board/.test(m)),
      names.join('\n'),
    );
    assert.deepEqual(messages('missing-core-role'), []);
  });
});
