// Seeds through the txt extractor and the section builder, as the pipeline reads them.
import { extract } from '../../src/extract/txt/index.js';
import { buildSections, type SectionNode } from '../../src/recognise/sections/index.js';
import { seedBytes, seedPath } from '../helpers/seeds.js';

export async function seedSections(prefix: string): Promise<{ preamble: SectionNode; sections: SectionNode[] }> {
  const path = seedPath(prefix);
  const model = await extract({ bytes: seedBytes(prefix), path, format: 'txt' }, {});
  const { preamble, sections } = buildSections(model);
  return { preamble, sections };
}

/** Depth-first search by label path, e.g. ["PHẦN THỨ NHẤT"] or ["IV", "3"]. */
export function nodeAt(nodes: SectionNode[], path: string[]): SectionNode {
  let found: SectionNode | undefined;
  const walk = (ns: SectionNode[]): void => {
    for (const n of ns) {
      if (!found && n.path.join('.') === path.join('.')) found = n;
      walk(n.children);
    }
  };
  walk(nodes);
  if (!found) throw new Error(`no section ${path.join('.')}`);
  return found;
}
