import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/knowledge/loaders/html.js';
import { readingUnits } from '../../src/knowledge/reading-units.js';
import { useEngineOver } from '../helpers/page-engine.js';

/**
 * A page about the whole series, one block per Round: a name line, a dates line, then a note. The note belongs to
 * the Round its block names, though the dates line stands between them, and a quote of it says so.
 */

const OVERVIEW = `<html><head><title>The Sessions</title></head><body><main>
<h1>The Sessions</h1>
<p>The committee on seed banks meets in a Round every two years. Documents carry the Round's code: CSB-2 Doc 3 is a paper of
the second Round.</p>
<div class="session"><div class="name">CSB-1 First Round</div><div class="dates">3–4 May 2019</div>
<div class="note">The founding Round. The members adopted the Lisbon Charter on seed exchange.</div></div>
<div class="session"><div class="name">CSB-2 Second Round</div><div class="dates">14–15 September 2021</div>
<div class="note">Adopted the Porto Guidelines on cold storage.</div></div>
<div class="session"><div class="name">CSB-3 Third Round</div><div class="dates">6–7 June 2023</div>
<div class="note">Reviewed the first shared inventory.</div></div>
</main></body></html>`;

const FIRST = `# First Round of the Committee on Seed Banks

Lisbon, 3–4 May 2019

Twenty-two seed banks sent experts to the Round. Papers: CSB-1 Doc 1 (agenda), CSB-1 Doc 2 (inventory).
`;

const SECOND = `# Second Round of the Committee on Seed Banks

Porto, 14–15 September 2021

The Round opened with a review of cold storage practice. The members adopted the Porto Guidelines (CSB-2 Doc 2).
Papers: CSB-2 Doc 1 (agenda), CSB-2 Doc 3 (storage survey).
`;

describe('a label right under the label that heads a block', () => {
  it('goes on with it, so the block’s note keeps the block’s name', async () => {
    const units = readingUnits(await loadHtml('sessions.html', OVERVIEW));
    const note = units.find((u) => u.text.startsWith('The members adopted'));
    expect(note?.context.join(' ')).toContain('CSB-1 First Round');
  });

  it.each([
    ['Date: 3–4 May 2019', 'Venue: Lisbon Congress Centre'],
    ['Chair: Ms. Ana Lima', 'Rapporteur: Mr. Kofi Mensah'],
    ['Host: Seed Bank of Portugal', 'Room: Sala 2'],
  ])('leaves fields of a block apart: %j over %j', (first, second) => {
    const units = readingUnits({ body: `# Session\n\n${first}\n${second}\n\nThe session met for two days.` });
    expect(units.at(-1)?.context.join(' ')).not.toContain(first);
  });
});

describe('a quote from the series page', () => {
  const engine = useEngineOver({
    'about/sessions.html': OVERVIEW,
    'first-session.md': FIRST,
    'second-session.md': SECOND,
  });

  it.each([
    'which charter did the 1st round adopt',
    'the founding round adopted which charter?',
    'hey, which charter came out of the 1st round? thanks',
  ])('quotes the block of the Round asked about, as that Round’s: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Lisbon Charter');
    expect(a.answer).not.toContain('Porto Guidelines');
    expect(a.answer).toMatch(/^From the 1st round/);
  });
});
