import { describe, expect, it } from 'vitest';
import { itemNumber, sameItemNumber } from '../../src/knowledge/item-numbers.js';

describe('agenda item numbers', () => {
  it.each([
    ['Item 6. Session 4: Country experiences', '6'],
    ['VI. The global forum on migration', 'VI'],
    ['(c) exchange of information', 'C'],
    ['Time: 11:30 – 13:00; Item: 6. Country experiences', '6'],
  ])('reads the number of %j', (text, number) => {
    expect(itemNumber(text)).toBe(number);
  });

  it('reads no number from a line that has none', () => {
    expect(itemNumber('Opening of the meeting')).toBeUndefined();
  });

  it.each([
    ['III', '3'],
    ['VI', '6'],
    ['IX', '9'],
  ])('counts %s and %s as the same item', (a, b) => {
    expect(sameItemNumber(a, b)).toBe(true);
  });

  it('tells different items apart', () => {
    expect(sameItemNumber('IV', '6')).toBe(false);
  });
});
