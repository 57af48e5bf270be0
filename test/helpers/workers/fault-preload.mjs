// Test-only preload (node --import): faults injected into batch worker threads, to prove that a
// dying worker fails only its own file. PLAN_EXTRACT_TEST_FAULT is a comma-separated list of
// <mode>:<substring>; a request whose path contains the substring gets the fault:
//   exit    the worker exits (code 3) at once
//   reject  an unhandled promise rejection while the file is being read
//   throw   an uncaught exception (from a timer) while the file is being read
//   late    the file is read normally; just after its reply the worker dies of an uncaught error
//           (while idle, or while reading the next file: that file must not be blamed)
//   load    (no substring) every worker throws while loading: an 'error' event on each Worker
// In the main thread (a single input read there, src/batch/in-thread.ts), `reject` and `throw`
// fire when the file is opened, so the error escapes while the document is being read.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { isMainThread, parentPort } from 'node:worker_threads';

const spec = process.env.PLAN_EXTRACT_TEST_FAULT ?? '';
const faults = spec
  .split(',')
  .filter(Boolean)
  .map((f) => {
    const i = f.indexOf(':');
    return i < 0 ? { mode: f, match: '' } : { mode: f.slice(0, i), match: f.slice(i + 1) };
  });

if (!isMainThread && parentPort && faults.length > 0) {
  if (faults.some((f) => f.mode === 'load')) throw new Error('injected load failure');
  const late = new Set();
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (m, ...rest) => {
    post(m, ...rest);
    if (m?.type === 'reply' && late.has(m.id)) {
      setTimeout(() => {
        process.removeAllListeners('uncaughtException');
        throw new Error('injected late failure');
      }, 20);
    }
  };
  parentPort.on('message', (req) => {
    const path = req?.input?.path;
    if (typeof path !== 'string') return;
    for (const { mode, match } of faults) {
      if (!match || !path.includes(match)) continue;
      if (mode === 'exit') process.exit(3);
      if (mode === 'reject') setImmediate(() => void Promise.reject(new Error('injected rejection')));
      if (mode === 'throw') setImmediate(() => { throw new Error('injected exception'); });
      if (mode === 'late') late.add(req.id);
    }
  });
}

if (isMainThread && faults.length > 0) {
  const realOpen = fs.promises.open;
  fs.promises.open = async (path, ...rest) => {
    for (const { mode, match } of faults) {
      if (!match || !String(path).includes(match)) continue;
      if (mode === 'reject') setImmediate(() => void Promise.reject(new Error('injected rejection')));
      if (mode === 'throw') setImmediate(() => { throw new Error('injected exception'); });
    }
    return realOpen(path, ...rest);
  };
  syncBuiltinESMExports();
}
