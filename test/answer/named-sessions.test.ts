import { describe, expect, it } from 'vitest';
import { earlierReport } from '../helpers/filler-pages.js';
import { useEngineOver } from '../helpers/page-engine.js';

/**
 * A fictional genebank network's third plenary: a programme whose evening reception gives only its start and whose
 * field visit gives a range, beside sessions with numbered items. Nothing here is from any eval set.
 */
const PROGRAMME = `<html><head><title>Third Plenary of the Nordic Genebank Network: programme</title></head><body><main>
<h1>Third Plenary of the Nordic Genebank Network: programme</h1>
<p>Alnarp, 12–13 May 2025</p>
<h2>Monday 12 May</h2>
<table>
<tr><th>Time</th><th>Session</th><th>Lead</th></tr>
<tr><td>09:00–10:30</td><td>1. Opening and adoption of the agenda</td><td>Ms. Liisa Korhonen, Chair</td></tr>
<tr><td>11:00–12:30</td><td>2. Seed regeneration cycles</td><td>Mr. Bjarni Ólafsson</td></tr>
<tr><td>14:00–17:30</td><td>Field visit to the trial plots at Önnestad</td><td></td></tr>
<tr><td>19:00</td><td>Evening reception in the orangery</td><td></td></tr>
</table>
<h2>Tuesday 13 May</h2>
<table>
<tr><th>Time</th><th>Session</th><th>Lead</th></tr>
<tr><td>09:00–12:00</td><td>3. Shared duplicates and closing</td><td>Ms. Liisa Korhonen, Chair</td></tr>
</table>
</main></body></html>`;

const FIRST = earlierReport('Report of the First Plenary of the Nordic Genebank Network', 'Tromsø, 4–5 June 2021', [
  'the drying of seed lots',
  'germination tests',
  'the exchange of passport data',
  'cold rooms',
  'safety duplicates',
  'the training of technicians',
]);
const SECOND = earlierReport('Report of the Second Plenary of the Nordic Genebank Network', 'Turku, 7–8 June 2023', [
  'wild relatives of crops',
  'the digitisation of herbarium sheets',
  'seed health',
  'open access to accessions',
  'forest tree seed',
  'the costs of storage',
]);

describe('a session named by its title, without items of its own', () => {
  const engine = useEngineOver({
    'plenary-1/report.md': FIRST,
    'plenary-2/report.md': SECOND,
    'plenary-3/programme.html': PROGRAMME,
  });

  it.each([
    'What time is the field visit at the third plenary?',
    'when does the field visit in alnarp start',
    'hey, what are the hours of the field visit at the 3rd plenary?',
  ])('is answered with its own time, not every session of the meeting: %s', async (question) => {
    const answer = await engine().ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('14:00–17:30');
    expect(answer.answer).not.toContain('09:00');
  });

  it.each([
    'What time does the evening reception end at the third plenary?',
    'what time is the alnarp reception over',
    'what time will the evening reception in alnarp finish?',
  ])('whose end the page does not give says so, and gives its start: %s', async (question) => {
    const answer = await engine().ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('19:00');
    expect(answer.answer).not.toContain('09:00');
  });
  it.each(["what's on at the third plenary on monday at 11.30?", 'alnarp plenary: what runs at noon on monday'])(
    'named with a clock time is answered with what runs then: %s',
    async (question) => {
      const answer = await engine().ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('Seed regeneration cycles');
      expect(answer.answer).not.toContain('Field visit');
      expect(answer.answer).not.toContain('Opening and adoption');
    },
  );
});
