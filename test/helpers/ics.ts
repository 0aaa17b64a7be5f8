/** A VEVENT of a test calendar, its times local to `zone`; `extra` lines (DESCRIPTION:, CATEGORIES:) go inside it. */
export function vevent(
  uid: string,
  summary: string,
  start: string,
  end: string,
  extra: string[] = [],
  zone = 'Europe/Vienna',
): string {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `SUMMARY:${summary}`,
    `DTSTART;TZID=${zone}:${start}`,
    `DTEND;TZID=${zone}:${end}`,
    ...extra,
    'END:VEVENT',
  ].join('\r\n');
}

/** A calendar file named `name`, with CRLF line ends as calendar programs write them. */
export function calendar(name: string, events: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', `X-WR-CALNAME:${name}`, ...events, 'END:VCALENDAR']
    .join('\r\n')
    .concat('\r\n');
}
