// The grammar of a unit's name inside a cell or list: a unit head, then its name; a new head of a body
// that stands on its own starts a new unit; an adverb, or a verb with an object, ends the name.
// "Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ" → two units; "UBND các xã, phường trực tiếp
// triển khai tại địa bàn" → "UBND các xã, phường".
import { NOT_A_HEAD, PEER_HEADS, PERSON_HEADS, UNIT_ENDING_ADVERBS, UNIT_ENDING_VERBS, UNIT_HEADS } from '../../vocab/units.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
const alternatives = (words: readonly string[]): string => [...words].sort(byLength).map(escape).join('|');

/** The longest unit head at the start of a text ("Bộ Chỉ huy", not "Bộ"). */
/** Words a head starts that are no unit: "Khoa học", "Tổ chức", "Trường hợp". */
const NOT_HEAD = String.raw`(?!(?:${alternatives(NOT_A_HEAD)})(?!\p{L}|\p{N}))`;
const HEAD_RE = new RegExp(String.raw`^${NOT_HEAD}(?:${alternatives(UNIT_HEADS)})(?!\p{L}|\p{N})`, 'u');
/** A head after a space, as a candidate start of the next unit. */
const INNER_HEAD_RE = new RegExp(String.raw`(?<=\s)${NOT_HEAD}(?:${alternatives(UNIT_HEADS)})(?!\p{L}|\p{N})`, 'gu');
const PEERS = new Set<string>(PEER_HEADS);
const PERSONS = new Set<string>(PERSON_HEADS);
/** Words after which a body is the parent of the unit before ("Phòng X thuộc Sở Y", "Văn phòng Đăng ký … của Sở"). */
const GOVERNING_BEFORE_RE = /(?:^|\s)(?:thuộc|trực thuộc|của|ở|tại|cho|với|và|hoặc|cùng|giữa|trên|đến|từ)\s*$/u;

/**
 * Split where a head of a body that stands on its own follows the full name of another one, with no
 * comma: "Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ", "UBND các xã, phường … Sở Khoa học
 * và Công nghệ …". The same head repeated ("Trung tâm A Trung tâm B") splits too. A name right after
 * its head ("Bộ Công an") and a unit under a body ("Phòng Kế hoạch tài chính Sở GDĐT") stay one.
 */
export function splitAtPeerHeads(part: string): string[] {
  const text = part.trimStart();
  const first = HEAD_RE.exec(text)?.[0];
  if (!first || PERSONS.has(first)) return [part];
  const out: string[] = [];
  let cut = 0;
  let head = first;
  for (const m of text.matchAll(INNER_HEAD_RE)) {
    const at = m.index ?? 0;
    const name = text.slice(cut + head.length, at).trim();
    // Not inside "( … )": "Sở Nông nghiệp và Môi trường (Văn phòng Đăng ký đất đai và các Chi nhánh)".
    if ((text.slice(0, at).match(/\(/gu)?.length ?? 0) > (text.slice(0, at).match(/\)/gu)?.length ?? 0)) continue;
    // At least one word of the name between the two heads, and no "thuộc", "của" … before the second.
    if (!name || !/\p{L}/u.test(name) || GOVERNING_BEFORE_RE.test(text.slice(cut, at))) continue;
    const next = m[0];
    if ((PEERS.has(head) && PEERS.has(next)) || (next === head && !PERSONS.has(next))) {
      out.push(text.slice(cut, at));
      cut = at;
      head = next;
    }
  }
  out.push(text.slice(cut));
  return out;
}

/** "thường xuyên" is an adverb, except in "giáo dục thường xuyên" (continuing education). */
const ADVERB_RE = new RegExp(String.raw`(?<=\s)(?<![Gg]iáo dục\s)(?:${alternatives(UNIT_ENDING_ADVERBS)})(?!\p{L}|\p{N})`, 'u');
/** A verb with its object: a word follows it. Not after "đối tượng", "được" ("thuộc đối tượng triển khai"). */
const VERB_RE = new RegExp(String.raw`(?<=\s)(?<!(?:đối tượng|được|cần)\s)(?:${alternatives(UNIT_ENDING_VERBS)})(?=\s+[\p{L}\p{N}])`, 'u');

/** The unit's name without the predicate that follows it in a cell: "Sở X triển khai hệ thống, …" → "Sở X". */
export function cutAtPredicate(part: string): string {
  const head = HEAD_RE.exec(part.trimStart())?.[0];
  if (!head) return part;
  const offset = part.length - part.trimStart().length + head.length;
  const rest = part.slice(offset);
  const stops = [ADVERB_RE.exec(rest)?.index, VERB_RE.exec(rest)?.index].filter((i): i is number => i !== undefined);
  if (!stops.length) return part;
  const at = offset + Math.min(...stops);
  // A head alone is no name: keep the words ("Các đơn vị thực hiện" stays as written).
  return part.slice(0, at).trim().length > head.length ? part.slice(0, at) : part;
}
