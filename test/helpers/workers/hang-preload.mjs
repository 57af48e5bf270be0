// Test-only preload (node --import): in a batch worker thread, a request whose path contains
// $PLAN_EXTRACT_TEST_HANG spins forever, so the pool's time limit has something to stop.
// It listens before the real worker does, so the worker never sees that request.
// In the main thread (a single input read there, src/batch/in-thread.ts), once a file whose path
// contains it is opened, the reader's next String#normalize of a long string (the normalisation of
// the document's text every reader runs; modules loaded meanwhile normalise only short words) spins forever — or, with PLAN_EXTRACT_TEST_HANG_MODE=regex, runs a regular expression that
// backtracks for ever: a hanging recogniser stand-in for the in-thread time limit.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { isMainThread, parentPort } from 'node:worker_threads';

const hang = process.env.PLAN_EXTRACT_TEST_HANG;
if (isMainThread && hang) {
  let armed = false;
  const realOpen = fs.promises.open;
  fs.promises.open = async (path, ...rest) => {
    if (String(path).includes(hang)) armed = true;
    return realOpen(path, ...rest);
  };
  syncBuiltinESMExports();
  const normalize = String.prototype.normalize;
  const regex = process.env.PLAN_EXTRACT_TEST_HANG_MODE === 'regex';
  String.prototype.normalize = function (...args) {
    if (armed && this.length > 2000) {
      armed = false;
      if (regex) /(a+)+$/.test(`${'a'.repeat(64)}b`);
      else for (;;);
    }
    return normalize.apply(this, args);
  };
}
if (!isMainThread && parentPort && hang) {
  parentPort.on('message', (req) => {
    if (typeof req?.input?.path === 'string' && req.input.path.includes(hang)) for (;;);
  });
}
