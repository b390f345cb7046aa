/**
 * Terms decided for the Welsh translation of the Wales briefing (issue 13), each with the source
 * followed: the Welsh titles of Welsh law and guidance, and the words of Welsh adoption support.
 * Terms parts a to f chose (Gwasanaeth Mabwysiadu Cenedlaethol Cymru, Fframwaith Cymorth
 * Mabwysiadu, swyddog adolygu annibynnol, gorchymyn lleoli, plentyn sy’n derbyn gofal…) are used as
 * they are and not repeated here. `cy` is the form the Welsh text uses. Machine-made: a qualified
 * Welsh translator should confirm them, first those with `source: 'none found'`.
 */
import type { Term } from './b';

/** The 2005 Welsh adoption support regulations give the Welsh of the terms they define. */
const SUPPORT_REGS_2005 = 'https://www.legislation.gov.uk/wsi/2005/1512/made';
/** Care Inspectorate Wales's practice guidance on "Mwy na geiriau", in Welsh. */
const CIW_MORE_THAN_WORDS = 'https://arolygiaethgofal.cymru/mwy-na-geiriau-canllawiau-ymarfer-html';

export const TERMS_g: Term[] = [
  {
    en: 'Adoption Agencies (Wales) Regulations 2005',
    cy: 'Rheoliadau Asiantaethau Mabwysiadu (Cymru) 2005',
    source: SUPPORT_REGS_2005,
    note: 'The 2005 support regulations define "the Adoption Agencies (Wales) Regulations" as "Rheoliadau Asiantaethau Mabwysiadu (Cymru)".',
  },
  {
    en: 'Adoption Support Services (Local Authorities) (Wales) Regulations 2005',
    cy: 'Rheoliadau Gwasanaethau Cymorth Mabwysiadu (Awdurdodau Lleol) (Cymru) 2005',
    source: 'none found',
    note: 'Built from the regulations’ own "gwasanaethau cymorth mabwysiadu"; the Welsh text of the regulations should give the title.',
  },
  {
    en: 'Part 6 Code of Practice (looked after and accommodated children)',
    cy: 'Cod Ymarfer Rhan 6 (plant sy’n derbyn gofal a phlant sy’n cael eu lletya)',
    source: 'https://www.legislation.gov.uk/anaw/2014/4/section/79/welsh',
    note: 'The heading of Part 6 in the Welsh text of the 2014 Act.',
  },
  { en: 'care and support plans', cy: 'cynlluniau gofal a chymorth', source: 'none found' },
  { en: 'adoption panel', cy: 'panel mabwysiadu', source: 'none found' },
  { en: 'adopted person', cy: 'person mabwysiedig', source: 'none found' },
  { en: 'corporate parenting', cy: 'rhianta corfforaethol', source: 'none found' },
  { en: 'Welsh Language (Wales) Measure 2011', cy: 'Mesur y Gymraeg (Cymru) 2011', source: 'none found' },
  { en: 'Welsh language standards', cy: 'safonau’r Gymraeg', source: 'none found' },
  { en: 'More than just words', cy: 'Mwy na geiriau', source: CIW_MORE_THAN_WORDS },
  { en: 'Active Offer', cy: 'Cynnig Rhagweithiol', source: CIW_MORE_THAN_WORDS },
  {
    en: 'universal services; targeted support; specialist support (the Framework’s three tiers)',
    cy: 'gwasanaethau cyffredinol; cymorth wedi’i dargedu; cymorth arbenigol',
    source: 'none found',
  },
  { en: 'regional collaborative', cy: 'cydweithrediad rhanbarthol', source: 'none found' },
  {
    en: 'voluntary adoption agencies',
    cy: 'asiantaethau mabwysiadu gwirfoddol',
    source: 'none found',
    note: 'The regulations call a voluntary agency "cymdeithas fabwysiadu" (adoption society); services name themselves.',
  },
  {
    en: 'Good Practice Guides; Brief Contact Planning (AFA Cymru’s resources for the NAS)',
    cy: 'Canllawiau Arfer Da; Cynllunio Cyswllt Cryno',
    source: 'none found',
    note: 'As the Welsh worked example names them; AFA Cymru may publish its own Welsh titles.',
  },
  { en: 'Wales Adoption Cohort Study', cy: 'Astudiaeth Carfan Mabwysiadu Cymru', source: 'none found' },
  {
    en: 'adverse childhood experiences (ACEs)',
    cy: 'profiadau niweidiol yn ystod plentyndod',
    source: 'none found',
    note: 'The abbreviation ACEs stays as the research writes it.',
  },
  { en: 'on its own initiative (of a court)', cy: 'ar ei liwt ei hun', source: 'none found' },
];
