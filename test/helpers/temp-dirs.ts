import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** Temporary folders for one test file, removed when the file's tests are done. */
export function useTempDirs(prefix: string): (label: string) => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return (label) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-${label}-`));
    dirs.push(dir);
    return dir;
  };
}
