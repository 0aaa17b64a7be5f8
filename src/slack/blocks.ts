import type { types } from '@slack/bolt';
import type { Answer, Source } from '../answer/types.js';
import { extractSymbols, symbolKey, symbolUrl } from '../knowledge/doc-symbols.js';
import { calendarButton, followButton, MAX_ACTIONS } from '../text/session-actions.js';
import { escapeMrkdwn, mrkdwnLink, shorten } from './slack-text.js';

/** Slack's feedback_buttons element under every answer; each button's value is `<vote>:<questionId>`. */
export const FEEDBACK_ACTION = 'answer_feedback';
/** The 👍/👎 buttons of answers posted before the feedback_buttons element, still clickable in old threads. */
export const FEEDBACK_UP = 'feedback_up';
export const FEEDBACK_DOWN = 'feedback_down';

/** Slack's own limits: a section's text, blocks per message, elements per context block. */
const SECTION_TEXT_LIMIT = 3000;
export const MAX_MESSAGE_BLOCKS = 50;
const MAX_SOURCES = 5;
/** Notifications and clients without Block Kit show `text`; past this length they cut it anyway. */
const FALLBACK_TEXT_LIMIT = 3000;

export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** Cuts mrkdwn into pieces that fit a section, at paragraph, line or word breaks, never inside a `<…>` link. */
export function splitMrkdwn(text: string, limit = SECTION_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'));
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = limit;
    const openLink = window.lastIndexOf('<', cut);
    if (openLink > window.lastIndexOf('>', cut) && openLink > 0) cut = openLink;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

export function sectionBlocks(mrkdwn: string): types.SectionBlock[] {
  return splitMrkdwn(mrkdwn).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/** A reply made of mrkdwn only (command answers, errors); `fallback` is the plain text for notifications. */
export function textMessage(mrkdwn: string, fallback = mrkdwn): SlackMessage {
  return { text: shorten(fallback, FALLBACK_TEXT_LIMIT), blocks: sectionBlocks(mrkdwn).slice(0, MAX_MESSAGE_BLOCKS) };
}

/** The answer's own link for a symbol when a source points at it, otherwise the series' link pattern's, if any. */
function urlForSymbol(symbol: string, sources: Source[], template: string | undefined): string | undefined {
  const key = symbolKey(symbol);
  const fromSource = sources.find((s) => s.url && symbolKey(safeDecode(s.url)).endsWith(`/${key}`));
  return fromSource?.url ?? (template ? symbolUrl(symbol, template) : undefined);
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Escapes the answer for mrkdwn and turns each document symbol written out in it into a link. */
export function answerMrkdwn(text: string, sources: Source[], symbolUrlTemplate: string | undefined): string {
  let out = '';
  let at = 0;
  for (const { symbol, index } of extractSymbols(text)) {
    // "resolution 58/208" is found as A/RES/58/208 but not spelled so in the text; only literal symbols are linked.
    if (index < at || !text.startsWith(symbol, index)) continue;
    const url = urlForSymbol(symbol, sources, symbolUrlTemplate);
    out += escapeMrkdwn(text.slice(at, index)) + (url ? mrkdwnLink(url, symbol) : escapeMrkdwn(symbol));
    at = index + symbol.length;
  }
  return out + escapeMrkdwn(text.slice(at));
}

function sourceLine(source: Source, n: number): string {
  const title = source.section ? `${source.title} (${source.section})` : source.title;
  return source.url ? `${n}. ${mrkdwnLink(source.url, title)}` : `${n}. ${escapeMrkdwn(title)}, \`${source.path}\``;
}

function sourcesBlock(sources: Source[]): types.ContextBlock | undefined {
  const seen = new Set<string>();
  const distinct = sources.filter((s) => {
    const key = `${s.path}#${s.section ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (distinct.length === 0) return undefined;
  return {
    type: 'context',
    block_id: 'sources',
    elements: [
      { type: 'mrkdwn', text: '*Sources*' },
      ...distinct.slice(0, MAX_SOURCES).map((s, i) => ({ type: 'mrkdwn' as const, text: sourceLine(s, i + 1) })),
      // A context block holds at most ten elements; an answer across many meetings says how many records it used.
      ...(distinct.length > MAX_SOURCES
        ? [{ type: 'mrkdwn' as const, text: `and ${distinct.length - MAX_SOURCES} more` }]
        : []),
    ],
  };
}

/**
 * Slack's own feedback control for AI answers: a feedback_buttons element, which lives in a context_actions block
 * (https://docs.slack.dev/reference/block-kit/block-elements/feedback-buttons-element).
 */
function feedbackBlock(questionId: string): types.ContextActionsBlock {
  const button = (vote: 'up' | 'down', emoji: string, label: string) => ({
    text: { type: 'plain_text' as const, text: emoji, emoji: true },
    accessibility_label: label,
    value: `${vote}:${questionId}`,
  });
  return {
    type: 'context_actions',
    block_id: 'feedback',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION,
        positive_button: button('up', '👍', 'This answer helped'),
        negative_button: button('down', '👎', 'This answer did not help'),
      },
    ],
  };
}

/** A feedback button's value back into its vote and question; undefined for a value we never made. */
export function parseFeedbackValue(value: string): { vote: 'up' | 'down'; questionId: string } | undefined {
  const match = /^(up|down):(.+)$/.exec(value);
  return match ? { vote: match[1] as 'up' | 'down', questionId: match[2] as string } : undefined;
}

export interface AnswerMessageOptions {
  /** Carried by the 👍/👎 buttons so a vote can be matched to its question. */
  questionId: string;
  /** The series' link pattern for symbols no source links to (SYMBOL_URL_TEMPLATE, or the pages' own); none if unknown. */
  symbolUrlTemplate: string | undefined;
}

/** "Add to calendar" and "Follow" for each session the answer is about. */
function calendarBlock(sessionKeys: string[]): types.ActionsBlock | undefined {
  if (sessionKeys.length === 0) return undefined;
  return {
    type: 'actions',
    block_id: 'calendar',
    elements: sessionKeys.slice(0, Math.floor(MAX_ACTIONS / 2)).flatMap((key, i) => {
      const n = sessionKeys.length > 1 ? ` session ${i + 1}` : '';
      return [
        calendarButton({ kind: 'session', key }, n ? `Add${n} to calendar` : undefined),
        followButton(key, `Follow${n}`),
      ];
    }),
  };
}

/** What follows an answer's text: its sources as links, the sessions' calendar buttons, then the feedback buttons. */
export function answerTail(answer: Answer, options: AnswerMessageOptions): types.KnownBlock[] {
  const sources = sourcesBlock(answer.sources);
  const calendar = calendarBlock(answer.sessionKeys ?? []);
  return [...(sources ? [sources] : []), ...(calendar ? [calendar] : []), feedbackBlock(options.questionId)];
}

/** An engine answer as a Slack message: the answer in sections, its sources as links, and the feedback buttons. */
export function answerMessage(answer: Answer, options: AnswerMessageOptions): SlackMessage {
  const tail = answerTail(answer, options);
  let sections = sectionBlocks(answerMrkdwn(answer.answer, answer.sources, options.symbolUrlTemplate));
  const room = MAX_MESSAGE_BLOCKS - tail.length;
  if (sections.length > room) {
    sections = sections.slice(0, room);
    const last = sections[room - 1];
    if (last?.text) last.text.text = `${splitMrkdwn(last.text.text, SECTION_TEXT_LIMIT - 40)[0]}\n_(answer shortened)_`;
  }
  return { text: shorten(answer.answer, FALLBACK_TEXT_LIMIT), blocks: [...sections, ...tail] };
}
