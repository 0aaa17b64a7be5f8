import { describe, expect, it } from 'vitest';
import { readAgenda } from '../../../src/knowledge/drafting/agenda.js';
import { readRoles } from '../../../src/knowledge/drafting/page-fields.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';

/**
 * Plain-text minutes of a fictional guild of lighthouse keepers: each half-day's heading is boxed between rules of
 * "=" and "-", and each item is told in prose under its numeral, wrapped at the page's width.
 */
const RULE = '='.repeat(66);
const MINUTES = [
  'GUILD OF LIGHTHOUSE KEEPERS',
  'GLK(24)09 -- 30 May 2024',
  '',
  'MINUTES OF THE 4th CONVOCATION',
  'Stavanger -- 14 to 15 May 2024',
  '',
  RULE,
  'WATCH A -- Tuesday 14 May, 09:00-12:30 -- chair: the Warden',
  RULE,
  '',
  'I.   Opening',
  '     The Convocation was opened at 09:00 by Ms Sigrid Aamodt-Lie, Keeper',
  '     of Utsira. Mr Ó. Fearghail-Breat spoke for the co-host.',
  '',
  'II.  Lamps and lenses',
  '     Dr. P. Okonkwo-Hale presented GLK(24)02.',
  '',
  '-'.repeat(66),
  'Tuesday 14 May, 14:00 -- boat trip to Feistein.',
  '-'.repeat(66),
  '',
  RULE,
  'WATCH B -- Wednesday 15 May, 09:30-12:00 -- chair: T. Brekke',
  RULE,
  '',
  'III. Closing',
  '     The Warden closed the Convocation at 11:50.',
].join('\n');

describe('plain-text minutes with ruled headings and items told in prose', () => {
  const units = readingUnits({ body: MINUTES });

  it('reads no rule as text and takes a line boxed between rules for the heading of what follows', () => {
    expect(units.some((u) => /^[=-]{3,}$/.test(u.text))).toBe(false);
    const lenses = units.find((u) => u.text.startsWith('II. Lamps'));
    expect(lenses?.frame.day).toBe('WATCH A -- Tuesday 14 May, 09:00-12:30 -- chair: the Warden');
    expect(lenses?.frame.time).toBe(lenses?.frame.day);
    // The rule ends the item above it: the boxed note after item II is no part of it.
    expect(lenses?.text).not.toContain('boat trip');
  });

  it('holds each item in the session of its heading, with the people its prose names, hyphenated names whole', () => {
    const { sessions } = readAgenda(units, 'minutes.txt', 2024);
    expect(sessions.map((s) => [s.start, s.end, s.items.map((i) => i.number)])).toEqual([
      ['2024-05-14T09:00', '2024-05-14T12:30', ['I', 'II']],
      ['2024-05-15T09:30', '2024-05-15T12:00', ['III']],
    ]);
    const [opening, lenses] = sessions[0]?.items ?? [];
    expect(opening?.speakers.map((p) => p.name)).toEqual(['Sigrid Aamodt-Lie', 'Ó. Fearghail-Breat']);
    expect(lenses?.speakers.map((p) => p.name)).toEqual(['P. Okonkwo-Hale']);
  });
});

describe('who closed, said of an office in a clause joined to another', () => {
  it('names whoever the minutes say holds the office: "The Warden thanked … and closed the Convocation"', () => {
    const minutes = [
      'MINUTES OF THE 4th CONVOCATION',
      '',
      'Presiding:   Ms T. Brekke-Vang, Warden',
      '',
      'III. Closing',
      '     The Warden thanked the hosts and closed the Convocation at 11:50.',
    ].join('\n');
    const units = readingUnits({ body: minutes });
    const { closedBy } = readRoles(units, readAgenda(units, 'minutes.txt', 2024).lines, 'minutes.txt');
    expect(closedBy?.value).toEqual({ name: 'T. Brekke-Vang', role: 'Warden' });
  });
});
