import { describe, expect, it } from 'vitest';
import { contentTokens, foldText, initialisms } from '../../src/retrieval/tokenize.js';

describe('search terms', () => {
  it.each([
    ['16 Oct 2003', '16 October 2003'],
    ['Sept. 9', 'September 9'],
    ['3 Feb', '3 February'],
  ])('reads the month abbreviation in %j as the month', (short, long) => {
    expect(contentTokens(short)).toEqual(contentTokens(long));
  });

  it('keeps numbers whole and stems words', () => {
    expect(contentTokens('The remittances of 2003')).toEqual(['remitt', '2003']);
  });
});

describe('initialisms', () => {
  it('finds the short form of a title written in any case, connectors skipped', () => {
    expect(initialisms('The global forum on migration and development').has('gfmd')).toBe(true);
    expect(initialisms('Session 2: Water Data Exchange Network').has('wden')).toBe(true);
  });

  it('spans only consecutive words', () => {
    expect(initialisms('global data and forum partners').has('gfp')).toBe(false);
  });
});

describe('the number sign', () => {
  it.each(['Note No. 5819', 'Note Nº 5819', 'note #5819'])(
    'reads %j as the word "number" before the figure',
    (text) => {
      expect(contentTokens(text)).toEqual(['note', 'number', '5819']);
    },
  );

  it('leaves "no" before a word alone', () => {
    expect(contentTokens('No printed documents')).not.toContain('number');
  });
});

describe('numbers in words', () => {
  it.each([
    ['item three', ['item', '3']],
    ['Three objectives', ['3', 'object']],
    ['twelve participants', ['12', 'particip']],
  ])('reads %j with the figure', (text, tokens) => {
    expect(contentTokens(text)).toEqual(tokens);
  });
});

describe('function words of comparison, reference and degree', () => {
  it.each([
    ['original dates vs new dates', ['origin', 'date', 'new', 'date']],
    ['the old venue versus the new one', ['old', 'venu', 'new', '1']],
    ['the first plans and the new ones', ['first', 'plan', 'new']],
    ['when exactly did it close', ['close']],
    ['roughly how many actually came', ['mani', 'came']],
  ])('are no content words in %j', (text, terms) => {
    expect(contentTokens(text)).toEqual(terms);
  });
});

describe('foldText', () => {
  it.each([
    ['Tromsø', 'tromso'],
    ['Łódź', 'lodz'],
    ['Halvorsen-Mæland', 'halvorsen-maeland'],
    ['Straße', 'strasse'],
    ['Gdańsk', 'gdansk'],
  ])('spells %j as people type it without its marks: %j', (printed, typed) => {
    expect(foldText(printed)).toBe(typed);
    expect(contentTokens(printed)).toEqual(contentTokens(typed));
  });
});
