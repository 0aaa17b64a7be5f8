import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock } from '../config/clock.js';
import { loadReminderPlanConfig } from '../config/env.js';
import { loadCorpus } from '../knowledge/corpus.js';
import { draftRecords } from '../knowledge/drafting/draft-records.js';
import { buildSchedule } from '../knowledge/schedule.js';
import { openReminderDatabase, REMINDER_DATABASE_FILE } from '../reminders/database.js';
import { SqliteSessionFollows } from '../reminders/follows-store.js';
import { parseLeadTimes } from '../reminders/lead-times.js';
import { reminderMessage } from '../reminders/message.js';
import { NOBODY, planReport } from '../reminders/plan-report.js';
import { planSchedule } from '../reminders/plan-schedule.js';
import type { PlanInput } from '../reminders/planner.js';
import { SqliteReminderPreferences } from '../reminders/preferences-store.js';
import { DEFAULT_REHEARSAL_LEAD_MINUTES, newRehearsal } from '../reminders/rehearsal.js';
import { configOrExit, exitWith } from './bootstrap.js';

const USAGE = `Usage: npm run reminders -- [--from <iso>] [--to <iso>] [--rehearse <meeting> [--in <minutes>]] [--channel <id>]... [--json]

Prints, without sending anything, the reminders due from --from (default: now, or NOW) to --to
(default: a week later), for REMINDER_CHANNELS, the people who opted in and the sessions people follow, one block per session with
each reminder's time in the meeting's zone and in UTC. With no recipients set it shows the plan all the same.
--rehearse replays a past meeting with its first session --in minutes (default ${DEFAULT_REHEARSAL_LEAD_MINUTES}) after --from.
--channel previews the plan for these channels instead of REMINDER_CHANNELS.`;

const WEEK_MS = 7 * 24 * 3_600_000;

function instant(value: string | undefined, name: string, fallback: Date): Date {
  if (value === undefined) return fallback;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) usage(`--${name} must be an ISO 8601 time such as 2014-02-20T09:30:00-05:00`);
  return parsed;
}

function whole(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) usage(`--${name} must be a whole number (got "${value}")`);
  return Number(value);
}

function usage(problem: string): never {
  process.stderr.write(`${problem}\n\n${USAGE}\n`);
  process.exit(2);
}

/** Opted-in people and followed sessions come from the bot's database when there is one; a dry run never creates it. */
function storedRecipients(dataDir: string): Pick<PlanInput, 'users' | 'follows'> {
  if (!existsSync(path.join(dataDir, REMINDER_DATABASE_FILE))) return { users: [], follows: [] };
  const db = openReminderDatabase(dataDir, { readonly: true });
  try {
    const has = (table: string) => Boolean(db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(table));
    const preferences = has('reminder_preferences') ? new SqliteReminderPreferences(db) : undefined;
    const follows = has('session_follows') ? new SqliteSessionFollows(db).all() : [];
    return {
      users: preferences?.optedInUsers() ?? [],
      follows: follows.map((f) => ({ ...f, leadMinutes: preferences?.get(f.userId).leadMinutes })),
    };
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      rehearse: { type: 'string' },
      in: { type: 'string' },
      channel: { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = configOrExit(() => loadReminderPlanConfig());
  const from = instant(values.from, 'from', config.now ?? systemClock.now());
  const to = instant(values.to, 'to', new Date(from.getTime() + WEEK_MS));
  if (to <= from) usage('--to must be later than --from');
  const rehearse = whole(values.rehearse, 'rehearse');
  const inMinutes = whole(values.in, 'in');
  if (inMinutes !== undefined && rehearse === undefined) usage('--in only applies with --rehearse');

  const corpus = await loadCorpus(config.knowledgeDir);
  const schedule = buildSchedule(corpus.documents, draftRecords);
  const channels = values.channel ?? config.reminders.channels;
  const { users, follows } = storedRecipients(config.dataDir);
  const recipientsSet = channels.length > 0 || users.length > 0 || (follows?.length ?? 0) > 0;
  const plan = planSchedule(schedule, rehearse === undefined ? undefined : newRehearsal(rehearse, from, inMinutes), {
    leads: parseLeadTimes(config.reminders.leadTimes),
    // With nobody to send to, the plan is still drawn up, for nobody, so the organiser sees what would go out.
    channels: recipientsSet ? channels : [NOBODY.id],
    users,
    follows,
    from,
    to,
  });

  if (values.json) {
    const out = plan.map((r) => ({
      key: r.key,
      dueAt: r.dueAt.toISOString(),
      lead: r.lead,
      recipient: recipientsSet ? r.recipient : null,
      sessionKey: r.sessionKey,
      rehearsal: r.content.rehearsal,
      ...reminderMessage(r.key, r.content),
    }));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  process.stdout.write(planReport(plan, from, to, recipientsSet));
}

main().catch(exitWith);
