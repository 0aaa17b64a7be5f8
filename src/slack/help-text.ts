import type { Answer } from '../answer/types.js';

/** The /meetings commands, one line each, for every help reply in Slack. */
export const MEETINGS_COMMANDS = [
  '`/meetings next`: the next session',
  '`/meetings agenda [meeting number or title word]`: the agenda of a meeting (the next or latest one by default), to follow its sessions or add it to your calendar',
  '`/meetings my`: the sessions you follow, in your time zone (or say "my agenda" to me)',
  '`/meetings doc <symbol>`: a document and where the meetings cite it',
  '`/meetings remind on [minutes]` or `/meetings remind off`: session reminders for you',
  '`/meetings reload`: re-read the knowledge folder (workspace admins only)',
  '`/meetings help`: this list',
].join('\n');

/**
 * The engine's help (what it answers from, with example questions made from the corpus) plus what only Slack
 * has: the /meetings commands. The engine knows nothing of Slack, so this is added here.
 */
export function withCommands(help: Answer): Answer {
  return { ...help, answer: `${help.answer}\n\nIn Slack you can also use:\n${MEETINGS_COMMANDS}` };
}
