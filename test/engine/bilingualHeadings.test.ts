/**
 * Headings in two languages, as teams that report to an English-speaking board write them: the
 * English name in parentheses after their own (`Riscos (Risks)`) or beside it across a slash
 * (`Riscos / Risks`, `Risks / Riscos`). Each names what its English name does, so the plan reads
 * as the English plan; a heading whose other name is another register's (`Risks / Issues`) names
 * neither, as before.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { registerForHeading, sectionForHeading } from '../../server/src/engine/schema.js';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const ENGLISH = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');

/** Brazilian Portuguese for the example's headings. */
const PORTUGUESE: Readonly<Record<string, string>> = {
  'Project Initiation': 'Iniciação do projeto',
  Stakeholders: 'Partes interessadas',
  Risks: 'Riscos',
  'Assumptions and constraints': 'Premissas e restrições',
  Resources: 'Recursos',
  'Exit criteria': 'Critérios de saída',
  'Project Planning and Coordination': 'Planejamento e coordenação',
  Milestones: 'Marcos',
  Responsibilities: 'Responsabilidades',
  'Process interfaces': 'Interfaces de processo',
  'Project Control': 'Controle do projeto',
  'Resource consumption': 'Consumo de recursos',
  Issues: 'Problemas',
  'Corrective actions': 'Ações corretivas',
  'Go-live readiness': 'Prontidão para entrada em produção',
  'Project Reporting and Communication': 'Relatórios e comunicação',
  'Status log': 'Registro de status',
  'Communication plan': 'Plano de comunicação',
  Decisions: 'Decisões',
  'Project Closure': 'Encerramento do projeto',
  Handovers: 'Passagens de serviço',
  'Early life support': 'Suporte pós-implantação',
};

/** The example with each section and register heading written in both languages, one way. */
function bilingual(write: (portuguese: string, english: string) => string): string {
  let translated = 0;
  const text = ENGLISH.replace(/^(#{2,3}) (.+)$/gm, (line, marks: string, english: string) => {
    const portuguese = PORTUGUESE[english];
    if (!portuguese) return line;
    translated++;
    return `${marks} ${write(portuguese, english)}`;
  });
  assert.ok(translated >= 20, `only ${translated} headings translated`);
  return text;
}

/** The plan's findings as of a day after go-live, when its milestones, handovers and risk reviews are due. */
const findings = (text: string) =>
  engine
    .lintDocument('p.plan.md', text, { asOf: '2027-02-15', config: DEFAULT_CONFIG })
    .findings.map((f) => `${f.range.start.line + 1} ${f.rule}: ${f.message}`);

describe('headings in two languages', () => {
  const english = findings(ENGLISH);
  it('compares with the English plan on a day with findings in every stage', () => {
    assert.ok(english.length >= 15, english.join('\n'));
  });
  const forms: Record<string, (pt: string, en: string) => string> = {
    'the English name in parentheses': (pt, en) => `${pt} (${en})`,
    'the English name after a slash': (pt, en) => `${pt} / ${en}`,
    'the English name before a slash': (pt, en) => `${en} / ${pt}`,
  };
  for (const [form, write] of Object.entries(forms)) {
    it(`reads a plan headed with ${form} as the English plan`, () => {
      const text = bilingual(write);
      assert.deepEqual(findings(text), english);
      assert.equal(engine.parse('p.plan.md', text).rows('risks').length, 5);
    });
  }

  it('reads neither name of two registers or sections in one heading, nor a name it does not know', () => {
    for (const heading of [
      'Risks / Issues',
      'Riscos (Issues) / Risks',
      'Project Control / Issues',
      'Riscos / Riscos',
    ]) {
      assert.equal(registerForHeading(heading), undefined, heading);
    }
    assert.equal(sectionForHeading('Project Control / Project Closure'), undefined);
    assert.equal(registerForHeading('Riscos (Risk register)'), 'risks');
    assert.equal(registerForHeading('Partes interessadas / Stakeholder register'), 'stakeholders');
    assert.equal(sectionForHeading('Encerramento (Project Closure)'), 'closure');
    // A slash inside a name is no second name: `Go/No-go` is not `Go` beside `No-go`.
    assert.equal(registerForHeading('Go/No-go'), undefined);
  });
});
