import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/knowledge/corpus.js';
import { draftRecords } from '../../../src/knowledge/drafting/draft-records.js';
import { useTempDirs, writePages } from '../../helpers/temp-dirs.js';

/**
 * Minutes of a fictional guild of lighthouse keepers name people by a title and their family name ("Dr Okonkwo-Hale
 * presented …") once the page or the folder has named them in full.
 */
const MINUTES = [
  'MINUTES OF THE 4th MEETING OF THE GUILD',
  'Stavanger, 14 to 15 May 2024',
  '',
  '='.repeat(60),
  'WATCH A -- Tuesday 14 May, 09:00-12:30',
  '='.repeat(60),
  '',
  'I.   Opening',
  '     The Meeting was opened at 09:00 by Ms Sigrid Aamodt-Lie, Keeper of Utsira.',
  '',
  'II.  Lamps and lenses',
  '     Dr Okonkwo-Hale presented the survey of lamps.',
  '',
  'III. Fog signals',
  '     Mr Brekke presented the retirement plan.',
].join('\n');
const MEMBERS = [
  '# Keepers of the Guild',
  '',
  '- Dr Pelumi Okonkwo-Hale, Keeper of Feistein',
  '- Tor Brekke, Keeper of Lista',
  '- Anne Brekke, Keeper of Lindesnes',
].join('\n');

describe('a person named by title and family name alone', () => {
  const tempDir = useTempDirs('rapporteur-titled');

  it('takes the one full name the pages give, and keeps the name as printed where they give two', async () => {
    const dir = writePages(tempDir('knowledge'), { 'minutes.txt': MINUTES, 'members.md': MEMBERS });
    const [draft] = draftRecords((await loadCorpus(dir)).documents).drafts;
    const speakers = draft?.record.sessions.flatMap((s) =>
      s.items.map((i) => [i.number, i.speakers.map((p) => p.name)]),
    );
    expect(speakers).toEqual([
      ['I', ['Sigrid Aamodt-Lie']],
      ['II', ['Pelumi Okonkwo-Hale']],
      ['III', ['Mr Brekke']],
    ]);
  });
});
