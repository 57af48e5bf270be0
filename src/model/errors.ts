// One error type for a document that cannot be read: a code, and the cause in English and Vietnamese.
// The CLI prints "<file>: <cause>" in the language asked for; nothing below the CLI prints.

export interface Bilingual {
  en: string;
  vi: string;
}

export class PlanExtractError extends Error {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  /** Exit code the CLI maps this to: 1 = the document failed, 2 = bad usage. */
  readonly exitCode: 1 | 2;

  constructor(code: string, msg: Bilingual, exitCode: 1 | 2 = 1) {
    super(msg.en);
    this.name = 'PlanExtractError';
    this.code = code;
    this.en = msg.en;
    this.vi = msg.vi;
    this.exitCode = exitCode;
  }

  message_(lang: 'vi' | 'en'): string {
    return lang === 'vi' ? this.vi : this.en;
  }
}

export function isPlanExtractError(e: unknown): e is PlanExtractError {
  return e instanceof PlanExtractError;
}
