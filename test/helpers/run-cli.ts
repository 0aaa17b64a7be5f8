import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const TSX = path.resolve('node_modules/.bin/tsx');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the CLI scripts as a user would, with only the environment given (no inherited settings). */
export function runCli(script: string, args: string[], env: Record<string, string>, stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), LOG_LEVEL: 'error', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
