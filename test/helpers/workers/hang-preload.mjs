// Test-only preload (node --import): in a batch worker thread, a request whose path contains
// $PLAN_EXTRACT_TEST_HANG spins forever, so the pool's time limit has something to stop.
// It listens before the real worker does, so the worker never sees that request.
import { isMainThread, parentPort } from 'node:worker_threads';

const hang = process.env.PLAN_EXTRACT_TEST_HANG;
if (!isMainThread && parentPort && hang) {
  parentPort.on('message', (req) => {
    if (typeof req?.input?.path === 'string' && req.input.path.includes(hang)) for (;;);
  });
}
