/**
 * Slack's message text is its own markup: `&`, `<` and `>` are control characters, mentions and links
 * arrive as `<@U123>` and `<https://…|label>`. These helpers cross that boundary in both directions.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<url|label>`; `<`, `>`, `|` and spaces would end the link early, so they are percent-encoded in the URL and replaced in the label. */
export function mrkdwnLink(url: string, label: string): string {
  const safeUrl = url.replace(/[<>| ]/g, (c) => encodeURIComponent(c));
  return `<${safeUrl}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

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

/** For titles and notification text, where Slack shows a single short line. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
