/**
 * The Welsh catalogue, part b (issue 13): each Welsh area has exactly the English area's keys, the
 * same placeholders in every message and plural form, every Welsh plural category, no empty or
 * untranslated text, and (where Debian's aspell-cy is installed) no word the Welsh dictionary does
 * not know outside a short allow-list (the checks are welshCatalogueChecks.ts; this file is the part's
 * areas and lists).
 */
import { plannerMessagesCy } from '../../../src/i18n/cy/planner';
import { privacyMessagesCy } from '../../../src/i18n/cy/privacy';
import { privacyToolMessagesCy } from '../../../src/i18n/cy/privacyTools';
import { signoffMessagesCy } from '../../../src/i18n/cy/signoff';
import { signoffPageMessagesCy } from '../../../src/i18n/cy/signoffPages';
import { signoffToolMessagesCy } from '../../../src/i18n/cy/signoffTools';
import { STATUS_b } from '../../../src/i18n/cy/status/b';
import { TERMS_b } from '../../../src/i18n/cy/terminology/b';
import { plannerMessages } from '../../../src/i18n/en/planner';
import { privacyMessages } from '../../../src/i18n/en/privacy';
import { privacyToolMessages } from '../../../src/i18n/en/privacyTools';
import { signoffMessages } from '../../../src/i18n/en/signoff';
import { signoffPageMessages } from '../../../src/i18n/en/signoffPages';
import { signoffToolMessages } from '../../../src/i18n/en/signoffTools';
import { describeWelshPart } from './welshCatalogueChecks';

const NAMES_AND_CODE = ['PDF', 'PDFs', 'JSON', 'MB', 'UTF', 'SHA', 'JavaScript', 'abc', 'schemaVersion'];
const WELSH_WORDS = [
  // Clitic pronoun left when "’ch" is split from the word before it (i’ch, â’ch).
  'ch',
  // Wales after "yng" (nasal mutation): "yng Nghymru".
  'Nghymru',
  // Terms chosen in terminology/b.ts, and their mutated forms.
  'biolegol',
  'fiolegol',
  'gofalwyr',
  'llofnodwr',
  'cyfrinymadrodd',
  'gyfrinymadrodd',
  'chyfrinymadrodd',
  'cyfrinymadroddion',
  'gyfrinymadroddion',
  'cyfrinair',
  'chyfrinair',
  'cyfrineiriau',
  'porwr',
  'templed',
  'Templed',
  'asiantaeth',
  'cydlynydd',
  'rhiant',
  // Everyday words and forms missing from aspell-cy 0.50.
  'ffeiliau',
  'newidiadau',
  'hargraffu',
  'anoddach',
  'lawrlwytho',
  'hagor',
  'hamgryptio',
  'unman',
  'wefan',
  'ail-lwythwch',
  'ail-lwytho',
  'hail-lwytho',
  'all-lein',
  'ar-lein',
  'Canslo',
  'trio',
  'symbolau',
  'storio',
  'hychwanegu',
  'gwiriad',
  'gwiriadau',
  'fersiynau',
  'Statws',
  'ynghlwm',
  'storfa',
  'phwy',
  'olion',
  'hysgrifennu',
  'fysellau',
  'bysellfwrdd',
  'Cymryd',
  'wahân',
  'tab',
  'tabiau',
  'sensitif',
  'priflythrennau',
  'phriflythrennau',
  'blaenlythrennau',
  'marciwr',
  'hunain',
  'hanwybyddu',
  'hanfon',
  'dilyniant',
  'ddilyniannau',
  'ddwywaith',
  'amgodiad',
  'preifatrwydd',
  'ailenwi',
];

describeWelshPart({
  part: 'b',
  areas: {
    planner: { en: plannerMessages, cy: plannerMessagesCy },
    privacy: { en: privacyMessages, cy: privacyMessagesCy },
    privacyTools: { en: privacyToolMessages, cy: privacyToolMessagesCy },
    signoff: { en: signoffMessages, cy: signoffMessagesCy },
    signoffPages: { en: signoffPageMessages, cy: signoffPageMessagesCy },
    signoffTools: { en: signoffToolMessages, cy: signoffToolMessagesCy },
  },
  sameAsEnglish: [
    'privacy.file.fromReader', // '{file}: {problem}'
    'privacy.file.issue.fromReader', // '{problem}'
    'signoff.calendar.withInitials', // '{title} ({initials})'
    'signoff.verify.line', // '{outcome} – {check}: {message}'
  ],
  status: STATUS_b,
  terms: TERMS_b,
  minTerms: 10,
  allowedWords: [...NAMES_AND_CODE, ...WELSH_WORDS],
});
