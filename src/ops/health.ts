import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logging/logger.js';
import { registry } from './metrics.js';

/** What a load balancer and a scraper ask of an instance; the same on HTTP mode's port and on HEALTH_PORT. */
export interface OperationsRoute {
  path: string;
  method: string;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** Every reason the instance should not take traffic now; empty when it is ready. */
export type ReadinessCheck = () => Promise<string[]>;

function reply(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * `/healthz`: the process is up and its event loop turns, nothing more, so a slow database never gets a live
 * instance restarted. `/readyz`: 200 only when it can answer (index loaded, database reachable, not stopping).
 */
export function operationsRoutes(ready: ReadinessCheck, logger: Logger): OperationsRoute[] {
  return [
    { path: '/healthz', method: 'GET', handler: (_req, res) => reply(res, 200, 'ok\n') },
    {
      path: '/readyz',
      method: 'GET',
      handler: (_req, res) => {
        ready()
          .then((problems) =>
            reply(res, problems.length ? 503 : 200, problems.length ? `${problems.join('\n')}\n` : 'ready\n'),
          )
          .catch((error: unknown) => {
            logger.error('The readiness check failed:', error);
            reply(res, 503, `readiness check failed: ${(error as Error).message}\n`);
          });
      },
    },
    {
      path: '/metrics',
      method: 'GET',
      handler: (_req, res) => {
        registry
          .metrics()
          .then((text) => reply(res, 200, text, registry.contentType))
          .catch((error: unknown) => {
            logger.error('Could not render the metrics:', error);
            reply(res, 500, 'metrics unavailable\n');
          });
      },
    },
  ];
}

/** Socket Mode listens on no port of its own: this small server carries the same routes on HEALTH_PORT. */
export async function startHealthServer(
  port: number,
  routes: OperationsRoute[],
  logger: Logger,
): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path && r.method === req.method);
    if (route) route.handler(req, res);
    else reply(res, 404, 'not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new Error(`HEALTH_PORT ${port}: cannot listen: ${error.message}`, { cause: error })),
    );
    server.listen(port, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  logger.info(`Health checks and metrics on port ${actual} (/healthz, /readyz, /metrics)`);
  return {
    port: actual,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
