'use strict';
// Runs the command line's bundle (dist/bundle/*.cjs, scripts/build-bundle.mjs) with V8's code
// cache: the bytecode of every function a typical run compiles, saved at build time
// (scripts/build-code-cache.mjs) beside each file as <file>.cache. Node 20 has no compile cache for
// ES modules, and compiling our code and pdfjs's anew is a large part of a short run (README,
// Benchmarks). Used by bin/plan-extract (main thread) and dist/bundle/worker.js (each worker).
//
// A cache is used only when it was made from exactly this source (the id on the bundle file's
// last line, a hash of its text, heads the cache) and V8 accepts it (same V8 version and flags);
// otherwise the file is compiled as usual, just slower. With PLAN_EXTRACT_WRITE_CODE_CACHE=1
// (the build's cache run) writeCodeCaches() saves what this thread has compiled so far.
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { basename, dirname, join } = require('node:path');
const { Script } = require('node:vm');

/**
 * V8 tuned for a run of seconds, not a long-lived server (process-wide, so the workers too; paired
 * CPU measurements in README, Benchmarks). Regular expressions compiled straight to machine code:
 * by default each is first compiled to bytecode, then again when it runs a second time (a third
 * of a short run's recognising time). --regexp-tier-up-ticks=0, not --no-regexp-tier-up (which
 * does the same): set at run time, the latter crashed V8 inside a regexp's machine code under one
 * module load order. TurboFan optimises a function after 15 budget ticks instead
 * of 3 and inlines less into it: pdfjs's big text functions were optimised, deoptimised and
 * optimised again up to 9 times per worker, on V8's helper threads. The code cache is valid only
 * under the flags it was made with: set them before the first load().
 */
const V8_FLAGS = ['--regexp-tier-up-ticks=0', '--ticks-before-optimization=15', '--max-inlined-bytecode-size-cumulative=300'];

function tuneV8() {
  const v8 = require('node:v8');
  for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
}

const BUNDLE_DIR = join(__dirname, '../dist/bundle');
const writing = process.env.PLAN_EXTRACT_WRITE_CODE_CACHE === '1';
/** What this thread loaded: the scripts a cache run writes, and whether V8 took each cache. */
const loaded = [];

/** The id on a bundle file's last line (scripts/build-bundle.mjs), as the bytes that head its cache. */
function sourceId(source) {
  const id = /\/\/# bundle-id=([0-9a-f]{24})\n$/.exec(source.slice(-64))?.[1];
  return id ? Buffer.from(`${id}\n`, 'latin1') : undefined;
}

/** The V8 data of `cacheFile` if it was made from `source`, else undefined. */
function cacheFor(cacheFile, id) {
  if (!id) return undefined;
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (bytes.length <= id.length || !id.equals(bytes.subarray(0, id.length))) return undefined;
  return bytes.subarray(id.length);
}

/**
 * Runs a CommonJS `file` as node would, compiled with its code cache, and returns its exports.
 * `as`: the path it runs as (its __filename, what its require() and import() resolve from, its
 * name in stack traces); by default the file itself.
 */
function load(file, as = file, source = readFileSync(file, 'utf8')) {
  const cacheFile = `${file}.cache`;
  const id = sourceId(source);
  const cachedData = cacheFor(cacheFile, id);
  const script = new Script(Module.wrap(source), {
    filename: as,
    cachedData,
  });
  loaded.push({ file, cacheFile, id, script, cached: cachedData !== undefined && !script.cachedDataRejected });
  const module = { exports: {}, filename: as, id: as, loaded: false };
  script.runInThisContext()(module.exports, Module.createRequire(as), module, as, dirname(as));
  module.loaded = true;
  return module.exports;
}

/** The cache run: saves the bytecode of what this thread has compiled so far, for each file it loaded. */
function writeCodeCaches() {
  if (!writing) return;
  for (const { cacheFile, id, script } of loaded) if (id) writeFileSync(cacheFile, Buffer.concat([id, script.createCachedData()]));
}

/**
 * A package's ES module (`path`, resolved) as the build converted it to CommonJS
 * (dist/bundle/<name>.cjs), run with its code cache as if it were the original; undefined when
 * the build has no conversion of it or the installed original is another (its size differs).
 */
function loadPackageModule(path) {
  const file = join(BUNDLE_DIR, basename(path).replace(/\.mjs$/, '.cjs'));
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const from = /\/\/# converted-from=(\d+)\n/.exec(source.slice(-120))?.[1];
  if (from === undefined || Number(from) !== statSync(path, { throwIfNoEntry: false })?.size) return undefined;
  return load(file, path, source);
}

/** import() for the code run here (vm.Script cannot import() without an experimental node flag). */
function importModule(specifier) {
  return import(specifier);
}

/** Per file loaded in this thread: whether its code cache was used (test/cli/code-cache.test.ts). */
function cacheReport() {
  return loaded.map(({ file, cached }) => ({ file, cached }));
}

module.exports = { V8_FLAGS, tuneV8, load, loadPackageModule, importModule, writeCodeCaches, cacheReport, writing };
