// Bytes → text of an HTML page: BOM first, then the charset the page declares, then UTF-8 if the
// bytes are valid UTF-8, else Windows-1258 (the legacy Vietnamese code page), with a warning.
import { TextDecoder } from 'node:util';

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the encoding had to be guessed or the declared one is unknown. */
  warning?: { code: string; message: string };
}

/** `<meta charset="utf-8">` or `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`. */
const META_CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;
/** How far into the page a charset declaration is looked for (browsers use 1024 bytes; be generous). */
const PRESCAN_BYTES = 4096;

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

export function decodeHtml(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const declared = META_CHARSET_RE.exec(head)?.[1]?.toLowerCase();
  if (declared) {
    const dec = decoderFor(declared);
    if (dec) return { text: dec.decode(bytes), encoding: dec.encoding };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const warning = declared ? { code: 'HTML_CHARSET_UNKNOWN', message: `the page declares charset "${declared}", which is not known; read as UTF-8` } : undefined;
    return { text, encoding: 'utf-8', ...(warning ? { warning } : {}) };
  } catch {
    return {
      text: new TextDecoder('windows-1258').decode(bytes),
      encoding: 'windows-1258',
      warning: { code: 'HTML_CHARSET_GUESSED', message: 'the page is not valid UTF-8 and declares no charset; read as Windows-1258: check accented letters' },
    };
  }
}
