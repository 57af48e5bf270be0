// A failed input as plain data (it crosses the worker boundary): code, English and Vietnamese text.
import { isPlanExtractError } from '../model/errors.js';

export interface BatchFailure {
  code: string;
  en: string;
  vi: string;
  /** True for a bug (any exception that is not a PlanExtractError). */
  internal?: boolean;
  /** Stack trace of an internal error, shown only with --verbose. */
  detail?: string;
}

export function toFailure(e: unknown): BatchFailure {
  if (isPlanExtractError(e)) return { code: e.code, en: e.en, vi: e.vi };
  // Extractors run in other modules' realms (workers): recognise the shape too.
  if (e && typeof e === 'object' && 'code' in e && 'en' in e && 'vi' in e && (e as { name?: string }).name === 'PlanExtractError') {
    const x = e as { code: string; en: string; vi: string };
    return { code: x.code, en: x.en, vi: x.vi };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return { code: 'INTERNAL', en: err.message, vi: err.message, internal: true, ...(err.stack ? { detail: err.stack } : {}) };
}
