// Rejections a piece of work leaves behind (a promise it made and dropped) are reported by Node
// at the end of a turn of the event loop. Two check-phase turns let the late ones surface while
// whoever listens for them (a worker's handler, the in-thread read's, the PDF engine's) still does.

/** Resolves after two turns of the event loop's check phase. */
export function settle(): Promise<void> {
  return new Promise<void>((r) => setImmediate(() => setImmediate(r)));
}
