/**
 * Bits of a posting's field mask in the site's search index: where, besides the body and summary, a word
 * occurs. Shared by the index builder and the browser's evaluator.
 */
export const FIELD_TITLE = 1;
export const FIELD_TAG = 2;
export const FIELD_AUTHOR = 4;
