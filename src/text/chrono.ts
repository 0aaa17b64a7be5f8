import { createRequire } from 'node:module';
import type * as english from 'chrono-node/en';

/**
 * chrono-node's English parsers alone, from its CommonJS build. The package root also sets up fourteen other
 * languages' parsers, about half a second of a cold start; and its ESM build is some fifty files, each a round
 * trip to tsx's loader thread, which took twice as long as `require` of the same code compiled to CommonJS.
 */
const chrono: typeof english = createRequire(import.meta.url)('chrono-node/en');

export const { parse, strict } = chrono;
