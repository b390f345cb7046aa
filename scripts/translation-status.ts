/**
 * `npm run translation:status`: every Welsh catalogue area, page, handout and the glossary with its
 * state (out of date, not translated, machine-made and awaiting review, reviewed by whom), so a
 * translator has one list. See translationStatus.ts.
 */
import { formatTranslationStatus, translationStatus } from './translationStatus';

console.log(formatTranslationStatus(translationStatus()));
