// The package version, read once from package.json at the package root (../ from src or dist).
import { readFileSync } from 'node:fs';
import type { PlanDocument, Registry } from './model/registry.js';

let cached: string | undefined;

export function packageVersion(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    cached = pkg.version ?? '0.0.0';
  }
  return cached;
}

/** "plan-extract 0.1.0", the registry's `generator`. */
export function generatorName(): string {
  return `plan-extract ${packageVersion()}`;
}

/** The one registry shape, for one document or many. */
export function makeRegistry(documents: PlanDocument[]): Registry {
  return { schemaVersion: '1', generator: generatorName(), documents };
}
