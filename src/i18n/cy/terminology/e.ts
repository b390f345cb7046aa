/**
 * Terms decided for the Welsh family-facing pages and glossary, part a (the two letter-writing
 * guides, the Welsh-speaking worked example, the glossary), each with the source followed. The
 * catalogue's terms (rhieni mabwysiadol, perthnasau biolegol, gofalwyr maeth, blwch llythyrau,
 * trefniant, cyfarfod, cynllun cadw mewn cysylltiad…) are used as they are and not repeated here.
 * Machine-made: a qualified Welsh translator should confirm them, first those with no source.
 */
import type { Term } from './b';

const NAS_LAUNCH = 'https://feeds.bbci.co.uk/cymrufyw/29906690';
const WG_ADOPTION_SUPPORT = 'https://llyw.cymru/node/6371';

export const TERMS_e: Term[] = [
  { en: 'letter exchange', cy: 'cyfnewid llythyrau', source: 'none found' },
  {
    en: 'birth family advisor',
    cy: 'cynghorydd teuluoedd biolegol',
    source: 'none found',
    note: 'Describes the role named on the Vale, Valleys and Cardiff page the guide links to; not that service’s own Welsh title.',
  },
  { en: 'view-only (photos)', cy: 'gweld yn unig', source: 'none found' },
  {
    en: 'upset (a child, a person)',
    cy: 'peri gofid; gofidus',
    source: 'none found',
    note: 'Chosen over the colloquial "ypsetio" as a public body would write.',
  },
  {
    en: 'Welsh-medium (school, playgroup)',
    cy: 'cyfrwng Cymraeg',
    source: 'https://llyw.cymru/rheoliadau-asiantaethau-mabwysiadu-cymru-2020-asesiad-or-effaith-ar-hawliau-plant-html',
  },
  {
    en: 'placed for adoption',
    cy: 'wedi’i leoli i’w fabwysiadu',
    source: 'https://cy.matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2016-06-22.2.1311',
    note: 'Senedd record (read on a TheyWorkForYou mirror): "yn cael ei leoli i’w fabwysiadu".',
  },
  {
    en: 'prospective adopters',
    cy: 'darpar fabwysiadwyr',
    source: 'https://llyw.cymru/rheoliadau-asiantaethau-mabwysiadu-cymru-2020-asesiad-or-effaith-ar-hawliau-plant-html',
  },
  {
    en: 'looked-after child',
    cy: 'plentyn sy’n derbyn gofal',
    source:
      'https://statscymru.llyw.cymru/Catalogue/Health-and-Social-Care/Social-Services/Childrens-Services/Children-Looked-After/Adoptions/adoptionsoflookedafterchildrenduringyearending31march-by-gender-maritalstatusofadopters',
  },
  {
    en: 'National Adoption Service for Wales',
    cy: 'Gwasanaeth Mabwysiadu Cenedlaethol Cymru',
    source: NAS_LAUNCH,
  },
  {
    en: 'Framework for Adoption Support (NAS)',
    cy: 'Fframwaith Cymorth Mabwysiadu',
    source: WG_ADOPTION_SUPPORT,
    note: 'The Welsh Government page says "fframwaith ar gyfer cymorth mabwysiadu"; the framework’s own Welsh title was not found.',
  },
  {
    en: 'life journey work',
    cy: 'gwaith taith bywyd',
    source: 'https://cy.matthew.theyworkforyou.dev.mysociety.org/senedd/?id=2018-10-16.10.125679.h',
    note: 'Senedd statement for National Adoption Week 2018 (read on a TheyWorkForYou mirror). The Life Journey Work Framework’s Welsh title was not found; "Fframwaith Gwaith Taith Bywyd" follows the term.',
  },
  {
    en: 'Social Services and Well-being (Wales) Act 2014',
    cy: 'Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014',
    source: 'https://cyfraith.llyw.cymru/diogelu',
  },
  { en: 'Adoption and Children Act 2002', cy: 'Deddf Mabwysiadu a Phlant 2002', source: 'none found' },
  { en: 'Children and Families Act 2014', cy: 'Deddf Plant a Theuluoedd 2014', source: 'none found' },
  { en: 'section (of an Act)', cy: 'adran', source: 'https://cyfraith.llyw.cymru/diogelu' },
  { en: 'regulation (of a statutory instrument)', cy: 'rheoliad', source: 'none found' },
  {
    en: 'General Register Office',
    cy: 'Swyddfa Gofrestru Gyffredinol',
    source: 'https://national-library-wales.libanswers.com/faq/229867',
  },
  { en: 'Adoption Contact Register', cy: 'Cofrestr Cysylltiadau Mabwysiadu', source: 'none found' },
  { en: 'adoption order', cy: 'gorchymyn mabwysiadu', source: WG_ADOPTION_SUPPORT },
  { en: 'post-adoption contact order', cy: 'gorchymyn cyswllt ar ôl mabwysiadu', source: 'none found' },
  {
    en: 'post-adoption contact agreement (US)',
    cy: 'cytundeb cyswllt ar ôl mabwysiadu',
    source: 'none found',
  },
  { en: 'leave to apply', cy: 'caniatâd i wneud cais', source: 'none found' },
  { en: 'care proceedings', cy: 'achosion gofal', source: 'none found' },
  {
    en: 'Child’s Permanence Report (CPR)',
    cy: 'Adroddiad ar Sefydlogrwydd y Plentyn',
    source: 'none found',
    note: '"Sefydlogrwydd" for permanence as in the Assembly’s adoption inquiry ("cynllunio sefydlogrwydd"). Wales’s own report is the Child Assessment Report for Adoption; a reviewer should check which name Welsh readers expect.',
  },
  {
    en: 'early permanence; concurrent planning; fostering for adoption',
    cy: 'sefydlogrwydd cynnar; cynllunio cyfamserol; maethu i fabwysiadu',
    source: 'none found',
    note: '"Cynllunio cyfamserol" and "sefydlogrwydd" follow the National Assembly’s 2012 adoption inquiry report (read only on a re-hosting site, so not linked).',
  },
  {
    en: 'special guardianship order; special guardian',
    cy: 'gorchymyn gwarcheidiaeth arbennig; gwarcheidwad arbennig',
    source: 'none found',
    note: 'As the catalogue’s "gwarcheidwad arbennig" (terminology/a.ts).',
  },
  { en: 'kinship care', cy: 'gofal gan berthnasau', source: 'none found' },
  { en: 'supervised contact', cy: 'cyswllt dan oruchwyliaeth', source: 'none found' },
  { en: 'facilitated contact', cy: 'cyswllt wedi’i hwyluso', source: 'none found' },
  { en: 'family time', cy: 'amser teulu', source: 'none found' },
  { en: 'mailbox (an agency’s)', cy: 'blwch post', source: 'none found' },
  { en: 'later life letter', cy: 'llythyr ar gyfer bywyd diweddarach', source: 'none found' },
  { en: 'genogram', cy: 'genogram', source: 'none found' },
  { en: 'communicative openness', cy: 'bod yn agored wrth gyfathrebu', source: 'none found' },
  { en: 'structural openness', cy: 'bod yn agored o ran strwythur', source: 'none found' },
  { en: 'adoption support plan', cy: 'cynllun cymorth mabwysiadu', source: 'none found' },
  {
    en: 'regional adoption agency',
    cy: 'asiantaeth fabwysiadu ranbarthol',
    source: NAS_LAUNCH,
    note: 'The BBC report says "timau rhanbarthol" and "asiantaeth fabwysiadu"; feminine, so "ranbarthol".',
  },
  { en: 'independent reviewing officer (IRO)', cy: 'swyddog adolygu annibynnol', source: 'none found' },
  { en: 'Public Law Working Group', cy: 'Gweithgor Cyfraith Gyhoeddus', source: 'none found' },
  { en: 'contingency plan', cy: 'cynllun wrth gefn', source: 'none found' },
  { en: 'wishes and feelings', cy: 'dymuniadau a theimladau', source: 'none found' },
  { en: 'social exhaustion', cy: 'blinder cymdeithasol', source: 'none found' },
  { en: 'intermediary service', cy: 'gwasanaeth cyfryngu', source: 'none found' },
  {
    en: 'Family Drug and Alcohol Courts',
    cy: 'Llysoedd Teulu Cyffuriau ac Alcohol',
    source: 'none found',
  },
];
