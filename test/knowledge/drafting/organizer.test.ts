import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/engine.js';
import { loadConfig } from '../../../src/config/env.js';
import { readHost, readOrganizer } from '../../../src/knowledge/drafting/organizer.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';
import { createLogger } from '../../../src/logging/logger.js';
import { useTempDirs } from '../../helpers/temp-dirs.js';

const unitsOf = (line: string) => readingUnits({ body: `# Third Seminar on Harbour Safety\n\n${line}` });
const hostOf = (line: string) => readHost(unitsOf(line), 'p.md', 3)?.value;
const organizerOf = (line: string) => readOrganizer(unitsOf(line), 'p.md', 3)?.value;

describe('who hosts a meeting, as its page says it', () => {
  it.each([
    ['Host: Havenbedrijf Rotterdam (HbR)', 'Havenbedrijf Rotterdam (HbR)'],
    ['Hosted by Port of Antwerp-Bruges (PoAB). All sittings are in the Schelde Room.', 'Port of Antwerp-Bruges (PoAB)'],
    [
      'The seminar will be held in Rotterdam, hosted by the Directorate of Harbour Pilotage (DHP).',
      'Directorate of Harbour Pilotage (DHP)',
    ],
    [
      'It met at the invitation of the Autorité portuaire de la Seine maritime (APSM) in Le Havre.',
      'Autorité portuaire de la Seine maritime (APSM)',
    ],
  ])('reads %j', (line, host) => {
    expect(hostOf(line)).toBe(host);
  });

  it.each([
    'The Chief Executive of the Port of Antwerp, our host, opened the seminar.',
    'Host: the city harbour office',
    'Hosted by Ms. Anneke Vos, Harbour Master.',
    'The fourth seminar will be hosted by the Port of Valparaíso (EPV).',
  ])('names no host from %j', (line) => {
    expect(hostOf(line)).toBeUndefined();
  });
});

describe('who organises a meeting, told apart from who hosts it', () => {
  it.each([
    ['- Organised by: the Dutch Pilotage Authority', 'Dutch Pilotage Authority'],
    ['Convened by the Harbour Safety Board (HSB) of the region.', 'Harbour Safety Board (HSB)'],
    ['The seminar was organized by the Pilotage Unit of the Board.', 'Pilotage Unit of the Board'],
  ])('reads %j', (line, organizer) => {
    expect(organizerOf(line)).toBe(organizer);
  });

  it('reads both from a sentence that names the two', () => {
    const line =
      'It was organized by the Pilotage Unit of the Board together with the Port of Ghent (PoG), which hosted it. Hosted by the Port of Ghent (PoG).';
    expect(organizerOf(line)).toBe('Pilotage Unit of the Board');
    expect(hostOf(line)).toBe('Port of Ghent (PoG)');
  });
});

describe('asking who hosted a meeting of raw pages', () => {
  const tempDir = useTempDirs('rapporteur-organizer');
  let knowledgeDir: string;

  beforeAll(() => {
    knowledgeDir = tempDir('knowledge');
    mkdirSync(knowledgeDir, { recursive: true });
    const pages: Record<string, string> = {
      'one.txt':
        'First Seminar on Harbour Safety\n\nAntwerp\n\n3 to 4 May 2019\n\nOrganized by the Harbour Safety Board (HSB). Hosted by the Antwerp Port Pilots Guild (APPG).',
      'two.txt':
        'Second Seminar on Harbour Safety\n\nRotterdam\n\n14 to 15 September 2021\n\nThe seminar met at the invitation of the Directorate of Harbour Pilotage (DHP).',
    };
    for (const [name, text] of Object.entries(pages)) writeFileSync(path.join(knowledgeDir, name), text);
  });

  it.each([
    ['Which organisation hosted the second seminar?', 'Directorate of Harbour Pilotage', 'two.txt'],
    ['who was the host of the 1st seminar', 'Antwerp Port Pilots Guild', 'one.txt'],
    ['hey, who organised the Antwerp seminar?', 'Harbour Safety Board', 'one.txt'],
  ])('answers %j from the page that says it', async (question, host, page) => {
    const engine = await createEngine({
      config: loadConfig({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: tempDir('data') }),
      logger: createLogger({ level: 'error', write: () => {} }),
    });
    try {
      const a = await engine.ask(question);
      expect(a.answer).toContain(host);
      expect(a.answered).toBe(true);
      expect(a.sources.map((s) => s.path)).toContain(page);
    } finally {
      await engine.close();
    }
  });
});
