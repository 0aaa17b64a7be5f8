/**
 * Runs the OpenAI-compatible stand-in as a server until interrupted, with the reader behaviour (answers only from
 * the passages in its prompt), so `npm run eval -- --llm` can measure the model path's plumbing without a key:
 *
 *   node --import tsx test/e2e/serve-openai-stand-in.ts          prints the OPENAI_BASE_URL to use
 *
 * Its figures say whether the right passages reach the prompt and whether verified answers come back; they say
 * nothing about how well a real model reads.
 */
import { readerReply, startOpenAiStandIn } from './openai-stand-in.js';

const standIn = await startOpenAiStandIn({ reply: readerReply });
process.stdout.write(`OPENAI_BASE_URL=${standIn.url}/v1\n`);
const stop = () => {
  standIn.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
