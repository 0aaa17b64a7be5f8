import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ErrorCode, RapporteurError } from '../errors.js';
import type { FeedbackEntry, FeedbackStore } from './types.js';

export const FEEDBACK_FILE = 'feedback.jsonl';

/** One JSON line per vote: append-only, so concurrent clicks never rewrite each other and the eval can read it. */
export class JsonlFeedbackStore implements FeedbackStore {
  constructor(private readonly file: string) {}

  static inDataDir(dataDir: string): JsonlFeedbackStore {
    return new JsonlFeedbackStore(path.join(dataDir, FEEDBACK_FILE));
  }

  async append(entry: FeedbackEntry): Promise<void> {
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, `${JSON.stringify(entry)}\n`, 'utf8');
    } catch (error) {
      throw new RapporteurError(ErrorCode.StorageFailed, `Could not record feedback in ${this.file}`, { cause: error });
    }
  }
}
