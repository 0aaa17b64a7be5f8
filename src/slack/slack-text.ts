/**
 * Slack's message text is its own markup: `&`, `<` and `>` are control characters, mentions and links
 * arrive as `<@U123>` and `<https://…|label>`. These helpers cross that boundary in both directions.
 */

export { escapeMrkdwn, mrkdwnLink, shorten } from '../text/mrkdwn.js';

/**
 * The question a person typed, as plain text: the bot's own mention removed, other mentions and links
 * reduced to what the reader saw, entities decoded. The engine should never see Slack markup.
 */
export function plainQuestion(text: string, botUserId?: string): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_, id: string, name?: string) =>
      id === botUserId ? ' ' : `@${name ?? id}`,
    )
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
