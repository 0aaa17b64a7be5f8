/**
 * Slack's mrkdwn, written: `&`, `<` and `>` are control characters and links are `<url|label>`. Reminders and
 * replies both write it, so it lives outside src/slack, which reads Slack's markup back.
 */

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<url|label>`; `<`, `>`, `|` and spaces would end the link early, so they are percent-encoded in the URL and replaced in the label. */
export function mrkdwnLink(url: string, label: string): string {
  const safeUrl = url.replace(/[<>| ]/g, (c) => encodeURIComponent(c));
  return `<${safeUrl}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

/** For titles and notification text, where Slack shows a single short line. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
