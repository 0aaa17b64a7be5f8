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
  /** The schedule's sessions the answer is about (`Session.key`), so a surface can offer to add them to a calendar. */
  sessionKeys?: string[];
}

export interface Turn {
  role: 'user' | 'assistant';
  text: string;
}

export interface AskContext {
  /** Earlier turns of the same thread, oldest first; used to read follow-ups like "and the afternoon?". */
  history?: Turn[];
  /** Called with the model's answer piece by piece once it is verified; never with words that may be withheld. */
  onToken?: (text: string) => void;
  signal?: AbortSignal;
  /** Called with the passages put before the model, when one reads: what the eval's context recall counts. */
  onPassages?: (sources: Source[]) => void;
}
