// CPU time per thread of one child process: its /proc/<pid>/task/*/stat read every 5 ms while it
// runs (Linux; python3), with the kernel's wait4 total at the end. Node's threads are told apart
// by start order: the main thread, V8's platform helpers (TurboFan and GC tasks, started with the
// process), then libuv's pool, then the worker threads (the last started). A thread that ends
// keeps its last reading (up to 5 ms short). Used by run.mjs for the batch.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PY = `
import os, sys, json, time
tick = os.sysconf('SC_CLK_TCK')
t = time.monotonic()
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_RDWR)
    os.dup2(fd, 0); os.dup2(fd, 1); os.dup2(fd, 2)
    os.execvp(sys.argv[1], sys.argv[1:])
last = {}
while True:
    done, status, ru = os.wait4(pid, os.WNOHANG)
    if done: break
    try: tids = os.listdir(f'/proc/{pid}/task')
    except OSError: tids = []
    for tid in tids:
        try:
            s = open(f'/proc/{pid}/task/{tid}/stat').read()
            f = s[s.rindex(')') + 2:].split()
            last[int(tid)] = (int(f[11]) + int(f[12])) / tick
        except (OSError, ValueError): pass
    time.sleep(0.005)
print(json.dumps({"cpu": ru.ru_utime + ru.ru_stime, "wall": time.monotonic() - t, "status": os.waitstatus_to_exitcode(status), "threads": [last[k] for k in sorted(last)]}))
`;

export const canSplitThreads =
  existsSync('/proc/self/task') && spawnSync('python3', ['-c', 'import os; os.wait4'], { stdio: 'ignore' }).status === 0;

/**
 * Run `cmd args` (output discarded): wall and CPU seconds, and the CPU of its main thread, V8's
 * helper threads and each worker thread. `helpers` is how many helper threads node starts
 * (node's default V8 platform pool: 4, or fewer on a machine with fewer cores).
 */
export function measureThreads(cmd, args, { helpers = 4 } = {}) {
  const r = spawnSync('python3', ['-c', PY, cmd, ...args], { encoding: 'utf8' });
  const m = JSON.parse(r.stdout.trim().split('\n').pop() || '{}');
  const t = m.threads ?? [];
  // [main, inspector/signal thread, helpers…, libuv pool (4)…, workers…]
  const firstWorker = 2 + helpers + 4 + 1;
  const workers = t.slice(firstWorker);
  return {
    cpu: m.cpu,
    wall: m.wall,
    status: m.status,
    main: t[0] ?? 0,
    helpers: t.slice(2, 2 + helpers).reduce((a, b) => a + b, 0),
    workers,
  };
}
