import { describe, expect, it } from 'vitest';
import { readAgenda } from '../../../src/knowledge/drafting/agenda.js';
import { readRoles } from '../../../src/knowledge/drafting/page-fields.js';
import { loadHtml } from '../../../src/knowledge/loaders/html.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';
import { learnSymbolFamilies } from '../../../src/knowledge/symbol-scheme.js';

/**
 * A fictional beekeepers' federation prints its programme as a definition list per day: each slot names its watch
 * and chair, then lists items lettered (a) to (f), each with its presenter and paper set off by dashes.
 */
const PROGRAMME = `<html><head><title>Programme - 3rd Swarm, Ljubljana 2024</title></head><body>
<h1>3rd Swarm of the Federation of Alpine Beekeepers</h1>
<h2>Tuesday 4 June 2024</h2>
<dl>
  <dt>09.00–09.30</dt>
  <dd><b>Opening.</b> The Swarm will be opened by the President, KOVAČ Mateja.</dd>
  <dt>09.30–12.30</dt>
  <dd><b>Watch B</b> — Chair: Tilen Zupan-Horvat, Vice-President
    <ul><li>(a) Adoption of the agenda — AB(24)01</li>
        <li>(b) Varroa counts — Dr Ana Novak-Rus (SBA) — AB(24)02</li>
        <li>(c) Queen rearing, first revision — J. Petek-Lah — AB(24)03 rev.1</li>
        <li>(d) Winter losses — Dr. M. Kos — AB(24)04</li></ul></dd>
  <dt>14.00–17.30</dt>
  <dd><b>Watch C</b> — Chair: KOVAČ Mateja
    <ul><li>(e) Budget — AB(24)05</li>
        <li>(f) Closing — the President</li></ul></dd>
</dl>
</body></html>`;

const doc = await loadHtml('programme.html', PROGRAMME);
const units = readingUnits(doc);
const families = learnSymbolFamilies([doc.body]);
const { sessions, lines } = readAgenda(units, 'programme.html', 2024, families);

describe('a programme with lettered items under named slots', () => {
  it('takes a short line over lettered items for the name of their slot, and reads "(c)" after "(b)" as a letter', () => {
    expect(sessions.map((s) => [s.start, s.title, s.items.map((i) => i.number)])).toEqual([
      ['2024-06-04T09:00', 'Opening.', []],
      ['2024-06-04T09:30', 'Watch B — Chair: Tilen Zupan-Horvat, Vice-President', ['A', 'B', 'C', 'D']],
      ['2024-06-04T14:00', 'Watch C — Chair: KOVAČ Mateja', ['E', 'F']],
    ]);
  });

  it('sets off the paper and the presenter after an item’s title, each in its field', () => {
    const items = sessions.flatMap((s) => s.items);
    expect(items.map((i) => [i.title, i.speakers.map((p) => p.name), i.documents ?? []])).toEqual([
      ['Adoption of the agenda', [], ['AB(24)01']],
      ['Varroa counts', ['Ana Novak-Rus'], ['AB(24)02']],
      ['Queen rearing, first revision', ['J. Petek-Lah'], ['AB(24)03 rev.1']],
      ['Winter losses', ['M. Kos'], ['AB(24)04']],
      ['Budget', [], ['AB(24)05']],
      ['Closing — the President', [], []],
    ]);
    expect(lines.length).toBe(6);
  });

  it('reads who opens from "opened by the President, KOVAČ Mateja", the office set off before the name', () => {
    const { openedBy } = readRoles(units, lines, 'programme.html');
    expect(openedBy?.value).toEqual({ name: 'KOVAČ Mateja', role: 'President' });
  });
});
