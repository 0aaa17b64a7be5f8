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

/** Writes `pages` (path relative to `dir` → text) into `dir`, making their folders; returns `dir`. */
export function writePages(dir: string, pages: Record<string, string>): string {
  for (const [file, text] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
