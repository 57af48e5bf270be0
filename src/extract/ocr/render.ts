// Page images without a browser: `pdftoppm -gray` (poppler) when it is on PATH, else pdfjs drawing
// on @napi-rs/canvas. Annotations (signature stamps) are left out: their text is in the text layer.
import { runTool } from '../run-tool.js';
import { loadPdfjs } from '../pdf/open.js';
import { parsePgm, type Gray } from './image.js';
import { output } from './native.js';

export type Renderer = 'pdftoppm' | 'pdfjs';

let hasPdftoppm: Promise<boolean> | undefined;

/** `pdftoppm -v` answers (asked once per process, without blocking the thread). */
export function pdftoppmAvailable(): Promise<boolean> {
  hasPdftoppm ??= output('pdftoppm', ['-v'], true).then((out) => out !== null && out.includes('pdftoppm'));
  return hasPdftoppm;
}

export interface PageRenderer {
  name: Renderer;
  render(page: number, dpi: number): Promise<Gray>;
  close(): Promise<void>;
}

export async function pageRenderer(bytes: Uint8Array, password: string | undefined, prefer?: Renderer): Promise<PageRenderer> {
  if (prefer !== 'pdfjs' && (await pdftoppmAvailable())) return popplerRenderer(bytes, password);
  return pdfjsRenderer(bytes, password);
}

const RENDER_LIMIT_MS = 120_000;

function popplerRenderer(bytes: Uint8Array, password: string | undefined): PageRenderer {
  const render = async (page: number, dpi: number): Promise<Gray> => {
    const args = ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-hide-annotations'];
    if (password) args.push('-upw', password);
    const r = await runTool('pdftoppm', [...args, '-'], { input: bytes, stdout: true, timeoutMs: RENDER_LIMIT_MS });
    if (r.code !== 0) throw new Error(`pdftoppm exited with ${r.code}: ${r.stderr.trim().slice(0, 160)}`);
    return parsePgm(r.stdout);
  };
  return { name: 'pdftoppm', render, close: async () => undefined };
}

interface CanvasLike {
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
interface RenderDoc {
  getPage(n: number): Promise<{
    getViewport(p: { scale: number }): { width: number; height: number };
    render(p: Record<string, unknown>): { promise: Promise<void> };
    cleanup(): void;
  }>;
  canvasFactory: { create(w: number, h: number): { canvas: CanvasLike; context: unknown }; destroy(c: unknown): void };
  destroy(): Promise<void>;
}

async function pdfjsRenderer(bytes: Uint8Array, password: string | undefined): Promise<PageRenderer> {
  const pdfjs = (await loadPdfjs()) as unknown as { getDocument(src: Record<string, unknown>): { promise: Promise<RenderDoc> } };
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    password,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
  const render = async (n: number, dpi: number): Promise<Gray> => {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const cc = doc.canvasFactory.create(width, height);
    try {
      // annotationMode 0: annotations (signature widgets) are not drawn.
      await page.render({ canvasContext: cc.context, canvas: cc.canvas, viewport, annotationMode: 0, background: 'white' }).promise;
      const rgba = cc.canvas.getContext('2d').getImageData(0, 0, width, height).data;
      const data = new Uint8Array(width * height);
      for (let i = 0, j = 0; i < data.length; i++, j += 4) data[i] = (rgba[j] * 77 + rgba[j + 1] * 150 + rgba[j + 2] * 29) >> 8;
      return { width, height, data };
    } finally {
      doc.canvasFactory.destroy(cc);
      page.cleanup();
    }
  };
  return { name: 'pdfjs', render, close: () => doc.destroy() };
}
