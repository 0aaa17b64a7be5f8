import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../helpers/page-engine.js';

/**
 * A fictional league of lighthouse keepers meeting in "Gatherings": a page about the series that lists its meetings,
 * a newsletter about two of them, and an event page that gives the place as an address and explains its dates under
 * a heading that asks why.
 */
const PAGES: Record<string, string> = {
  'about/gatherings.md': `# The Gatherings of the League

Every two years the keepers meet at a Gathering, hosted by one of the member services. The 1st Gathering (Brest, 2014) is recorded only in print.

## 4th Gathering — Hobart, Australia
2–4 March 2027 · Host: Tasman Light Service

## 3rd Gathering — Tallinn, Estonia
12–14 June 2025 · Host: Baltic Beacons

## 2nd Gathering — Cork, Ireland
5–7 May 2023 · Host: Irish Lights Trust
`,
  '3/report.md': `# Report of the 3rd Gathering of the League

Tallinn, 12–14 June 2025

The 3rd Gathering was opened by Kadri Tamm, Director of Baltic Beacons. It adopted the Tallinn Code on lamp maintenance.
`,
  'news/beam-12.txt': `Subject: The Beam No. 12 | Tallinn done, Hobart next

THE BEAM
Newsletter of the League

1. TALLINN: WHAT THE 3RD GATHERING DECIDED
The Tallinn Code was adopted. Hobart will host the 4th Gathering.

DIARY
  1 Sep 2026     Registration opens for the 4th Gathering
  2-4 Mar 2027   4th Gathering, Hobart
`,
  '4/event.html': `<html><head><title>4th Gathering · Hobart 2027</title></head><body><main>
<h1>4th Gathering of the League of Lighthouse Keepers</h1>
<dl>
<dt>When</dt><dd>Tuesday 2 – Thursday 4 March 2027</dd>
<dt>Where</dt><dd>Salt Store Hall, 12 Castray Esplanade, Battery Point, Hobart, Tasmania.</dd>
<dt>Host</dt><dd>Tasman Light Service</dd>
</dl>
<h2>Why Hobart, why March</h2>
<p>The Tasman Light Service offered to host in Tallinn. Early March is the end of the calm season on the Derwent, and the restored Iron Pot light will be open to visitors by then.</p>
</main></body></html>`,
};

describe('a series page, a newsletter and an event page', () => {
  const engine = useEngineOver(PAGES, { NOW: '2026-12-01T09:00:00Z' });

  it('takes the city of the event page from its address', async () => {
    const a = await engine().ask('which city is the 4th gathering in?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Hobart/);
  });

  it.each([
    'why is the 4th gathering in March?',
    'why did they pick march for the fourth gathering',
    'hey, why March for the 4th one?',
  ])('answers %j from the section whose heading asks why', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/end of the calm season/);
    expect(a.sources[0]?.path).toBe('4/event.html');
  });

  it('does not take the series page for the first meeting it names, nor its first dates for that meeting', async () => {
    const a = await engine().ask('when was the 1st gathering?');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/^I couldn't find that meeting/);
  });
});
