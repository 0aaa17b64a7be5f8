import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import {
  answerMessage,
  answerMrkdwn,
  FEEDBACK_ACTION,
  parseFeedbackValue,
  splitMrkdwn,
} from '../../src/slack/blocks.js';

const UNDOCS = 'https://undocs.org/{symbol}';

const answer = (text: string, sources: Answer['sources'] = []): Answer => ({
  answer: text,
  answered: true,
  intent: 'search',
  sources,
  confidence: 0.9,
});

const options = { questionId: 'q', symbolUrlTemplate: UNDOCS };

describe('answer blocks', () => {
  it('escapes Slack control characters and links document symbols', () => {
    const text = answerMrkdwn('Q&A <b> on A/RES/68/4 and E/CN.9/2014/3.', [], UNDOCS);
    expect(text).toBe(
      'Q&amp;A &lt;b&gt; on <https://undocs.org/A/RES/68/4|A/RES/68/4> and <https://undocs.org/E/CN.9/2014/3|E/CN.9/2014/3>.',
    );
  });

  it("prefers a source's own URL for a symbol and leaves URLs and spelled-out resolutions alone", () => {
    const sources = [{ path: 'a.md', title: 'A', url: 'https://example.org/docs/A/RES/68/4', score: 1 }];
    expect(answerMrkdwn('See A/RES/68/4 at https://undocs.org/A/RES/68/4', sources, UNDOCS)).toBe(
      'See <https://example.org/docs/A/RES/68/4|A/RES/68/4> at https://undocs.org/A/RES/68/4',
    );
    expect(answerMrkdwn('resolution 58/208', [], UNDOCS)).toBe('resolution 58/208');
    expect(answerMrkdwn('A/68/190', [], 'https://docs.example/{symbol}')).toBe(
      '<https://docs.example/A/68/190|A/68/190>',
    );
  });

  it('lists sources as links, or title and path without a URL, and adds feedback buttons', () => {
    const message = answerMessage(
      answer('The 10th meeting was opened by Bela Hovy.', [
        { path: 'meetings/10.md', title: 'Tenth meeting', url: null, score: 1, section: 'Facts' },
        { path: 'meetings/10.md', title: 'Tenth meeting', url: null, score: 0.5, section: 'Facts' },
        { path: 'context/x.md', title: 'A <report>', url: 'https://example.org/x y', score: 0.4 },
      ]),
      { questionId: 'C1:1.000001', symbolUrlTemplate: UNDOCS },
    );
    expect(message.text).toBe('The 10th meeting was opened by Bela Hovy.');
    const [section, sources, actions] = message.blocks;
    expect(section).toMatchObject({ type: 'section', text: { type: 'mrkdwn' } });
    expect(sources).toMatchObject({
      type: 'context',
      elements: [
        { text: '*Sources*' },
        { text: '1. Tenth meeting (Facts), `meetings/10.md`' },
        { text: '2. <https://example.org/x%20y|A &lt;report&gt;>' },
      ],
    });
    expect(actions).toMatchObject({
      type: 'context_actions',
      elements: [
        {
          type: 'feedback_buttons',
          action_id: FEEDBACK_ACTION,
          positive_button: { value: 'up:C1:1.000001', text: { type: 'plain_text' } },
          negative_button: { value: 'down:C1:1.000001', text: { type: 'plain_text' } },
        },
      ],
    });
    expect(parseFeedbackValue('down:C1:1.000001')).toEqual({ vote: 'down', questionId: 'C1:1.000001' });
    expect(parseFeedbackValue('C1:1.000001')).toBeUndefined();
  });

  it('shows five sources and counts the rest for an answer drawn from many records', () => {
    const records = Array.from({ length: 12 }, (_, i) => ({
      path: `meetings/${i + 1}.md`,
      title: `Meeting ${i + 1}`,
      url: null,
      score: 0.8,
    }));
    const message = answerMessage(answer('Twelve meetings cite a mandate.', records), options);
    const sources = message.blocks.find((b) => b.block_id === 'sources');
    expect(sources?.type === 'context' && sources.elements.length).toBe(7);
    expect(sources).toMatchObject({ elements: expect.arrayContaining([{ type: 'mrkdwn', text: 'and 7 more' }]) });
  });

  it('splits long answers into sections of at most 3000 characters, never inside a link', () => {
    const paragraph = `${'word '.repeat(150)}A/RES/68/4 ${'more '.repeat(150)}`;
    const message = answerMessage(answer(Array.from({ length: 12 }, () => paragraph).join('\n\n')), options);
    const sections = message.blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    for (const block of sections) {
      const text = block.type === 'section' ? (block.text?.text ?? '') : '';
      expect(text.length).toBeLessThanOrEqual(3000);
      expect((text.match(/</g) ?? []).length).toBe((text.match(/>/g) ?? []).length);
    }
    expect(message.text.length).toBeLessThanOrEqual(3000);
  });

  it('stays within 50 blocks however long the answer is', () => {
    const huge = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} ${'x'.repeat(900)}`).join('\n\n');
    const message = answerMessage(answer(huge), options);
    expect(message.blocks).toHaveLength(50);
    expect(JSON.stringify(message.blocks.at(-2))).toContain('answer shortened');
  });

  it('cuts an unbroken text at the limit', () => {
    expect(splitMrkdwn('x'.repeat(7000)).map((p) => p.length)).toEqual([3000, 3000, 1000]);
  });
});
