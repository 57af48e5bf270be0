// The bundle's loader (bin/load-bundle.cjs), when this code runs from dist/bundle: bin/plan-extract
// and the worker entry (dist/bundle/worker.js) hand it over on globalThis. Unbundled (dist/ run
// directly, the library, the tests) there is none.

/** What bin/load-bundle.cjs offers the code it runs. */
export interface BundleLoader {
  /** Runs a CommonJS file with its code cache as if it were `as`; returns its exports. */
  load(file: string, as?: string): unknown;
  /**
   * A package's ES module (its resolved path) as the build converted it to CommonJS, run with its
   * code cache; undefined when the build has no conversion of that installed file.
   */
  loadPackageModule(path: string): unknown;
  /** In the build's cache run, saves what this thread has compiled so far; else does nothing. */
  writeCodeCaches(): void;
}

const KEY = Symbol.for('plan-extract.bundle-loader');

export function bundleLoader(): BundleLoader | undefined {
  return (globalThis as { [KEY]?: BundleLoader })[KEY];
}
