/** The answer contract shared by the CLI (`ask --json`), the Slack surfaces and the eval. */
export interface Source {
  /** Path relative to the knowledge folder. */
  path: string;
  title: string;
  url: string | null;
  score: number;
  section?: string;
  snippet?: string;
}

export interface Answer {
  answer: string;
  answered: boolean;
  intent: string;
  sources: Source[];
  confidence: number;
  /** Set when a structured answer was read from a record drafted from raw pages, not one written by hand. */
  drafted?: boolean;
}

export interface Turn {
  role: 'user' | 'assistant';
  text: string;
}

export interface AskContext {
  /** Earlier turns of the same thread, oldest first; used to read follow-ups like "and the afternoon?". */
  history?: Turn[];
  /** Called with text as it is generated, where the answer path streams (the LLM path). */
  onToken?: (text: string) => void;
  signal?: AbortSignal;
}
