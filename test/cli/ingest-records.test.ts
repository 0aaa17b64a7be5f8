import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { meetingRecordSchema } from '../../src/knowledge/meeting-record.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('rapporteur-records');

function rawPages(): string {
  const dir = tempDir('knowledge');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'first.txt'),
    'First Seminar on Harbour Safety\n\nAntwerp\n\n3 to 4 May 2019\n\nIt met.',
  );
  writeFileSync(
    path.join(dir, 'second.txt'),
    'Second Seminar on Harbour Safety\n\nRotterdam\n\nThe programme follows.',
  );
  return dir;
}

describe('npm run ingest -- --records', () => {
  it('prints one record per meeting, valid under the schema, with its sources, and names a meeting it cannot record', async () => {
    const run = await runCli('src/cli/ingest.ts', ['--records'], {
      KNOWLEDGE_DIR: rawPages(),
      DATA_DIR: tempDir('data'),
    });
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    const [first] = lines;
    const { sources, ...record } = first;
    expect(meetingRecordSchema.safeParse(record).success).toBe(true);
    expect(sources).toEqual(['first.txt']);
    expect(first).toMatchObject({ number: 1, start: '2019-05-03', end: '2019-05-04', sources: ['first.txt'] });
    expect(run.stderr).toContain('No record for meeting 2: its pages (second.txt) give no date');
  });

  it('prints the bundled hand-written records as written', async () => {
    const run = await runCli('src/cli/ingest.ts', ['--records'], { DATA_DIR: tempDir('data') });
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(16);
    expect(lines[9]).toMatchObject({ number: 10, opened_by: { name: 'Bela Hovy' } });
    expect(lines[9].sources[0]).toBe('meetings/10-tenth-meeting-2012.md');
  });

  it('names a mistyped option without a stack trace', async () => {
    const run = await runCli('src/cli/ingest.ts', ['--recrds'], { DATA_DIR: tempDir('data') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--recrds'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
