import { createRequire } from 'node:module';
import type * as english from 'chrono-node/en';

/**
 * chrono-node's English parsers alone, from its CommonJS build. The package root also sets up fourteen other
 * languages' parsers, about half a second of a cold start; and its ESM build is some fifty files, each a round
 * trip to tsx's loader thread, which took twice as long as `require` of the same code compiled to CommonJS.
 */
const chrono: typeof english = createRequire(import.meta.url)('chrono-node/en');

/**
 * "12.09.2023" is day first wherever dates are written with dots; chrono-node reads every numeric date month first
 * unless told otherwise. A text that writes one so is read day first throughout, as its writer does.
 */
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b/;

export function parse(...args: Parameters<typeof chrono.parse>): ReturnType<typeof chrono.parse> {
  return (DOTTED_DATE.test(args[0]) ? chrono.GB : chrono).parse(...args);
}

export const { strict } = chrono;
