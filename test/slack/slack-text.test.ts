import { describe, expect, it } from 'vitest';
import { eventKey } from '../../src/slack/handled-events.js';
import { describeLeadTimes } from '../../src/slack/reminder-text.js';
import { mrkdwnLink, plainQuestion } from '../../src/slack/slack-text.js';
import { HandledEvents } from '../../src/storage/memory-handled-events.js';

describe('Slack text', () => {
  it('reads the question a person typed out of Slack markup', () => {
    expect(
      plainQuestion(
        '<@UBOT> what did <@U2|ana> say in <#C1|general> about <https://x.org|this> &amp; A/RES/68/4?',
        'UBOT',
      ),
    ).toBe('what did @ana say in #general about this & A/RES/68/4?');
    expect(plainQuestion('<@UBOT>', 'UBOT')).toBe('');
  });

  it('builds links that a label or URL cannot break', () => {
    expect(mrkdwnLink('https://x.org/a b|c', 'A|B <c>')).toBe('<https://x.org/a%20b%7Cc|A¦B &lt;c&gt;>');
  });

  it('says lead times the way people do', () => {
    expect(describeLeadTimes('1d,15m')).toBe('1 day and 15 minutes');
    expect(describeLeadTimes('2h, 30, 1m')).toBe('2 hours, 30 minutes and 1 minute');
  });
});

describe('handled events', () => {
  it('keys a message by channel and ts, other events by event id', () => {
    expect(eventKey({ event_id: 'Ev1', event: { type: 'app_mention', channel: 'C1', ts: '1.2' } })).toBe('C1:1.2');
    expect(eventKey({ event_id: 'Ev2', event: { type: 'app_home_opened', user: 'U1' } })).toBe('Ev2');
    expect(eventKey({ command: '/meetings' })).toBeUndefined();
  });

  it('remembers a bounded number of events, forgetting the oldest', () => {
    const handled = new HandledEvents(2);
    expect([handled.firstTime('a'), handled.firstTime('a')]).toEqual([true, false]);
    handled.firstTime('b');
    handled.firstTime('c');
    expect(handled.firstTime('a')).toBe(true);
    expect(handled.firstTime('c')).toBe(false);
  });
});
