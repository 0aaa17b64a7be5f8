import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/env.js';
import { openReminderDatabase } from '../../src/reminders/database.js';
import { SqliteSessionFollows } from '../../src/reminders/follows-store.js';
import { BUNDLED_DIR, GENEVA_DIR, tempDir } from './helpers.js';

const run = promisify(execFile);
const CLI = path.join(projectRoot, 'src/cli/reminders.ts');

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup.reverse()) c();
  cleanup = [];
});

async function reminders(args: string[], env: Record<string, string>) {
  const tmp = tempDir();
  cleanup.push(tmp.remove);
  const result = await run(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, DATA_DIR: tmp.dir, REMINDER_LEAD_TIMES: '1d,15m', ...env },
  });
  return { ...result, dataDir: tmp.dir };
}

describe('npm run reminders (dry run)', () => {
  it('prints the plan for a window as JSON, message included, without creating the database', async () => {
    const { stdout, dataDir } = await reminders(
      ['--from', '2025-10-14T00:00:00Z', '--to', '2025-10-15T00:00:00Z', '--channel', 'C9', '--json'],
      { KNOWLEDGE_DIR: GENEVA_DIR },
    );
    const plan = JSON.parse(stdout) as Array<{ key: string; dueAt: string; text: string; blocks: unknown[] }>;
    expect(plan.map((r) => [r.dueAt, r.key])).toEqual([
      ['2025-10-14T07:00:00.000Z', 'day:meeting-91@2025-10-15|1d|C9'],
      ['2025-10-14T07:45:00.000Z', 'ics:plenary@geneva.example#2025-10-14T10:00:00|15m|C9'],
      ['2025-10-14T12:45:00.000Z', 'ics:working-group@geneva.example#2025-10-14T15:00:00|15m|C9'],
    ]);
    expect(plan[1]?.text).toBe(
      'Reminder: Plenary of Example Coordination Meeting in Geneva (test fixture): Tuesday, 14 October 2025, 10:00 (Zurich time, GMT+2)',
    );
    expect(existsSync(path.join(dataDir, 'reminders.sqlite'))).toBe(false);
  });

  it('rehearses a bundled meeting from --from, with its first session --in minutes later', async () => {
    const { stdout, stderr } = await reminders(
      ['--from', '2025-06-02T14:00:00Z', '--to', '2025-06-03T00:00:00Z', '--rehearse', '2', '--in', '10'],
      { KNOWLEDGE_DIR: BUNDLED_DIR, REMINDER_CHANNELS: 'C1' },
    );
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '4 reminders due from 2025-06-02T14:00:00.000Z to 2025-06-03T00:00:00.000Z (dry run, nothing sent)',
    );
    const morning = lines.indexOf(
      'Morning session — Second Coordination Meeting on International Migration (rehearsal)',
    );
    expect(lines.slice(morning + 1, morning + 3)).toEqual([
      '  starts Mon 2 Jun 2025 10:10 (New York time, EDT) = 2025-06-02T14:10:00.000Z',
      '  15m   Mon 2 Jun 2025 10:00 (New York time, EDT)  2025-06-02T14:00:00.000Z  → #C1  Reminder: Morning session of Second Coordination Meeting on International Migration (rehearsal): Monday, 2 June 2025, 10:10 (New York time, EDT)',
    ]);
    expect(stdout).toContain('2025-06-02T18:55:00.000Z');
  });

  it('with no recipients set, shows every planned reminder per session and says nobody would get it', async () => {
    const window = ['--from', '2025-10-14T00:00:00Z', '--to', '2025-10-16T00:00:00Z'];
    const { stdout } = await reminders(window, { KNOWLEDGE_DIR: GENEVA_DIR, REMINDER_LEAD_TIMES: '15m' });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^No recipients are set/);
    expect(lines[1]).toMatch(/^4 reminders due/);
    const closing = lines.indexOf('Closing session — Example Coordination Meeting in Geneva (test fixture)');
    expect(lines.slice(closing + 1, closing + 3)).toEqual([
      '  starts Wed 15 Oct 2025 16:00 (Zurich time, GMT+2) = 2025-10-15T14:00:00.000Z',
      '  15m   Wed 15 Oct 2025 15:45 (Zurich time, GMT+2)  2025-10-15T13:45:00.000Z  → nobody (no recipients set)  Reminder: Closing session of Example Coordination Meeting in Geneva (test fixture): Wednesday, 15 October 2025, 16:00 (Zurich time, GMT+2)',
    ]);
    // The cancelled second working group is not in the plan.
    expect(stdout.match(/^Working group on data/gm)).toHaveLength(1);
    const preview = await reminders([...window, '--channel', 'C42'], {
      KNOWLEDGE_DIR: GENEVA_DIR,
      REMINDER_LEAD_TIMES: '15m',
    });
    expect(preview.stdout).not.toContain('No recipients');
    expect(preview.stdout.match(/→ #C42/g)).toHaveLength(4);
  });

  it('plans for the sessions people follow, from the bot’s database', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.remove);
    const db = openReminderDatabase(tmp.dir);
    new SqliteSessionFollows(db).follow('UFAN', 'ics:closing@geneva.example');
    db.close();
    const { stdout } = await reminders(['--from', '2025-10-14T00:00:00Z', '--to', '2025-10-16T00:00:00Z'], {
      KNOWLEDGE_DIR: GENEVA_DIR,
      DATA_DIR: tmp.dir,
      REMINDER_LEAD_TIMES: '1d,20m',
    });
    expect(stdout).not.toContain('No recipients');
    expect(
      stdout
        .trim()
        .split('\n')
        .filter((l) => l.includes('→')),
    ).toEqual([
      '  20m   Wed 15 Oct 2025 15:40 (Zurich time, GMT+2)  2025-10-15T13:40:00.000Z  → @UFAN  Reminder: Closing session of Example Coordination Meeting in Geneva (test fixture): Wednesday, 15 October 2025, 16:00 (Zurich time, GMT+2)',
    ]);
  });

  it('says what is wrong with an argument', async () => {
    await expect(reminders(['--from', 'yesterday'], { KNOWLEDGE_DIR: GENEVA_DIR })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--from must be an ISO 8601 time'),
    });
    await expect(
      reminders(['--from', '2025-01-01T00:00:00Z', '--rehearse', '4'], { KNOWLEDGE_DIR: BUNDLED_DIR }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('Meeting 4 (Fourth Coordination Meeting') });
  });
});
