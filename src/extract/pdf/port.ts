// The message port between pdfjs's display side and its worker code, both in this thread (what
// pdfjs calls a fake worker). pdfjs's own LoopbackPort structured-clones every message, so every
// operator-list chunk (each glyph object of each showText, each path's coordinates) is copied
// once on its way from the worker code to the page, for nothing: the two sides share one heap.
// This port copies what a real port would make distinct and nothing more:
// - an operator-list chunk (a stream ENQUEUE whose chunk has fnArray and argsArray) crosses with
//   fresh fnArray and argsArray arrays — pdfjs empties its own right after sending (flush sets
//   their length to 0) and keeps filling them — and with its operators' arguments by reference.
//   Those are safe to share: the worker code makes each argument array for the operator it
//   adds, never writes to one once its chunk is sent (what it would send to a real worker is
//   transferred, so it cannot be touched again there either), and the glyph objects it reuses
//   from its font caches are never changed after they are made; on this side the page's
//   operator list is only read (nothing here draws a page read through this port).
// - every other message (fonts, text content, page info, errors…) is structured-cloned as
//   LoopbackPort does, transfer list included.
// Messages are delivered in order, each in a microtask after the call, to the listeners present
// then — as LoopbackPort does.

/** pdfjs's StreamKind.ENQUEUE (src/shared/message_handler.js). */
const ENQUEUE = 4;

type Transfer = NonNullable<NonNullable<Parameters<typeof structuredClone>[1]>['transfer']>;
type Listener = (this: unknown, event: { data: unknown }) => void;

interface Message {
  stream?: number;
  chunk?: { fnArray?: unknown; argsArray?: unknown };
}

function isOperatorChunk(m: Message): boolean {
  return m?.stream === ENQUEUE && Array.isArray(m.chunk?.fnArray) && Array.isArray(m.chunk?.argsArray);
}

/** What the other side receives for `obj`. */
export function portCopy(obj: unknown, transfer?: Transfer): unknown {
  const m = obj as Message;
  if (!isOperatorChunk(m)) return structuredClone(obj, transfer ? { transfer } : undefined);
  const chunk = m.chunk as { fnArray: unknown[]; argsArray: unknown[] };
  return { ...m, chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() } };
}

export class SharedHeapPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #deferred = Promise.resolve();

  postMessage(obj: unknown, transfer?: Transfer): void {
    const event = { data: portCopy(obj, transfer) };
    void this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_name: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    let rmAbort: (() => void) | null = null;
    const signal = options?.signal;
    if (signal instanceof AbortSignal) {
      if (signal.aborted) return;
      const onAbort = (): void => this.removeEventListener(_name, listener);
      rmAbort = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, rmAbort);
  }

  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const rm of this.#listeners.values()) rm?.();
    this.#listeners.clear();
  }
}
