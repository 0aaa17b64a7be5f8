import { describe, expect, it } from 'vitest';
import { earlierReport } from '../helpers/filler-pages.js';
import { useEngineOver } from '../helpers/page-engine.js';

/**
 * A fictional lighthouse keepers' association: two past congresses and one to come, each over three days. Nothing
 * here is from any eval set.
 */
const programme = (ordinal: string, city: string, days: string[], year: string) => `<html><head>
<title>${ordinal} Congress of the Lighthouse Keepers' Association: programme</title></head><body><main>
<h1>${ordinal} Congress of the Lighthouse Keepers' Association</h1>
<p>${city}, Harbour Hall, ${days[0]?.replace(/^\w+ /, '')} – ${days[2]?.replace(/^\w+ /, '')} ${year}</p>
${days
  .map(
    (day, i) => `<h2>${day} ${year}</h2>
<table>
<tr><th>Time</th><th>Session</th><th>Lead</th></tr>
<tr><td>09:30–12:00</td><td>${i * 2 + 1}. ${['Opening and agenda', 'Lens maintenance', 'Fog signals'][i]}</td><td>Ms. Maren Holt</td></tr>
<tr><td>14:00–${i === 2 ? '15:45' : '17:00'}</td><td>${i * 2 + 2}. ${['Solar lamps', 'Heritage keepers', 'Closing of the congress'][i]}</td><td>Mr. Odd Lien</td></tr>
</table>`,
  )
  .join('\n')}
</main></body></html>`;

const FIRST = earlierReport(
  'Report of the First Congress of the Lighthouse Keepers Association',
  'Bergen, 3–5 May 2022',
  [
    'the logbooks of keepers',
    'the painting of towers',
    'radio beacons',
    'storm damage',
    'the training of keepers',
    'the visits of schools',
  ],
);

describe('a question about the first or last day of a meeting of several days', () => {
  const engine = useEngineOver(
    {
      'congress-1/report.md': FIRST,
      'congress-2/programme.html': programme(
        'Second',
        'Stavanger',
        ['Tuesday 9 May', 'Wednesday 10 May', 'Thursday 11 May'],
        '2023',
      ),
      'congress-3/programme.html': programme(
        'Third',
        'Ålesund',
        ['Tuesday 2 March', 'Wednesday 3 March', 'Thursday 4 March'],
        '2027',
      ),
    },
    { NOW: '2026-12-04T10:00:00Z' },
  );

  it.each([
    'what day did the second congress start?',
    'hey, which day did the stavanger congress begin',
    'When did the 2nd congress open, what day?',
  ])('names the first day on its own: %s', async (question) => {
    const answer = await engine().ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/Tuesday,? 9 May 2023/);
  });

  it.each(['when did the second congress finish?', 'when does the stavanger congress end?'])(
    'gives the end of its last session: %s',
    async (question) => {
      const answer = await engine().ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('15:45');
      expect(answer.answer).not.toContain('09:30');
    },
  );

  it('speaks of a meeting still to come in the future tense', async () => {
    const answer = await engine().ask('when is the third congress?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('2–4 March 2027');
    expect(answer.answer).not.toMatch(/\bwas held\b/);
  });

  it('names a city once when the venue already names it', async () => {
    const answer = await engine().ask('where was the second congress held?');
    expect(answer.answer).toContain('Stavanger');
    expect(answer.answer).not.toMatch(/Stavanger, Stavanger/);
  });
});

describe('a question about who moderated an item', () => {
  const page = (ordinal: string, year: string, rows: string) => `<html><head>
<title>${ordinal} Congress of the Lighthouse Keepers' Association: programme</title></head><body><main>
<h1>${ordinal} Congress of the Lighthouse Keepers' Association</h1>
<h2>Tuesday 6 May ${year}</h2>
<table>
<tr><th>Time</th><th>Item</th><th>Speakers</th></tr>
${rows}
</table></main></body></html>`;
  const engine = useEngineOver({
    'congress-2/programme.html': page(
      'Second',
      '2025',
      `<tr><td>09:30–12:00</td><td>1. Panel on lens maintenance</td><td>Ms. Maren Holt; Mr. Odd Lien</td></tr>
<tr><td>14:00–17:00</td><td>2. Solar lamps</td><td>Mr. Odd Lien</td></tr>`,
    ),
    'congress-1/programme.html': page(
      'First',
      '2024',
      `<tr><td>09:30–12:00</td><td>1. Opening and agenda</td><td>Ms. Maren Holt</td></tr>
<tr><td>14:00–17:00</td><td>2. Panel on fog signals</td><td>Moderator: Ms. Ingrid Vik; Speaker: Mr. Odd Lien</td></tr>`,
    ),
  });

  it.each([
    'who moderated the fog signals panel at the first congress?',
    'hey who was the moderator for the panel on fog signals, 1st congress',
    'first congress, fog signals panel: who moderated it?',
  ])('names the moderator, not the speakers: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ingrid Vik');
  });

  it.each([
    'who moderated the lens maintenance panel at the second congress?',
    'who was the moderator of the panel on lens maintenance at the 2nd congress?',
    'lens maintenance panel at the second congress - moderated by whom?',
  ])('does not give the speakers of an item its meeting names no moderator for: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('Maren Holt');
  });
});

describe('a question about who held an office at the meeting', () => {
  const engine = useEngineOver({
    'congress-2/report.md': [
      '# Report of the Second Congress of the Lighthouse Keepers’ Association',
      '',
      'Bergen, 6–7 May 2025',
      '',
      'Ms. Ingrid Vik, Co-Chair of the North Sea Pilotage Forum, spoke on fog signals. The Congress adopted its report.',
    ].join('\n'),
    'congress-3/report.md': [
      '# Report of the Third Congress of the Lighthouse Keepers’ Association',
      '',
      'Oslo, 5–6 May 2026',
      '',
      'Mr. Odd Lien, Chair of the Congress, opened the session. The Congress adopted its report.',
    ].join('\n'),
  });

  it.each([
    'who chaired the second congress?',
    'who was the chair of congress 2',
    'hey who chaired the 2nd congress? thanks',
  ])('does not take the chair of another body for the chair of the meeting: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('Ingrid Vik');
  });

  it('names the chair of the meeting’s own body', async () => {
    const a = await engine().ask('who chaired the third congress?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Odd Lien');
  });
});
