// Legacy Word .doc → .docx with LibreOffice (found on PATH at run time), in a private temp
// directory with its own user profile: one file, or several with one LibreOffice start.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanExtractError } from '../../model/errors.js';
import { runTool } from '../run-tool.js';

/** LibreOffice executables, in the order tried. */
const SOFFICE_NAMES = ['soffice', 'libreoffice'];
/** A conversion that takes longer than this is abandoned (a first run initialises the profile: ~10 s). */
export const CONVERT_TIMEOUT_MS = 120_000;

function noLibreOffice(): PlanExtractError {
  return new PlanExtractError('DOC_NEEDS_LIBREOFFICE', {
    en: 'reading legacy .doc files needs LibreOffice (soffice); install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or save the file as .docx',
    vi: 'đọc tệp .doc cũ cần LibreOffice (soffice); hãy cài đặt (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) hoặc lưu tệp thành .docx',
  });
}

function conversionFailed(detail: string): PlanExtractError {
  return new PlanExtractError('DOC_CONVERT_FAILED', {
    en: `LibreOffice could not convert this .doc file (${detail})`,
    vi: `LibreOffice không chuyển đổi được tệp .doc này (${detail})`,
  });
}

/** The first LibreOffice executable on PATH, or null. */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const { access } = await import('node:fs/promises');
  const { constants } = await import('node:fs');
  for (const name of SOFFICE_NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** LibreOffice's arguments: a private profile (never shared, so never locked) and the docx filter. */
function convertArgs(dir: string, inputs: string[]): string[] {
  const profile = pathToFileURL(path.join(dir, 'profile')).href;
  return [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, ...inputs];
}

/** Convert .doc bytes to .docx bytes with LibreOffice in a private directory and profile. */
export async function convertDocToDocx(bytes: Uint8Array, timeoutMs = CONVERT_TIMEOUT_MS): Promise<Uint8Array> {
  const soffice = await findSoffice();
  if (!soffice) throw noLibreOffice();
  const dir = await mkdtemp(path.join(tmpdir(), 'plan-extract-doc-'));
  try {
    const input = path.join(dir, 'input.doc');
    await writeFile(input, bytes);
    const result = await runTool(soffice, convertArgs(dir, [input]), { timeoutMs }).catch((e: Error) => ({ code: -1, stderr: e.message, timedOut: false }));
    if (result.timedOut) throw conversionFailed(`no result after ${Math.round(timeoutMs / 1000)} s`);
    try {
      return await readFile(path.join(dir, 'input.docx'));
    } catch {
      const why = result.stderr.trim().split('\n')[0] || `exit code ${result.code}`;
      throw conversionFailed(why);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Convert several .doc files with one LibreOffice start (its start-up is most of a conversion's
 * cost: about 1.5 s of CPU). A file LibreOffice could not convert, or all of them when it fails or
 * takes longer than `timeoutMs`, comes back null: its reader converts it alone, with that file's
 * own error if it fails again.
 */
export async function convertDocsToDocx(list: Uint8Array[], soffice: string, signal?: AbortSignal, timeoutMs = CONVERT_TIMEOUT_MS): Promise<(Uint8Array | null)[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plan-extract-docs-'));
  try {
    const inputs = list.map((_, i) => path.join(dir, `${i}.doc`));
    await Promise.all(list.map((bytes, i) => writeFile(inputs[i], bytes)));
    const result = await runTool(soffice, convertArgs(dir, inputs), { timeoutMs, ...(signal ? { signal } : {}) }).catch(() => null);
    if (!result || result.timedOut || signal?.aborted) return list.map(() => null);
    return await Promise.all(inputs.map((_, i) => readFile(path.join(dir, `${i}.docx`)).then((b) => new Uint8Array(b), () => null)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
