// A small glob matcher over readdir (Node 20 has no fs.glob): "*" and "?" within one path
// segment, "**" for any number of folders. Like a shell, wildcards never match a leading dot.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** True when the argument holds a wildcard ("docs/*.txt", "van-ban/**", "kh-?.docx"). */
export function isGlob(arg: string): boolean {
  return /[*?]/.test(arg);
}

/** Split "van-ban/2024/**\/*.docx" into its static folder ("van-ban/2024") and the wildcard segments. */
export function splitGlob(pattern: string): { base: string; segments: string[] } {
  const parts = pattern.split(/[\\/]+/);
  const absolute = pattern.startsWith('/');
  let i = 0;
  while (i < parts.length - 1 && !isGlob(parts[i])) i++;
  const baseParts = parts.slice(0, i).filter((p, k) => p !== '' || k === 0);
  let base = baseParts.join('/');
  if (absolute && !base.startsWith('/')) base = '/' + base;
  if (base === '') base = absolute ? '/' : '.';
  const segments = parts.slice(i).filter((p) => p !== '');
  // "van-ban/**" means every file below van-ban.
  if (segments[segments.length - 1] === '**') segments.push('*');
  return { base, segments };
}

/** One segment ("*.docx", "kh-??") as an anchored regular expression. */
export function segmentRegex(segment: string): RegExp {
  let src = '';
  for (const ch of segment) {
    if (ch === '*') src += '[^/]*';
    else if (ch === '?') src += '[^/]';
    else src += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`);
}

function matchesSegment(name: string, segment: string): boolean {
  if (name.startsWith('.') && !segment.startsWith('.')) return false;
  return segmentRegex(segment).test(name);
}

/** Files under `base` matching `segments`, as paths joined onto base, sorted. Unreadable folders are skipped. */
export async function expandGlob(base: string, segments: string[]): Promise<string[]> {
  const out = new Set<string>();
  await walk(base, segments, out);
  return [...out].sort(comparePaths);
}

async function walk(dir: string, segments: string[], out: Set<string>): Promise<void> {
  if (segments.length === 0) return;
  const [seg, ...rest] = segments;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  if (seg === '**') {
    // Zero folders: match the rest here; one or more: descend (never into hidden folders).
    await walk(dir, rest, out);
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.')) await walk(join(dir, e.name), segments, out);
    }
    return;
  }
  for (const e of entries) {
    if (!matchesSegment(e.name, seg)) continue;
    const p = join(dir, e.name);
    if (rest.length === 0) {
      if (e.isFile() || e.isSymbolicLink()) out.add(p);
    } else if (e.isDirectory()) {
      await walk(p, rest, out);
    }
  }
}

/** Code-point order: the same on every machine, whatever the locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
