import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engineSettings, loadConfig } from '../../src/config/env.js';
import { runCli } from '../helpers/run-cli.js';

const KNOWLEDGE = path.resolve('knowledge');
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A half-set-up Slack: a bot token alone, and an app token that is not one. Only `npm start` needs them right. */
function halfSlackEnv(): Record<string, string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapporteur-scope-'));
  tempDirs.push(dataDir);
  return {
    KNOWLEDGE_DIR: KNOWLEDGE,
    DATA_DIR: dataDir,
    NOW: '2014-02-19T12:00:00-05:00',
    SLACK_BOT_TOKEN: 'xoxb-only-the-bot-token',
    SLACK_SIGNING_SECRET: '',
    SLACK_API_URL: 'not a url',
  };
}

describe('a command validates only the settings it uses', () => {
  it('npm run ask answers although the Slack settings are incomplete and wrong', async () => {
    const result = await runCli('src/cli/ask.ts', ['--json', 'When was the tenth coordination meeting?'], {
      ...halfSlackEnv(),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).answer).toContain('9–10 February 2012');
  }, 60_000);

  it('the console chat starts and answers with the same settings', async () => {
    const result = await runCli('src/cli/console.ts', [], halfSlackEnv(), 'Who opened the tenth meeting?\nexit\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Bela Hovy');
  }, 60_000);

  it('the reminder dry run plans with the same settings', async () => {
    const result = await runCli(
      'src/cli/reminders.ts',
      ['--json', '--from', '2014-02-19T00:00:00Z', '--channel', 'C1'],
      halfSlackEnv(),
    );
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as Array<{ recipient: { id: string }; text: string }>;
    expect(plan.length).toBeGreaterThan(0);
    expect(plan.every((r) => r.recipient.id === 'C1')).toBe(true);
    expect(plan[0]?.text).toContain('Twelfth Coordination Meeting');
  }, 60_000);

  it('npm start, which uses them, still refuses them and names each', async () => {
    const wrong = await runCli('src/cli/start.ts', [], halfSlackEnv());
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('SLACK_API_URL: must be an http(s) URL (got "not a url")');
    const incomplete = await runCli('src/cli/start.ts', [], { ...halfSlackEnv(), SLACK_API_URL: '' });
    expect(incomplete.code).toBe(2);
    expect(incomplete.stderr).toContain('SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: SLACK_BOT_TOKEN is set');
  }, 60_000);

  it('the engine is handed no Slack token, even from the full configuration', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-secret-bot-token',
      SLACK_APP_TOKEN: 'xapp-secret-app-token',
      REMINDER_CHANNELS: 'C1',
    });
    const handed = JSON.stringify(engineSettings(config));
    expect(handed).not.toContain('xoxb-secret');
    expect(handed).not.toContain('xapp-secret');
    expect(handed).not.toContain('C1');
    expect(handed).toContain('knowledgeDir');
  });
});
