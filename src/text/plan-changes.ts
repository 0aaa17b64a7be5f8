/**
 * Meetings get postponed, moved and rescheduled, and people ask about it in words a page rarely shares: "what were
 * the original dates?", "which hall was it first supposed to be in?", "why was it pushed back?". A page says it
 * as "planned for 13–15 November, the consultation will now be held …", "moved from the X Hall to the Y Hall",
 * "postponed because …". Neither side names the other's words, so each is read for the idea itself: a change to
 * when or where a meeting was to be held, and what was planned before it. General English, for any series.
 */

/** A question about what was planned before a change, or about the change itself. */
const ASKS_PLAN_CHANGE = new RegExp(
  [
    String.raw`\b(?:original|originally|initial|initially)\b`,
    String.raw`\bfirst\s+(?:supposed|meant|planned|scheduled|set|due|announced|foreseen)\b`,
    String.raw`\b(?:supposed|meant|due|scheduled|set)\s+to\s+(?:be|take|have|happen|run|start)\b`,
    String.raw`\bwas\s+to\s+(?:be|take|have)\b`,
    String.raw`\b(?:pushed|put|moved|brought)\s+(?:back|forward|off|up)\b`,
    String.raw`\b(?:postpone[ds]?|postponement|postponing|delay(?:ed|s)?|reschedul(?:e|ed|ing)|relocat(?:e|ed|ion)|cancel(?:l?ed|lation)?)\b`,
    String.raw`\bmoved\b`,
    String.raw`\b(?:move|changed?|switch(?:ed)?)\b(?=[^?.]*\b(?:venue|date|dates|hall|room|place|city|to|from|elsewhere)\b)`,
    String.raw`\bsomewhere else\b`,
  ].join('|'),
  'i',
);

/** A passage that states such a change, or the plan it replaced. */
const STATES_PLAN_CHANGE = new RegExp(
  [
    String.raw`\b(?:postponed|postponement|deferred|delayed|rescheduled|relocated|cancell?ed|brought forward|pushed back)\b`,
    String.raw`\bmove[ds]?\s+(?:from|to|back|forward|up)\b`,
    String.raw`\b(?:first|originally|initially)\s+(?:announced|planned|scheduled|foreseen|proposed|chosen|meant)\b`,
    String.raw`\b(?:had been|was|were|originally|initially|first)\s+(?:originally\s+|initially\s+|first\s+)?(?:planned|scheduled|foreseen|announced|expected|set)\s+(?:for|to|in|at)\b`,
    String.raw`\bplanned for\b`,
    String.raw`\bas (?:originally |first )?(?:planned|scheduled|announced)\b`,
    String.raw`\b(?:will|would|shall)\s+now\s+(?:be|take)\b`,
    String.raw`\binstead of\b`,
    String.raw`\bno longer\b`,
    String.raw`\bnew\s+(?:dates?|venue|location|hall|room)\b`,
    String.raw`\bchange of (?:venue|dates?|location|plans?)\b`,
  ].join('|'),
  'i',
);

export function asksAboutPlanChange(question: string): boolean {
  return ASKS_PLAN_CHANGE.test(question);
}

/** Once a question is about a change of plan, "why the change?" names that change, not a word to find. */
const CHANGE_WORD = /\bchang(?:e|es|ed|ing)\b/gi;

/**
 * The question without the words that ask about the change ("first meant to be somewhere else"): they stand for the
 * idea, which a page states in its own words, so they are no words to find in it.
 */
export function withoutPlanChangeCues(question: string): string {
  return question.replace(new RegExp(ASKS_PLAN_CHANGE.source, 'gi'), ' ').replace(CHANGE_WORD, ' ');
}

export function statesPlanChange(text: string): boolean {
  return STATES_PLAN_CHANGE.test(text);
}
