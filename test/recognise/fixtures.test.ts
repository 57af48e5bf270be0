// Fixture pairs for every rule: fixtures/recognise/<rule>/<case>.txt and its expected <case>.json,
// written by hand from the text (only the fields the rule produces; a field left out is not checked,
// a list must have exactly the items given). Cases named `not-…` must not match: they hold text a
// rule must leave alone, and their expected value is the rule's "nothing here".
// UPDATE=1 writes the expected file of a case that has none yet (read it, correct it by hand, then
// commit); it never rewrites an existing one, and it is refused under CI.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/seeds.js';
import { RULES } from './rules.js';

const ROOT = join(REPO, 'fixtures/recognise');
const update = process.env.UPDATE === '1';
const inCI = process.env.CI === 'true';

const casesOf = (rule: string): string[] => {
  const dir = join(ROOT, rule);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
};

/** Rules the code has: folders of src/recognise and src/values, and files of src/values (number.ts). */
function ruleNamesInCode(): string[] {
  const names: string[] = [];
  for (const base of ['src/recognise', 'src/values']) {
    for (const f of readdirSync(join(REPO, base))) {
      const p = join(REPO, base, f);
      if (statSync(p).isDirectory()) names.push(f);
      else if (base === 'src/values' && f.endsWith('.ts') && f !== 'index.ts') names.push(f.replace(/\.ts$/u, ''));
    }
  }
  return names.sort();
}

describe('fixture pairs: every rule has them', () => {
  it('UPDATE=1 is refused in CI', () => {
    expect(update && inCI, 'UPDATE=1 must not run under CI=true').toBe(false);
  });
  it('every rule folder of the code is in the rule list', () => {
    const missing = ruleNamesInCode().filter((r) => !(r in RULES));
    expect(missing, 'add these rules to test/recognise/rules.ts with fixtures').toEqual([]);
  });
  for (const rule of Object.keys(RULES).sort()) {
    it(`${rule}: has cases that must match and cases that must not`, () => {
      const cases = casesOf(rule);
      expect(cases.filter((c) => !c.startsWith('not-')).length, `fixtures/recognise/${rule}/ has no must-match case`).toBeGreaterThan(0);
      expect(cases.filter((c) => c.startsWith('not-')).length, `fixtures/recognise/${rule}/ has no must-not-match case (not-….txt)`).toBeGreaterThan(0);
    });
  }
  it('no folder of fixtures/recognise names an unknown rule, no case lacks its pair', () => {
    const folders = existsSync(ROOT) ? readdirSync(ROOT).filter((f) => statSync(join(ROOT, f)).isDirectory()) : [];
    expect(folders.filter((f) => !(f in RULES))).toEqual([]);
    const orphans = folders.flatMap((f) =>
      readdirSync(join(ROOT, f)).filter((n) => n.endsWith('.json') && !existsSync(join(ROOT, f, n.replace(/\.json$/u, '.txt')))).map((n) => `${f}/${n}`),
    );
    expect(orphans).toEqual([]);
  });
});

for (const rule of Object.keys(RULES).sort().filter((r) => casesOf(r).length > 0)) {
  describe(`fixtures/recognise/${rule}`, () => {
    for (const c of casesOf(rule)) {
      it(c, async () => {
        const txt = join(ROOT, rule, c);
        const json = txt.replace(/\.txt$/u, '.json');
        const actual = await RULES[rule]!(readFileSync(txt, 'utf8'), `${rule}/${c}`);
        if (!existsSync(json)) {
          if (update && !inCI) {
            writeFileSync(json, `${JSON.stringify(actual, null, 2)}\n`);
            console.warn(`wrote ${rule}/${c.replace(/\.txt$/u, '.json')}: read it against the text and correct it by hand`);
            return;
          }
          throw new Error(`fixtures/recognise/${rule}/${c}: no expected .json (write it by hand, or UPDATE=1 to draft it)`);
        }
        expect(actual).toMatchObject(JSON.parse(readFileSync(json, 'utf8')));
      });
    }
  });
}
