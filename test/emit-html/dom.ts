// A parsed page for the no-browser tests: parse5 builds the tree a browser would, then plain walks.
import { parse } from 'parse5';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
}

function convert(n: P5Node): El {
  const kids = [...(n.childNodes ?? []), ...(n.content?.childNodes ?? [])];
  const children: El[] = [];
  let text = '';
  for (const c of kids) {
    if (c.tagName) {
      const el = convert(c);
      children.push(el);
      text += el.text;
    } else if (c.nodeName === '#text') text += c.value ?? '';
  }
  return { tag: n.tagName ?? n.nodeName, attrs: Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])), children, text };
}

export function parsePage(html: string): El {
  return convert(parse(html) as unknown as P5Node);
}

export function all(root: El, pred: (e: El) => boolean): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    if (pred(e)) out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

export const byTag = (root: El, tag: string) => all(root, (e) => e.tag === tag);
export const withAttr = (root: El, name: string) => all(root, (e) => name in e.attrs);
