/**
 * Status words in another language (French, Spanish, Portuguese, German, Italian, Dutch, Polish) are not
 * read: the plan format's words are English. Each is reported with the English word of its
 * register as a quick fix, offered, never applied; a word that is no one status of its register
 * gets no such fix.
 */
import assert from 'node:assert/strict';
import type { WordList } from '../../server/src/engine/statusWords.js';
import { TRANSLATED } from '../../server/src/engine/translatedStatusWords.js';
import { readHealth, readStatus } from '../../server/src/engine/values.js';

function translated(list: WordList, text: string): { problem: string; choices: readonly string[] } {
  const r = readStatus(list, text);
  assert.equal(r.ok, false, `${text} was read as ${r.ok ? r.value : ''}`);
  return r.ok ? { problem: '', choices: [] } : { problem: r.problem ?? '', choices: r.choices ?? [] };
}

describe('status words in another language', () => {
  const cases: readonly (readonly [WordList, string, string])[] = [
    ['milestones', 'Terminé', 'Done'],
    ['milestones', 'En cours', 'On track'],
    ['milestones', 'En retard', 'Late'],
    ['milestones', 'No iniciado', 'Not started'],
    ['milestones', 'En riesgo', 'At risk'],
    ['milestones', 'Concluído', 'Done'],
    ['milestones', 'Erledigt', 'Done'],
    ['milestones', 'Verzögert', 'Late'],
    ['milestones', 'In ritardo', 'Late'],
    ['milestones', 'Completato', 'Done'],
    ['milestones', 'Afgerond', 'Done'],
    ['milestones', 'Annullato', 'Descoped'],
    ['risks', 'Ouvert', 'Open'],
    ['risks', 'Clôturé', 'Closed'],
    ['risks', 'Eingetreten', 'Occurred'],
    ['risks', 'Materializado', 'Occurred'],
    ['issues', 'En curso', 'In progress'],
    ['issues', 'Cerrado', 'Done'],
    ['correctiveActions', 'In Bearbeitung', 'In progress'],
    ['correctiveActions', 'Planifié', 'Open'],
    ['handovers', 'Accepté', 'Accepted'],
    ['handovers', 'Abgenommen', 'Accepted'],
    ['handovers', 'Prêt', 'Ready'],
    ['handovers', 'Rechazado', 'Rejected'],
    ['decisions', 'Approuvé', 'Approved'],
    ['decisions', 'Genehmigt', 'Approved'],
    ['decisions', 'Voorgesteld', 'Proposed'],
    ['milestones', 'Zakończony', 'Done'],
    ['milestones', 'W toku', 'On track'],
    ['milestones', 'Opóźniony', 'Late'],
    ['risks', 'Otwarte', 'Open'],
    ['risks', 'Zamknięte', 'Closed'],
    ['handovers', 'Zaakceptowany', 'Accepted'],
    ['decisions', 'Zatwierdzona', 'Approved'],
  ];

  it('has cases', () => assert.ok(cases.length > 0));
  for (const [list, word, english] of cases) {
    it(`${list}: "${word}" is offered as ${english}`, () => {
      const r = translated(list, word);
      assert.equal(
        r.problem,
        `Status words are read in English, as the plan format writes them: "${word}" is ${english}.`,
      );
      assert.deepEqual(r.choices, [english]);
    });
  }

  it('reads a word typed without its accents, or in capitals, the same way', () => {
    assert.deepEqual(translated('milestones', 'Termine').choices, ['Done']);
    assert.deepEqual(translated('milestones', 'TERMINÉ').choices, ['Done']);
    assert.deepEqual(translated('risks', 'cloture').choices, ['Closed']);
  });

  it('offers nothing where the word is no one status of the register', () => {
    // A handover "done" may be handed over but not yet accepted: asked about as in English.
    const handover = translated('handovers', 'Terminé');
    assert.ok(!handover.problem.startsWith('Status words are read in English'), handover.problem);
    assert.deepEqual(translated('handovers', 'Done').choices, ['Ready', 'Accepted']);
    // A word with a note is not translated.
    assert.ok(!translated('milestones', 'Terminé le 3 mars').problem.startsWith('Status words'));
  });

  it('leaves English words as they were read', () => {
    for (const list of TRANSLATED.keys()) {
      for (const english of new Set(TRANSLATED.get(list)!.values())) {
        const r = readStatus(list, english);
        assert.ok(r.ok && r.value === english, `${list}: ${english}`);
      }
    }
    assert.equal(TRANSLATED.size, 6);
  });

  it('offers a RAG colour in another language as its English rating', () => {
    for (const [written, english] of [
      ['Rouge', 'Red'],
      ['Verde', 'Green'],
      ['Amarillo', 'Amber'],
      ['Gelb', 'Amber'],
      ['Grün', 'Green'],
      ['Gruen', 'Green'],
      ['Rood', 'Red'],
      ['🔴 Rosso', 'Red'],
      ['Żółty', 'Amber'],
      ['Zolty', 'Amber'],
      ['Czerwony', 'Red'],
    ] as const) {
      const r = readHealth(written);
      assert.ok(!r.ok, written);
      assert.match(
        r.problem ?? '',
        /^Ratings are read in English, as the plan format writes them: ".*" is (Red|Green|Amber)\.$/,
        written,
      );
      assert.deepEqual(r.choices, [english], written);
    }
    // English reads as before; `Orange` is no translation (English writes it too).
    assert.ok(readHealth('Amber').ok);
    assert.ok(
      !readHealth('Orange').ok && !(readHealth('Orange') as { problem?: string }).problem?.startsWith('Ratings'),
    );
  });

  it('offers Amber for orange, and says BRAG’s blue and grey are no health', () => {
    const orange = readHealth('Orange');
    assert.ok(!orange.ok && orange.problem === 'Orange is the amber of a RAG rating.');
    assert.deepEqual(orange.choices, ['Amber']);
    const blue = readHealth('Blue');
    assert.ok(!blue.ok && /BRAG rating, says the work is complete/.test(blue.problem ?? ''));
    assert.deepEqual(blue.choices, ['Green']);
    const grey = readHealth('Grey');
    assert.ok(!grey.ok && /not rated/.test(grey.problem ?? ''));
    assert.deepEqual(grey.choices, []);
  });
});
