import { parentPort } from 'node:worker_threads';
import { buildShard, type ShardTask } from './vector-shards.js';

/** One shard per message (see buildShardFiles); the reply says its file is complete. */
parentPort?.on('message', (task: ShardTask) => {
  buildShard(task.vectors, task.dimensions, task.start, task.params).writeIndexSync(task.file);
  parentPort?.postMessage(task.file);
});
