/**
 * The Welsh catalogue, part c (issue 13): each Welsh area has exactly the English area's keys, the
 * same placeholders in every message and plural form, every Welsh plural category, no empty or
 * untranslated text, and (where Debian's aspell-cy is installed) no word the Welsh dictionary does
 * not know outside a short allow-list (the checks are welshCatalogueChecks.ts; this file is the part's
 * areas and lists).
 */
import { ecomapMessagesCy } from '../../../src/i18n/cy/ecomap';
import { letterMessagesCy } from '../../../src/i18n/cy/letters';
import { plannerToolMessagesCy } from '../../../src/i18n/cy/plannerTools';
import { STATUS_c } from '../../../src/i18n/cy/status/c';
import { TERMS_c } from '../../../src/i18n/cy/terminology/c';
import { trainerMessagesCy } from '../../../src/i18n/cy/trainer';
import { ecomapMessages } from '../../../src/i18n/en/ecomap';
import { letterMessages } from '../../../src/i18n/en/letters';
import { plannerToolMessages } from '../../../src/i18n/en/plannerTools';
import { trainerMessages } from '../../../src/i18n/en/trainer';
import { describeWelshPart } from './welshCatalogueChecks';

// Key-cap names stay as printed on the keyboard (Page Up, Page Down, Home, End); formats and scripts.
const NAMES_AND_CODE = ['Page', 'Up', 'Home', 'End', 'JavaScript', 'PDF'];
const WELSH_WORDS = [
  // Terms chosen in terminology/a.ts and b.ts.
  'eco-fap',
  'gofalwr',
  'gofalwyr',
  // Clitic pronoun left when "’ch" is split from the word before it (o’ch).
  'ch',
  // Everyday words and forms missing from aspell-cy 0.50.
  'hychwanegu',
  'newidiadau',
  'fersiynau',
  'cryfderau',
  'all-lein',
  'ar-lein',
  'porwr',
  'bylchwr',
  'cyflwynydd',
  'sgrin',
  'hargraffu',
  'ailddechrau',
  'ailosod',
  'adnodd',
  'wahân',
  'ail-lwythwch',
  'briffio',
  'phwy',
  'thri',
  'straen',
  'ddotiog',
  'tirnodau',
  // Soft mutation of "proffil" (profile), after "neu" in the letters area.
  'broffil',
  // Terms of terminology/a.ts (biolegol, perthnasau, asiantaeth) and "canslo" (cancel), used in the
  // families' copies (plannerTools); aspell-cy 0.50 lacks them.
  'biolegol',
  'perthnasau',
  'Canslo',
  // The letter pages: terms of terminology/a.ts and b.ts (asiantaeth, rhiant, perthynas fiolegol) and
  // their mutations, and everyday words and forms missing from aspell-cy 0.50.
  'asiantaeth',
  'rhiant',
  'riant',
  'fiolegol',
  'gwiriad',
  'hadnabod',
  'phawb',
  'phob',
  'pha',
  'unman',
  'tab',
  'dirnodau',
];

describeWelshPart({
  part: 'c',
  areas: {
    ecomap: { en: ecomapMessages, cy: ecomapMessagesCy },
    letters: { en: letterMessages, cy: letterMessagesCy },
    plannerTools: { en: plannerToolMessages, cy: plannerToolMessagesCy },
    trainer: { en: trainerMessages, cy: trainerMessagesCy },
  },
  sameAsEnglish: [
    'letters.cover.kept', // '“{text}”: {reason}'
    'trainer.present.announce.step', // '{position}: {text}'
    'trainer.present.announce.activity', // '{position}: {title}, {duration}. {summary}'
    'trainer.presenter.next.step', // '{position}: {text}'
    'trainer.presenter.notes.label', // '{label}:'
    'trainer.pack.order.buttonItem', // ': {title}'
    'trainer.pack.documentTitle', // '{title} – {product}'
    'trainer.pack.cover.kind', // '({kind})'
    'trainer.sheet.ecoMap.keyTerm', // '{term}:'
    'planner.copies.where', // '{section}: {answer}'
    'planner.copies.whereInItem', // '{section}, {item}: {answer}'
  ],
  status: STATUS_c,
  terms: TERMS_c,
  minTerms: 5,
  allowedWords: [...NAMES_AND_CODE, ...WELSH_WORDS],
});
