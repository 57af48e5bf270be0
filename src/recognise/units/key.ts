// A comparison key for unit names: case-, diacritic- and spacing-insensitive, without a leading "các".

/** "Các phòng thuộc Sở" and "các phòng thuộc sở" → "phong thuoc so". */
export function unitKey(unit: string): string {
  return unit
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^cac\s+/u, '');
}
