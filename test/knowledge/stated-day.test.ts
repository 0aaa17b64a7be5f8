import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/knowledge/stated-day.js';

/**
 * "Tue 7.06" is a date where 7 June of the meeting's year is a Tuesday, and a clock time otherwise: the weekday a
 * page prints beside a dotted pair says which it is.
 */
describe('a weekday before a dotted pair of numbers', () => {
  it.each([
    ['Mon 4.09', 2023, '2023-09-04'],
    ['Thursday 16.11', 2028, '2028-11-16'],
    ['Wed. 3.7, from 10:00', 2024, '2024-07-03'],
  ])('reads %j as a day of %i', (text, year, day) => {
    expect(dayOf(text, year)).toBe(day);
  });

  it.each([
    ['Tue 9.30', 2022],
    ['Mon 4.09', 2024],
  ])('reads %j in %i as no day, since the weekday does not fall on it', (text, year) => {
    expect(dayOf(text, year)).toBeUndefined();
  });
});
