// CPU time (user + sys) and peak RSS of one child process, measured by the kernel (wait4's
// rusage, microsecond precision) through python3; without python3, GNU time (10 ms steps);
// without either, wall time only. Used by run.mjs for paired ratios.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PY = `
import os, sys, json, time
t = time.monotonic()
pid = os.fork()
if pid == 0:
    fd = os.open(os.devnull, os.O_RDWR)
    if sys.argv[1] != '-': os.dup2(os.open(sys.argv[1], os.O_RDONLY), 0)
    else: os.dup2(fd, 0)
    os.dup2(fd, 1)
    if sys.argv[2] == '0': os.dup2(fd, 2)
    os.execvp(sys.argv[3], sys.argv[3:])
_, status, ru = os.wait4(pid, 0)
print(json.dumps({"user": ru.ru_utime, "sys": ru.ru_stime, "wall": time.monotonic() - t, "rssKiB": ru.ru_maxrss, "status": os.waitstatus_to_exitcode(status)}))
`;

const hasPython = spawnSync('python3', ['-c', 'import os; os.wait4'], { stdio: 'ignore' }).status === 0;
const hasGnuTime = existsSync('/usr/bin/time');
export const cpuMethod = hasPython ? 'wait4 rusage (python3)' : hasGnuTime ? 'GNU time (10 ms steps)' : 'wall time (no python3 or GNU time)';

/** Run `cmd args` with stdout discarded (stdin from `stdin` or /dev/null); seconds of CPU and wall, peak RSS in MiB. */
export function measure(cmd, args, { stdin = '-', showErrors = false, env } = {}) {
  if (hasPython) {
    const r = spawnSync('python3', ['-c', PY, stdin, showErrors ? '1' : '0', cmd, ...args], { encoding: 'utf8', env: env ?? process.env });
    const m = JSON.parse(r.stdout.trim().split('\n').pop() || '{}');
    return { cpu: m.user + m.sys, user: m.user, sys: m.sys, wall: m.wall, rssMiB: m.rssKiB / 1024, status: m.status };
  }
  const t0 = performance.now();
  if (hasGnuTime) {
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cmd, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: env ?? process.env });
    const [u, s, k] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    return { cpu: u + s, user: u, sys: s, wall: (performance.now() - t0) / 1000, rssMiB: k / 1024, status: r.status };
  }
  const r = spawnSync(cmd, args, { stdio: 'ignore', env: env ?? process.env });
  const wall = (performance.now() - t0) / 1000;
  return { cpu: wall, user: wall, sys: 0, wall, rssMiB: NaN, status: r.status };
}
