import { describe, expect, it } from 'vitest';
import { itemNumber, sameItemNumber } from '../../src/knowledge/item-numbers.js';

describe('agenda item numbers', () => {
  it.each([
    ['Item 6. Session 4: Country experiences', '6'],
    ['VI. The global forum on migration', 'VI'],
    ['(c) exchange of information', 'C'],
    ['Time: 11:30 – 13:00; Item: 6. Country experiences', '6'],
    ['Item 2 Water accounts in small islands', '2'],
    ['Agenda item IV Reports of the working groups', 'IV'],
  ])('reads the number of %j', (text, number) => {
    expect(itemNumber(text)).toBe(number);
  });

  it.each([
    'Opening of the meeting',
    // A figure with no stop and no "item" before it is part of the title.
    '2013 review of the reef census',
    'Item a plenty of unfinished business',
  ])('reads no number from %j', (text) => {
    expect(itemNumber(text)).toBeUndefined();
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
