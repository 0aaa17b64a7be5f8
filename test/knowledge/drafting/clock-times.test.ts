import { describe, expect, it } from 'vitest';
import { clockRange, clockRanges } from '../../../src/knowledge/drafting/clock-times.js';

describe('clock times as programmes print them', () => {
  it.each([
    ['09.00 – 12.30', { start: '09:00', end: '12:30' }],
    ['10:00-17:00', { start: '10:00', end: '17:00' }],
    ['from 10 a.m. to 6 p.m.', { start: '10:00', end: '18:00' }],
    ['10 a.m.–1 p.m.', { start: '10:00', end: '13:00' }],
    ['8:30 a.m. to 4:30 p.m. Pacific time', { start: '08:30', end: '16:30' }],
    ['1 to 5 p.m.', { start: '13:00', end: '17:00' }],
    ['9 to 5 p.m.', { start: '09:00', end: '17:00' }],
    ['12.45 – 14.00 hrs', { start: '12:45', end: '14:00' }],
    ['14.00 hrs', { start: '14:00' }],
    ['15h00', { start: '15:00' }],
    ['0930–1015', { start: '09:30', end: '10:15' }],
    ['1230–14:30 hrs', { start: '12:30', end: '14:30' }],
    ['1430 hrs', { start: '14:30' }],
    ['10:30 a.m. – noon', { start: '10:30', end: '12:00' }],
    ['1.30pm – 3pm', { start: '13:30', end: '15:00' }],
    ['10:30-11', { start: '10:30', end: '11:00' }],
    ['11-11:30', { start: '11:00', end: '11:30' }],
    ['13-14:30', { start: '13:00', end: '14:30' }],
    ['11.15am – noon', { start: '11:15', end: '12:00' }],
  ])('reads "%s"', (text, expected) => {
    expect(clockRange(text)).toEqual(expected);
  });

  it('reads every range of a line in order', () => {
    expect(clockRanges('Hours: 10:00–13:00 and 15:00–18:00 each day')).toEqual([
      { start: '10:00', end: '13:00' },
      { start: '15:00', end: '18:00' },
    ]);
  });

  it.each([
    'on 15 October 2003',
    'resolution 58/208',
    'UTC+7',
    'Conference Room 6',
    '2.5 million people',
    '52 participants',
    'the 2018–2021 work plan',
    'pages 10-12',
    '3-4 May',
    'Porto, 04.10.2021 – 06.10.2021',
    '2025-09-24 to 2025-09-26',
    'Room 1015',
  ])('finds no time in "%s"', (text) => {
    expect(clockRanges(text)).toEqual([]);
  });
});
