/**
 * Calendar exporters put the meeting and the session into one SUMMARY: "Coordination meeting on statistics -
 * Session 1: Opening", "Spring meeting: Data review", "Forum — Closing". Splitting it lets a session be named by
 * its own title and grouped under its meeting, instead of repeating the whole summary as both.
 */

export interface SplitTitle {
  /** The meeting the summary names before its separator; absent when the summary names only the session. */
  meeting?: string;
  session: string;
}

/** Words that open a session's own label ("Session 1", "Day 2"): such a prefix is no meeting's name. */
const SESSION_LABEL = /^(?:session|day|part|panel|segment|item|block|slot|module|round)\b/i;
/** "X - Session 1: Y": the session keeps its label, the meeting is what precedes it. */
const LABELLED = /^(.+?)\s+[-–—]\s+((?:session|day|part|panel|segment)\s+[\p{L}\p{N}.]+\s*[:.\-–—]\s*.+)$/iu;
/** "X — Y", "X – Y" or "X - Y": a dash with spaces around it. */
const DASHED = /^(.+?)\s+[-–—]\s+(.+)$/u;
/** "X: Y", never "10:00" (a colon without a space after it). */
const COLONED = /^(.+?):\s+(.+)$/u;

export function splitSummary(summary: string): SplitTitle {
  const text = summary.replace(/\s+/g, ' ').trim();
  for (const pattern of [LABELLED, DASHED, COLONED]) {
    const m = pattern.exec(text);
    const meeting = m?.[1]?.trim();
    const session = m?.[2]?.trim();
    if (!meeting || !session) continue;
    if (SESSION_LABEL.test(meeting)) return { session: text };
    return { meeting, session };
  }
  return { session: text };
}
