// The one way the extractors run an optional tool: input on stdin, stdout collected, a time limit.
// Node itself stands in for the tool, so this runs on every machine.
import { describe, expect, it } from 'vitest';
import { runTool } from '../../src/extract/run-tool.js';

const node = process.execPath;

describe('runTool', () => {
  it('feeds stdin and collects stdout', async () => {
    const r = await runTool(node, ['-e', 'process.stdin.pipe(process.stdout)'], { input: new TextEncoder().encode('trang 1'), stdout: true, timeoutMs: 20_000 });
    expect(r).toMatchObject({ code: 0, signal: null, timedOut: false });
    expect(r.stdout.toString('utf8')).toBe('trang 1');
  });

  it('keeps the exit code and the start of stderr', async () => {
    const r = await runTool(node, ['-e', 'process.stderr.write("x".repeat(10000)); process.exit(3)'], { timeoutMs: 20_000 });
    expect(r.code).toBe(3);
    expect(r.stderr).toHaveLength(4000);
    expect(r.stdout.length).toBe(0);
  });

  it('kills a tool that outlives its time limit', async () => {
    const r = await runTool(node, ['-e', 'setInterval(() => {}, 1000)'], { timeoutMs: 300 });
    expect(r).toMatchObject({ code: null, signal: 'SIGKILL', timedOut: true });
  });

  it('survives a tool that exits without reading its input', async () => {
    const r = await runTool(node, ['-e', 'process.exit(0)'], { input: new Uint8Array(8 << 20), timeoutMs: 20_000 });
    expect(r.code).toBe(0);
  });

  it('rejects when the tool cannot be started', async () => {
    await expect(runTool('plan-extract-no-such-tool', [], { timeoutMs: 1000 })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
