import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './ports.js';

/**
 * A throwaway PostgreSQL cluster for the tests that need a real one: initdb in a temporary folder, a free local
 * port, no password (trust, loopback only), stopped and deleted afterwards. The server binaries are found in
 * PG_BIN, /usr/lib/postgresql/<version>/bin, or on PATH; `.ci/run` installs them from apt where they are missing.
 * initdb refuses to run as root, so under root the cluster runs as the `postgres` user, or `nobody`.
 */
export interface TemporaryPostgres {
  /** A new, empty database on the cluster; its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], 'bin');
  }
  try {
    return path.dirname(execFileSync('which', ['initdb'], { encoding: 'utf8' }).trim());
  } catch {
    throw new Error(
      'PostgreSQL server binaries (initdb, pg_ctl) not found: install the postgresql package (.ci/run does) or set PG_BIN',
    );
  }
}

/** Under root: the unprivileged account to run the server as, and its ids for chown. */
function serverAccount(): { user: string; uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const user of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }));
      return { user, uid, gid };
    } catch {
      // No such user; try the next.
    }
  }
  throw new Error('Running as root, but neither the postgres nor the nobody user exists to run PostgreSQL as');
}

export async function startTemporaryPostgres(): Promise<TemporaryPostgres> {
  const bin = binDir();
  const account = serverAccount();
  const dir = mkdtempSync(path.join(tmpdir(), 'rapporteur-pg-'));
  if (account) chownSync(dir, account.uid, account.gid);
  const data = path.join(dir, 'data');
  const run = (tool: string, args: string[]) => {
    const command = account ? 'runuser' : path.join(bin, tool);
    const full = account ? ['-u', account.user, '--', path.join(bin, tool), ...args] : args;
    try {
      execFileSync(command, full, { stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? '';
      throw new Error(`${tool} ${args.join(' ')} failed: ${stderr || (error as Error).message}`, { cause: error });
    }
  };
  run('initdb', ['-D', data, '-U', 'rapporteur', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  const port = await freePort();
  // Durability is not under test here: the claims are, and they hold with fsync off.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-w', '-t', '60', '-l', path.join(dir, 'server.log'), '-o', options, 'start']);
  const base = `postgres://rapporteur@127.0.0.1:${port}`;
  let databases = 0;
  return {
    async createDatabase() {
      const name = `rapporteur_test_${++databases}`;
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    },
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
