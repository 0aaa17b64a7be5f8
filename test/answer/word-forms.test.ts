import { describe, expect, it } from 'vitest';
import { formsByTerm, onlyDerivedForm } from '../../src/retrieval/word-forms.js';
import { earlierReport } from '../helpers/filler-pages.js';
import { useEngineOver } from '../helpers/page-engine.js';

/**
 * A fictional forum of archive networks: a programme whose agenda line says "Adoption of the work plan", and a
 * report that says what the forum adopted and when its Secretary leaves. Nothing here is from any eval set.
 */
const PROGRAMME = `# Third Forum on Open Archives: programme

Riga, 8–9 April 2025

| Time | Item | Speaker |
| --- | --- | --- |
| 09:30–10:00 | 1. Opening | Ingrid Solberg-Haug, Secretary of the Forum |
| 10:00–10:30 | 2. Adoption of the work plan | Chair |
| 10:30–12:30 | 3. Open formats for scanned registers | Tomás Iriarte Vidal |
`;

const REPORT = `# Report of the Third Forum on Open Archives

Riga, 8–9 April 2025

1. The forum met in Riga on 8 and 9 April 2025 with delegates from eleven archive networks.

2. After a day of debate the forum adopted the Riga Declaration on Open Archives.

3. Ms Solberg-Haug informed the forum that she would retire on 30 June 2025. The members thanked her for nine years
of service.
`;

const FIRST = earlierReport('Report of the First Forum on Open Archives', 'Tartu, 3–4 May 2021', [
  'the scanning of parish books',
  'shared catalogues of maps',
  'the storage of glass negatives',
  'volunteer transcription',
  'the licensing of images',
  'metadata for photographs',
]);
const SECOND = earlierReport('Report of the Second Forum on Open Archives', 'Vilnius, 10–11 May 2023', [
  'web archiving',
  'the repair of bindings',
  'the care of audio tape',
  'open data portals',
  'training of young archivists',
  'copyright in letters',
]);

describe('one word and its derived forms', () => {
  it.each([
    ['adopted', 'Adoption of the work plan', true],
    ['organised', 'the organisers of the forum', true],
    ['presented', 'a presentation on formats', true],
    ['adopt', 'the forum adopted the Declaration', false],
    ['opened', 'the opening of the forum', false],
    ['participants', 'participant lists', false],
    ['close', 'the Chair closed the forum', false],
    ['agree', 'the members agreed', false],
    ['meet', 'two meetings a year', false],
    ['elected', 'the election of officers', true],
  ])('"%s" is met only by a derived word in "%s": %s', (asked, text, derived) => {
    const askedForms = formsByTerm(asked);
    const term = [...askedForms.keys()][0] ?? '';
    expect(onlyDerivedForm(term, askedForms, formsByTerm(text))).toBe(derived);
  });
});

describe('answers read from pages', () => {
  const engine = useEngineOver({
    'tartu-2021/report.md': FIRST,
    'vilnius-2023/report.md': SECOND,
    'riga-2025/programme.md': PROGRAMME,
    'riga-2025/report.md': REPORT,
  });

  it.each([
    'What did the third forum adopt?',
    'what was adopted in riga',
    'hey, what did they adopt at the riga forum?',
  ])(
    'quote the page that says what was adopted, not the agenda line on the adoption of the plan: %s',
    async (question) => {
      const answer = await engine().ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('Riga Declaration');
    },
  );

  it.each([
    'When does Ingrid Solberg-Haug retire?',
    'when will ingrid solberg-haug retire',
    'Ingrid Solberg-Haug: what is her retirement date?',
  ])('read "Ms Solberg-Haug" as the person named in full, not her profile: %s', async (question) => {
    const answer = await engine().ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('30 June 2025');
  });
});
