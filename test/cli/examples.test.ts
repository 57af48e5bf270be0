// The recipes in examples/ name real flags: every plan-extract command line in the GitHub
// Actions workflow, the Kubernetes manifests and the GNU parallel script parses (with the
// engine's variables filled in), and their shard counts agree. Running them needs the engines;
// test/cli/shard-recipe.test.ts runs the same recipe locally.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { parseArgs } from '../../src/cli/options.js';
import { ROOT } from './helpers.js';

const EXAMPLES = join(ROOT, 'examples');

/** Shell words of one command line (quotes and backslashes as sh reads them, no expansion). */
function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, end);
      i = end;
      has = true;
    } else if (ch === '"') {
      let j = i + 1;
      for (; line[j] !== '"'; j++) cur += line[j] === '\\' ? line[++j] : line[j];
      i = j;
      has = true;
    } else if (ch === '\\') {
      cur += line[++i];
      has = true;
    } else if (/\s/.test(ch)) {
      if (has) out.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
      has = true;
    }
  }
  if (has) out.push(cur);
  return out;
}

/** The arguments of each `plan-extract …` in a script, up to the next shell operator. */
function invocations(script: string, fill: (s: string) => string): string[][] {
  const joined = script.replace(/\\\n/g, ' ');
  const found: string[][] = [];
  for (const line of joined.split('\n')) {
    const w = words(fill(line));
    for (let i = 0; i < w.length; i++) {
      if (w[i] !== 'plan-extract') continue;
      const args: string[] = [];
      for (let j = i + 1; j < w.length && !['|', '||', '&&', ';', '>'].includes(w[j]); j++) args.push(w[j]);
      found.push(args);
    }
  }
  return found;
}

function parses(args: string[]): string {
  const a = parseArgs(args, { writeOut: () => undefined, env: { LANG: 'C' } });
  return a.kind === 'usage' ? `usage: ${a.message} (${args.join(' ')})` : a.kind;
}

describe('examples/', () => {
  it('GitHub Actions: a matrix of shards, each converting shard I of strategy.job-total, then a merge job', () => {
    const wf = parseYaml(readFileSync(join(EXAMPLES, 'github-actions/plan-extract-shards.yml'), 'utf8'));
    const shards: number[] = wf.jobs.convert.strategy.matrix.shard;
    expect(shards).toEqual(shards.map((_, i) => i + 1));
    expect(wf.jobs.merge.needs).toBe('convert');
    const script = (job: string) => wf.jobs[job].steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    for (const shard of shards) {
      const fill = (s: string) => s.replace(/\$\{\{ matrix\.shard \}\}/g, String(shard)).replace(/\$\{\{ strategy\.job-total \}\}/g, String(shards.length));
      const runs = invocations(script('convert'), fill);
      expect(runs).toHaveLength(1);
      expect(parses(runs[0])).toBe('convert');
      expect(runs[0]).toContain(`${shard}/${shards.length}`);
    }
    const merges = invocations(script('merge'), (s) => s);
    expect(merges.length).toBeGreaterThan(0);
    for (const m of merges) expect(parses(m)).toBe('merge');
  });

  it('Kubernetes: an Indexed Job whose SHARDS is its completions, shard = JOB_COMPLETION_INDEX + 1; a merge Job', () => {
    const [job] = parseAllDocuments(readFileSync(join(EXAMPLES, 'kubernetes/indexed-job.yaml'), 'utf8')).map((d) => d.toJS());
    expect(job.kind).toBe('Job');
    expect(job.spec.completionMode).toBe('Indexed');
    const c = job.spec.template.spec.containers[0];
    const shards = Number(c.env.find((e: { name: string }) => e.name === 'SHARDS').value);
    expect(shards).toBe(job.spec.completions);
    for (let index = 0; index < shards; index++) {
      const fill = (s: string) => s.replace(/\$\(\(JOB_COMPLETION_INDEX \+ 1\)\)/g, String(index + 1)).replace(/\$SHARDS/g, String(shards));
      const runs = invocations(c.args.join('\n'), fill);
      expect(runs).toHaveLength(1);
      expect(parses(runs[0])).toBe('convert');
      expect(runs[0]).toContain(`${index + 1}/${shards}`);
    }
    const merge = parseYaml(readFileSync(join(EXAMPLES, 'kubernetes/merge-job.yaml'), 'utf8'));
    const runs = invocations(merge.spec.template.spec.containers[0].args.join('\n'), (s) => s);
    expect(runs.map(parses)).toEqual(['merge', 'merge']);
  });

  it('the Dockerfile: Node 20, copies files that exist, optional LibreOffice and tesseract (Vietnamese)', () => {
    const text = readFileSync(join(EXAMPLES, 'docker/Dockerfile'), 'utf8');
    expect(text).toMatch(/^FROM node:20\b/m);
    expect(text).toContain('libreoffice-writer-nogui');
    expect(text).toContain('tesseract-ocr-vie');
    for (const m of text.matchAll(/^COPY (.+) \S+$/gm)) for (const f of m[1].split(/\s+/)) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });

  it('GNU parallel: shard {} of N over one list, then merge', () => {
    const text = readFileSync(join(EXAMPLES, 'gnu-parallel.sh'), 'utf8');
    const fill = (s: string) => s.replace(/\{\}/g, '2').replace(/"\$shards"/g, '4');
    const runs = invocations(text, fill).filter((a) => a.length > 0);
    expect(runs.map(parses)).toEqual(['convert', 'merge', 'merge']);
    expect(runs[0]).toContain('2/4');
  });
});
