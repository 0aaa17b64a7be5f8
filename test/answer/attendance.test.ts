import { describe, expect, it } from 'vitest';
import { earlierReport } from '../helpers/filler-pages.js';
import { useEngineOver } from '../helpers/page-engine.js';

/** A fictional network of tram operators: the news item on its third council gives the attendance in a sentence. */
const NEWS = `# Third Council of the Tram Operators' Network

Porto, 9–10 June 2025

The third Council met in Porto. **41 participants** from 17 operators came to the Alfândega centre, and four more
followed online.
`;

const FIRST = earlierReport("Report of the First Council of the Tram Operators' Network", 'Graz, 4–5 June 2021', [
  'the renewal of rails',
  'driver training',
  'low-floor vehicles',
  'ticketing',
  'depot safety',
  'noise at night',
]);
const SECOND = earlierReport("Report of the Second Council of the Tram Operators' Network", 'Nantes, 6–7 June 2023', [
  'stop design',
  'winter service',
  'spare parts',
  'accessibility audits',
  'timetable data',
  'tram-train links',
]);

describe('a count with no noun before a verb of its own', () => {
  const engine = useEngineOver({ 'c1/report.md': FIRST, 'c2/report.md': SECOND, 'c3/news.md': NEWS });

  it.each([
    'How many came to the third council?',
    'how many attended in porto',
    'hey how many showed up at the porto council?',
  ])('counts the people who came: %s', async (question) => {
    const answer = await engine().ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('41');
  });
});
