// The pool's own failures (they cross the worker boundary as data): code, English, Vietnamese.
import type { BatchFailure } from './failure.js';

export const timeoutFailure = (seconds: number): BatchFailure => ({
  code: 'TIMEOUT',
  en: `took longer than ${seconds} s; stopped`,
  vi: `quá thời gian ${seconds} giây, đã dừng xử lý tệp này`,
});

export const outOfMemoryFailure = (mb: number): BatchFailure => ({
  code: 'OUT_OF_MEMORY',
  en: `exceeded the memory limit of ${mb} MB; stopped`,
  vi: `vượt giới hạn bộ nhớ ${mb} MB, đã dừng xử lý tệp này`,
});

export const workerDiedFailure = (why: string): BatchFailure => ({
  code: 'WORKER_DIED',
  en: `the worker stopped unexpectedly (${why})`,
  vi: `tiến trình xử lý bị dừng bất thường (${why})`,
});

export const skippedFailure = (): BatchFailure => ({
  code: 'SKIPPED',
  en: 'skipped (--fail-fast)',
  vi: 'bỏ qua do --fail-fast',
});
