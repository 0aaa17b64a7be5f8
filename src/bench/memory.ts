import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` starts Node without --expose-gc; the flag can still be set at run time, and a fresh context then
// sees `gc`. Collecting before each reading keeps one retriever's garbage out of the next one's figure.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Resident set size in MB after a full collection. */
export function settledRssMb(): number {
  gc();
  return process.memoryUsage().rss / 1048576;
}
