import { describe, expect, it } from 'vitest';
import { namesRoom } from '../../src/knowledge/drafting/page-fields.js';
import { useEngineOver } from '../helpers/page-engine.js';

/** A fictional cartographers' society: one meeting's pages name its room, the other's only its building and hotel. */
const PAGES: Record<string, string> = {
  'c2-ghent-2025/notice.md': [
    '# 2nd Congress of the Society of Map Curators',
    '',
    'Ghent, 6–8 May 2025. The Congress was held at Het Pand, the conference centre of Ghent University.',
    '',
    'A block of rooms is held at the Hotel Harmony for participants until 1 April 2025.',
  ].join('\n'),
  'c3-porto-2027/notice.md': [
    '# 3rd Congress of the Society of Map Curators',
    '',
    'Porto, 4–6 May 2027. All sittings are held in the Sala Infante of the Palácio da Bolsa.',
  ].join('\n'),
};

describe('"which room" questions', () => {
  const engine = useEngineOver(PAGES);

  it('are answered by the room a page names', async () => {
    const a = await engine().ask('which room is the porto congress in?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Sala Infante');
  });

  it('are not answered by the building or a hotel’s block of rooms', async () => {
    const a = await engine().ask('which room at Het Pand was the ghent congress in?');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('Hotel Harmony');
  });

  it.each([
    ['Yarra Room', true],
    ['in the Rous Auditorium', true],
    ['Hall 2', true],
    ['Conference Room 6', true],
    ['Banyan House', false],
    ['a block of rooms at the Harbour View Hotel', false],
  ])('%j names a room: %s', (text, room) => {
    expect(namesRoom(text)).toBe(room);
  });
});
