import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config/env.js';

/** Prompts are files under prompts/ so they can be read and changed without touching code. */
const cache = new Map<string, string>();

export function loadPrompt(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(projectRoot, 'prompts', `${name}.md`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

export function fillPrompt(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
