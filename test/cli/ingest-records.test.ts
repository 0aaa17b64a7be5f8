import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    const { sources, provenance, ...record } = first;
    expect(meetingRecordSchema.safeParse(record).success).toBe(true);
    expect(sources).toEqual(['first.txt']);
    expect(first).toMatchObject({
      number: 1,
      start: '2019-05-03',
      end: '2019-05-04',
      city: 'Antwerp',
      sources: ['first.txt'],
    });
    expect(provenance).toMatchObject({ start: { path: 'first.txt', line: 5 }, city: { path: 'first.txt', line: 3 } });
    expect(run.stderr).toContain('No record for meeting 2: its pages (second.txt) give no date');
    expect(run.stderr).toContain('meeting 1: no time zone is known for Antwerp, so its session times are read as UTC');
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

  it('--yaml DIR writes reviewable drafts that load back as hand-written records, and never overwrites one', async () => {
    const knowledge = rawPages();
    const drafts = path.join(knowledge, 'meetings');
    const env = { KNOWLEDGE_DIR: knowledge, DATA_DIR: tempDir('data') };
    const first = await runCli('src/cli/ingest.ts', ['--records', '--yaml', drafts], env);
    expect(first.code).toBe(0);
    const file = path.join(drafts, '01-first-seminar-on-harbour-safety.md');
    expect(first.stderr).toContain(`Wrote ${file}`);
    const draft = readFileSync(file, 'utf8');
    expect(draft).toMatch(/^---\nnumber: 1\ntitle: First Seminar on Harbour Safety\nstart: 2019-05-03\n/);
    expect(draft).toContain('- `start`: first.txt, line 5');

    // A reviewer corrects the draft; it is then the hand-written record, and redrafting keeps the correction.
    writeFileSync(file, draft.replace('city: Antwerp', 'city: Antwerpen'));
    const second = await runCli('src/cli/ingest.ts', ['--records', '--yaml', drafts], env);
    expect(second.stderr).toContain('No drafted records: every meeting has a hand-written one');
    const [held] = second.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(held).toMatchObject({
      number: 1,
      city: 'Antwerpen',
      sources: ['meetings/01-first-seminar-on-harbour-safety.md', 'first.txt'],
    });
    expect(held.provenance).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toContain('city: Antwerpen');
  });

  it('names --yaml without --records as a usage error', async () => {
    const run = await runCli('src/cli/ingest.ts', ['--yaml', tempDir('drafts')], { DATA_DIR: tempDir('data') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--yaml DIR goes with --records');
  });

  it('names a mistyped option without a stack trace', async () => {
    const run = await runCli('src/cli/ingest.ts', ['--recrds'], { DATA_DIR: tempDir('data') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--recrds'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
