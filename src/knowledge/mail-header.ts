/**
 * A mail kept as a page opens with the header fields mail programs write ("From: …", "Date: …", "Subject: …"). The
 * header says who sent the mail and when; the subject says what it is about. Neither the sender nor the day it was
 * sent is the meeting's.
 */
const FIELD = /^(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:/i;
/** Any header field a mail program may add beside those ("Message-ID:", "Content-Type:", "X-Mailer:"). */
const ANY_FIELD = /^[A-Za-z][A-Za-z0-9-]*:\s/;
/** What a reply or forward puts before the subject ("Re: ", "Fwd: ", a list's "[partners] "). */
const REPLY_MARKS = /^(?:(?:re|fwd?|aw|wg|tr)\s*:\s*|\[[^\]]{1,40}\]\s*)+/i;
const MIN_FIELDS = 2;
/** The header field that says when the mail was sent. */
const SENDING_DATE = /^(?:date|sent)\s*:/i;

/** The lines of the page's opening mail header, where it opens with one: fields, and their folded continuations. */
function headerLines(body: string): string[] | undefined {
  const lines: string[] = [];
  for (const line of body.split('\n')) {
    if (line.trim() === '') break;
    lines.push(line);
  }
  const isHeader =
    lines.filter((l) => FIELD.test(l)).length >= MIN_FIELDS && lines.every((l) => ANY_FIELD.test(l) || /^\s/.test(l));
  return isHeader ? lines : undefined;
}

/** "PMR-3 postponed: new dates 1-3/2/2022" for a mail whose subject is "Re: [list] PMR-3 postponed: …". */
export function mailSubject(body: string): string | undefined {
  const subject = headerLines(body)?.find((l) => /^subject\s*:/i.test(l));
  return (
    subject
      ?.replace(/^subject\s*:\s*/i, '')
      .replace(REPLY_MARKS, '')
      .trim() || undefined
  );
}

/** The page with its mail header's sending date blanked, line for line, so no reader takes it for the meeting's. */
export function withoutSendingDate(body: string): string {
  return blankedHeader(body, (l) => SENDING_DATE.test(l)).body;
}

/**
 * The page as a reader quotes it: the header keeps who wrote to whom and the subject, each on its line, and loses the
 * sending date and the fields mail programs add for themselves ("Message-ID:", "Content-Type:"), line for line.
 * `headerLength`: how many lines the header takes, 0 when the page opens with none.
 */
export function withoutMailMachinery(body: string): { body: string; headerLength: number } {
  return blankedHeader(body, (l) => SENDING_DATE.test(l) || (ANY_FIELD.test(l) && !FIELD.test(l)));
}

function blankedHeader(body: string, blank: (line: string) => boolean): { body: string; headerLength: number } {
  const header = headerLines(body);
  if (!header) return { body, headerLength: 0 };
  let inBlanked = false;
  const blanked = header.map((l) => {
    // A folded continuation goes with the field it continues.
    if (!/^\s/.test(l)) inBlanked = blank(l);
    return inBlanked ? '' : l;
  });
  return {
    body: [...blanked, body.split('\n').slice(header.length).join('\n')].join('\n'),
    headerLength: header.length,
  };
}
