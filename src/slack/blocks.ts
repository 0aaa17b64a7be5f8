import type { types } from '@slack/bolt';
import type { Answer, Source } from '../answer/types.js';
import { extractSymbols, symbolKey, symbolUrl } from '../knowledge/doc-symbols.js';
import { escapeMrkdwn, mrkdwnLink, shorten } from './slack-text.js';

export const FEEDBACK_UP = 'feedback_up';
export const FEEDBACK_DOWN = 'feedback_down';

/** Slack's own limits: a section's text, blocks per message, elements per context block. */
const SECTION_TEXT_LIMIT = 3000;
const MAX_BLOCKS = 50;
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
  return { text: shorten(fallback, FALLBACK_TEXT_LIMIT), blocks: sectionBlocks(mrkdwn).slice(0, MAX_BLOCKS) };
}

/** The answer's own link for a symbol when a source points at it, otherwise SYMBOL_URL_TEMPLATE's. */
function urlForSymbol(symbol: string, sources: Source[], template: string): string {
  const key = symbolKey(symbol);
  const fromSource = sources.find((s) => s.url && symbolKey(safeDecode(s.url)).endsWith(`/${key}`));
  return fromSource?.url ?? symbolUrl(symbol, template);
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Escapes the answer for mrkdwn and turns each document symbol written out in it into a link. */
export function answerMrkdwn(text: string, sources: Source[], symbolUrlTemplate: string): string {
  let out = '';
  let at = 0;
  for (const { symbol, index } of extractSymbols(text)) {
    // "resolution 58/208" is found as A/RES/58/208 but not spelled so in the text; only literal symbols are linked.
    if (index < at || !text.startsWith(symbol, index)) continue;
    out += escapeMrkdwn(text.slice(at, index)) + mrkdwnLink(urlForSymbol(symbol, sources, symbolUrlTemplate), symbol);
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

function feedbackBlock(questionId: string): types.ActionsBlock {
  const button = (actionId: string, emoji: string, label: string): types.Button => ({
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: emoji, emoji: true },
    accessibility_label: label,
    value: questionId,
  });
  return {
    type: 'actions',
    block_id: 'feedback',
    elements: [
      button(FEEDBACK_UP, ':thumbsup:', 'This answer helped'),
      button(FEEDBACK_DOWN, ':thumbsdown:', 'This answer did not help'),
    ],
  };
}

export interface AnswerMessageOptions {
  /** Carried by the 👍/👎 buttons so a vote can be matched to its question. */
  questionId: string;
  /** SYMBOL_URL_TEMPLATE, for symbols no source links to. */
  symbolUrlTemplate: string;
}

/** An engine answer as a Slack message: the answer in sections, its sources as links, and 👍/👎 buttons. */
export function answerMessage(answer: Answer, options: AnswerMessageOptions): SlackMessage {
  const sources = sourcesBlock(answer.sources);
  const tail: types.KnownBlock[] = [...(sources ? [sources] : []), feedbackBlock(options.questionId)];
  let sections = sectionBlocks(answerMrkdwn(answer.answer, answer.sources, options.symbolUrlTemplate));
  const room = MAX_BLOCKS - tail.length;
  if (sections.length > room) {
    sections = sections.slice(0, room);
    const last = sections[room - 1];
    if (last?.text) last.text.text = `${splitMrkdwn(last.text.text, SECTION_TEXT_LIMIT - 40)[0]}\n_(answer shortened)_`;
  }
  return { text: shorten(answer.answer, FALLBACK_TEXT_LIMIT), blocks: [...sections, ...tail] };
}
