import { describe, expect, it } from 'vitest';
import { CARDINAL_PATTERN, cardinalToNumber, ordinalToNumber } from '../../src/knowledge/ordinals.js';

describe('cardinalToNumber', () => {
  it('reads one to twenty-five, in any case and with a hyphen or a space', () => {
    expect(cardinalToNumber('eight')).toBe(8);
    expect(cardinalToNumber('Twenty-one')).toBe(21);
    expect(cardinalToNumber('twenty five')).toBe(25);
    expect(cardinalToNumber('one')).toBe(1);
  });

  it('reads nothing else', () => {
    expect(cardinalToNumber('twenty-six')).toBeUndefined();
    expect(cardinalToNumber('eighth')).toBeUndefined();
    expect(cardinalToNumber('8')).toBeUndefined();
  });

  it('keeps the ordinals as they were', () => {
    expect(ordinalToNumber('twenty-first')).toBe(21);
    expect(ordinalToNumber('10th')).toBe(10);
  });
});

describe('CARDINAL_PATTERN', () => {
  const find = (text: string) => new RegExp(`\\b(${CARDINAL_PATTERN})\\b`, 'i').exec(text)?.[1];

  it('matches a whole cardinal, the longest one', () => {
    expect(find('Workshop twenty-one opens')).toBe('twenty-one');
    expect(find('Seminar Seventeen')).toBe('Seventeen');
    expect(find('room twenty two')).toBe('twenty two');
  });

  it('does not match inside a longer word', () => {
    expect(find('someone, often, tenth')).toBeUndefined();
  });
});
