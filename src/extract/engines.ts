// An extractor's synchronous core may need a module that is loaded only when a document needs it
// (remark for a .txt with Markdown markup, parse5 for HTML). The core then throws MissingEngine
// with the loader; the caller awaits it and runs the core again (it is a pure function of its
// input). This keeps the core synchronous, so the single-input path can run it under a time
// limit (src/batch/limited.ts), while module loading stays outside the limit.
export class MissingEngine extends Error {
  constructor(readonly load: () => Promise<void>) {
    super('an engine is not loaded yet');
    this.name = 'MissingEngine';
  }
}

/** Runs the synchronous `core`, loading what it asks for, until it completes. */
export async function withEngines<T>(core: () => T): Promise<T> {
  for (;;) {
    try {
      return core();
    } catch (e) {
      if (!(e instanceof MissingEngine)) throw e;
      await e.load();
    }
  }
}
