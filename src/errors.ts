/**
 * Every failure the project reports on purpose has a code and the context a user needs to fix it
 * (which file, which setting, which Slack call). Callers branch on `code`, people read `message`.
 */
export enum ErrorCode {
  ConfigInvalid = 'rapporteur_config_invalid',
  KnowledgeEmpty = 'rapporteur_knowledge_empty',
  KnowledgeDirMissing = 'rapporteur_knowledge_dir_missing',
  RecordInvalid = 'rapporteur_record_invalid',
  DocumentUnreadable = 'rapporteur_document_unreadable',
  QuestionInvalid = 'rapporteur_question_invalid',
  IndexCorrupt = 'rapporteur_index_corrupt',
  LlmFailed = 'rapporteur_llm_failed',
  SlackCallFailed = 'rapporteur_slack_call_failed',
  StorageFailed = 'rapporteur_storage_failed',
}

export class RapporteurError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

export class ConfigError extends RapporteurError {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(ErrorCode.ConfigInvalid, `Configuration problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

export class KnowledgeError extends RapporteurError {
  readonly path: string | undefined;
  constructor(code: ErrorCode, message: string, path?: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.path = path;
  }
}

export class QuestionError extends RapporteurError {
  constructor(message: string) {
    super(ErrorCode.QuestionInvalid, message);
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
