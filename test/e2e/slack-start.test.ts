import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_SLACK_NOTICE } from '../../src/cli/start.js';
import { projectRoot } from '../../src/config/env.js';
import { startSlackStandIn } from './slack-stand-in.js';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'rapporteur-start-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** `npm start` as a process, with only the given settings (no SLACK_* leaks in from the developer's shell). */
function start(env: Record<string, string>, stdin: string, untilStdout?: RegExp) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(SLACK_|OPENAI_|NOW$|PORT$)/.test(k)),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/start.ts')], {
    cwd: projectRoot,
    env: { ...clean, DATA_DIR: dataDir, NOW: '2014-02-19T12:00:00-05:00', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
    if (untilStdout?.test(stdout + stderr)) child.kill('SIGTERM');
  });
  child.stderr.on('data', (d) => {
    stderr += d;
    if (untilStdout?.test(stdout + stderr)) child.kill('SIGTERM');
  });
  child.stdin.end(stdin);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('npm start', () => {
  it('without Slack tokens says why and runs the console chat on piped input until EOF', async () => {
    const run = await start({}, 'Who opened the tenth meeting?\n\nWhen is the next session?\n');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(NO_SLACK_NOTICE);
    expect(run.stdout).toContain('Bela Hovy');
    expect(run.stdout).toMatch(/Sources:\n {2}\[1\] Tenth Coordination Meeting.*meetings\/10-tenth-meeting-2012\.md/);
    expect(run.stdout).toContain('Thursday, 20 February 2014, 10:00');
    expect(run.stdout).not.toContain('> ');
  }, 60_000);

  it('stops reading at "exit"', async () => {
    const run = await start({}, 'exit\nWho opened the tenth meeting?\n');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Bela Hovy');
  }, 60_000);

  it('reports a bad setting and exits non-zero', async () => {
    const run = await start({ SLACK_BOT_TOKEN: 'not-a-token' }, '');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN: must be a bot token starting with "xoxb-"');
  }, 60_000);

  it('with tokens connects to Slack at SLACK_API_URL over Socket Mode', async () => {
    const slack = await startSlackStandIn();
    try {
      const run = await start(
        { SLACK_BOT_TOKEN: 'xoxb-start-test', SLACK_APP_TOKEN: 'xapp-start-test', SLACK_API_URL: slack.apiUrl },
        '',
        /Slack app running as @rapporteur/,
      );
      expect(run.stderr).toContain('Slack app running as @rapporteur in Stand-in (socket mode)');
      expect(slack.callsTo('apps.connections.open')).toHaveLength(1);
    } finally {
      await slack.close();
    }
  }, 60_000);
});
