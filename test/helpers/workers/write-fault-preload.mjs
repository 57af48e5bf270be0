// Test-only preload (node --import): the CLI's output files fail the way a full or broken disk
// fails, for machines where the test cannot mount a small file system. PLAN_EXTRACT_TEST_WRITE_FAULT:
//   short        each write takes half the bytes, then writes make no progress (bytesWritten 0)
//   write:CODE   the first write throws CODE (ENOSPC, EDQUOT, EIO)
//   sync:CODE    fsync throws CODE
//   close:CODE   close throws CODE (NFS reports a full quota only there)
// Only handles that were written to are touched (the main thread only; workers read).
import fs from 'node:fs';
import { open } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { devNull } from 'node:os';
import { isMainThread } from 'node:worker_threads';

const spec = process.env.PLAN_EXTRACT_TEST_WRITE_FAULT;
if (isMainThread && spec) {
  const [op, code] = spec.split(':');
  const fh = await open(devNull, 'r');
  const proto = Object.getPrototypeOf(fh);
  await fh.close();
  const written = new WeakSet();
  const fail = (syscall) => Object.assign(new Error(`${code}: injected, ${syscall}`), { code, syscall });
  const { write, sync } = proto;
  proto.write = async function (buf, offset = 0, length, ...rest) {
    written.add(this);
    if (op === 'write') throw fail('write');
    if (op === 'short' && Buffer.isBuffer(buf)) {
      const len = length ?? buf.length - offset;
      if (this.__shorted) return { bytesWritten: 0, buffer: buf };
      this.__shorted = true;
      return write.call(this, buf, offset, Math.max(1, Math.floor(len / 2)), ...rest);
    }
    return write.call(this, buf, offset, length, ...rest);
  };
  proto.sync = async function () {
    if (op === 'sync' && written.has(this)) throw fail('fsync');
    return sync.call(this);
  };
  // FileHandle#close is an own property of each handle: wrap it as handles are opened.
  const realOpen = fs.promises.open;
  fs.promises.open = async (...args) => {
    const h = await realOpen(...args);
    const close = h.close;
    h.close = async () => {
      if (op === 'close' && written.has(h)) {
        written.delete(h);
        await close.call(h);
        throw fail('close');
      }
      return close.call(h);
    };
    return h;
  };
  syncBuiltinESMExports();
}
