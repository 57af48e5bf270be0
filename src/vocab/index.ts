// One vocabulary for the NĐ 30/2020 layout, used by every extractor and recogniser.
export { fold, matchForm, matchVocab, testVocab, vocab, type VocabMatch, type VocabPattern } from './forms.js';
export { CITED_KIND_NAMES, DUTY_KINDS, KIND_LINE_NAMES, KINDS, kindOfCode, type KindEntry } from './kinds.js';
export * from './nd30.js';
export * from './closing.js';
export * from './units.js';
