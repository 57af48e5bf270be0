// The diacritic-folded second pass for unit names: "Sở Nông nghiệp và Phát triên nông thôn" (OCR) →
// "Sở Nông nghiệp và Phát triển nông thôn", the state's spelling. Only the letters' marks may differ:
// a name typed with its marks ("Bộ Tài nguyên và môi trường", "Sở Nông nghiệp & Phát triển nông thôn")
// is kept exactly as written. The duty's `text` is never changed.
import { fold } from '../../vocab/forms.js';
import { BODY_NAMES } from '../../vocab/units.js';

const key = (s: string): string => s.toLocaleLowerCase('vi').replace(/\s+/gu, ' ');
const BY_FOLD = new Map<string, Map<string, string>>(
  Object.entries(BODY_NAMES).map(([head, names]) => [head, new Map(names.map((n) => [fold(key(n)), n]))]),
);
const HEAD_RE = /^(Bộ|Sở)\s+(.+)$/u;

/** The unit with the state's spelling of its name when only tone marks differ from it; else as written. */
export function lexiconSpelling(unit: string): string {
  const m = HEAD_RE.exec(unit);
  const names = m ? BY_FOLD.get(m[1]!) : undefined;
  if (!m || !names) return unit;
  const words = m[2]!.split(/\s+/u);
  // The longest run of the name's first words that folds to a known name: "… nông thôn tỉnh Quảng Ngãi" keeps its tail.
  for (let k = words.length; k > 0; k--) {
    const read = words.slice(0, k).join(' ');
    const known = names.get(fold(key(read)));
    if (!known) continue;
    if (key(read) === key(known)) return unit;
    return [m[1], known, ...words.slice(k)].join(' ');
  }
  return unit;
}
