// Unit lists: "Phòng GDĐT các huyện và thành phố; Các đơn vị trực thuộc Sở GDĐT" → two units.
export { splitUnits, startsWithUnitHead } from './split.js';
export { unitKey } from './key.js';
export { UNIT_HEADS, UNIT_PLURAL_NOUNS, NOT_A_HEAD } from './patterns.js';
export { lexiconSpelling } from './spelling.js';
