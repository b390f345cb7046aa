/**
 * Terms decided for the Welsh composite voices and training handouts (issue 13, content part b), each
 * with the source followed. The terms parts a to d chose (rhieni mabwysiadol, perthnasau biolegol,
 * gofalwr maeth, blwch llythyrau, cyfarfod, trefniant, cynllun cadw mewn cysylltiad, gwaith stori
 * bywyd, lleisiau cyfansawdd, taflen…) are used as they are and not repeated here. `cy` is the form
 * the Welsh text uses. Machine-made: a qualified Welsh translator should confirm them, first those
 * with `source: 'none found'`.
 */
import type { Term } from './b';

const GOFALWN_LONG_TERM_FOSTERING =
  'https://gofalwn.cymru/gweithio-mewn-gofal/ofal-cymdeithasol/gofalwr-maeth-tymor-hir';

export const TERMS_f: Term[] = [
  {
    en: 'reflective question (label of a discussion prompt)',
    cy: 'cwestiwn myfyriol',
    source: 'none found',
    note: 'From "myfyrio" (reflect), as part d’s "myfyrdodau" for reflections.',
  },
  {
    en: 'composite voice (in an attribution)',
    cy: 'llais cyfansawdd',
    source: 'none found',
    note: 'Part d’s "lleisiau cyfansawdd" in the singular: "Jory, 16 (llais cyfansawdd)".',
  },
  {
    en: 'long-term foster care',
    cy: 'gofal maeth tymor hir',
    source: GOFALWN_LONG_TERM_FOSTERING,
  },
  {
    en: 'match (of a child with adopters)',
    cy: 'paru',
    source: GOFALWN_LONG_TERM_FOSTERING,
    note: 'Social Care Wales’s careers site: "cael eich paru â’r plentyn maeth iawn".',
  },
  {
    en: 'supervised (contact, visits)',
    cy: 'dan oruchwyliaeth',
    source:
      'https://www.exchangewales.org/cy/ffactorau-syn-hyrwyddo-cyswllt-teulu-genedigaeth-dan-oruchwyliaeth-gadarnhaol-ar-gyfer-plant-mewn-gofal/',
  },
  {
    en: 'former foster carer',
    cy: 'cyn-ofalwr maeth',
    source: 'none found',
    note: 'Part a’s "gofalwr maeth" after "cyn-", which softens it; "cyn-deulu maeth" for the former foster family.',
  },
  { en: 'family time (contact between siblings or relatives)', cy: 'amser teulu', source: 'none found' },
  {
    en: 'life story book',
    cy: 'llyfr stori bywyd',
    source: 'none found',
    note: 'Follows part a’s "gwaith stori bywyd". Some Welsh services may say "llyfr taith bywyd"; a reviewer should confirm.',
  },
  { en: 'memory box', cy: 'blwch atgofion', source: 'none found' },
  {
    en: 'peer mentor',
    cy: 'mentor cymheiriaid',
    source: 'none found',
    note: 'Follows part d’s "mentora gan gymheiriaid" (peer mentoring).',
  },
  { en: 'clean break (ending all contact at a move)', cy: 'torri’n lân', source: 'none found' },
  { en: 'family centre', cy: 'canolfan deuluoedd', source: 'none found' },
  {
    en: 'care proceedings; court case',
    cy: 'achosion gofal; achos llys',
    source: 'none found',
  },
  { en: 'introductions (before a child moves to adopters)', cy: 'cyflwyniadau', source: 'none found' },
  { en: 'checklist', cy: 'rhestr wirio', source: 'none found' },
  {
    en: 'positive acceptance; resignation; anger or resistance (Neil’s 2007 patterns among birth relatives)',
    cy: 'derbyn yn gadarnhaol; ildio’n anfodlon; dicter neu wrthwynebiad',
    source: 'none found',
    note: '"Resignation" here is giving in unwillingly, not leaving a post, so not "ymddiswyddiad". A reviewer should check against any Welsh summary of the research.',
  },
];
