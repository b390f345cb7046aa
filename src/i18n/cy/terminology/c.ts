/**
 * Terms decided for the Welsh catalogue, part c (ecomap, letters, plannerTools, trainer), each with the source
 * followed. The terms parts a and b chose (eco-fap, trefniant, gofalwr maeth, rhieni mabwysiadol,
 * cynllun ymarfer…) are used as they are and not repeated here. Machine-made: a qualified Welsh
 * translator should confirm them (see ../status.ts).
 */
import type { Term } from './b';

export const TERMS_c: Term[] = [
  {
    en: 'professionals',
    cy: 'gweithwyr proffesiynol',
    source: 'none found',
    note: 'Plural of "gweithiwr proffesiynol", which the builder already uses (cy/plan.ts).',
  },
  {
    en: 'key (to a diagram)',
    cy: 'allwedd',
    source: 'none found',
    note: 'As on maps; "allwedd i’r llinellau".',
  },
  {
    en: 'inner ring / outer ring (of the eco-map)',
    cy: 'cylch mewnol / cylch allanol',
    source: 'none found',
  },
  { en: 'network (around the child)', cy: 'rhwydwaith', source: 'none found' },
  {
    en: 'copy (from another plan)',
    cy: 'copïo',
    source: 'none found',
    note: 'As the builder’s link already says: "Copïo o gynllun arall" (cy/planner.ts).',
  },
  {
    en: 'fictional (people of a practice plan)',
    cy: 'dychmygol',
    source: 'none found',
    note: 'As part a chose: "cynllun ymarfer gyda phobl ddychmygol" (cy/pdf.ts).',
  },
  {
    en: 'real (plan, people)',
    cy: 'go iawn',
    source: 'none found',
  },
  {
    en: 'piece of support',
    cy: 'elfen o gymorth',
    source: 'none found',
    note: '"Elfen" is feminine and begins with a vowel, so the count never mutates it.',
  },
  {
    en: 'replace (what is in this plan)',
    cy: 'rhoi … yn lle …',
    source: 'none found',
    note: 'Plainer than "disodli" for a yes/no question a practitioner answers.',
  },
  { en: 'training session', cy: 'sesiwn hyfforddi (sesiynau hyfforddi)', source: 'none found' },
  {
    en: 'handout',
    cy: 'taflen (feminine: y daflen)',
    source: 'none found',
    note: 'Activity sheet is "taflen weithgaredd" (plural "taflenni gweithgaredd").',
  },
  { en: 'trainer', cy: 'hyfforddwr (hyfforddwyr)', source: 'none found' },
  {
    en: 'session mode; presenter view',
    cy: 'modd sesiwn; golwg cyflwynydd',
    source: 'none found',
    note: 'Software-localisation usage ("modd sgrin lawn", "golwg"); a reviewer should check "golwg" against the Welsh Government term base.',
  },
  {
    en: 'training pack; pack builder',
    cy: 'pecyn hyfforddi; lluniwr pecynnau',
    source: 'none found',
    note: '"Lluniwr" as in "lluniwr cynlluniau" (terminology/b.ts).',
  },
  { en: 'feelings cards', cy: 'cardiau teimladau', source: 'none found' },
  { en: 'letter-planning sheet', cy: 'taflen cynllunio llythyr', source: 'none found' },
  { en: 'timer', cy: 'amserydd', source: 'none found' },
  { en: 'resource (in a pack)', cy: 'adnodd (adnoddau)', source: 'none found' },
  { en: 'composite voices', cy: 'lleisiau cyfansawdd', source: 'none found' },
  {
    en: 'direct work (with children)',
    cy: 'gwaith uniongyrchol',
    source: 'none found',
  },
  { en: 'the other family (in a letterbox exchange)', cy: 'y teulu arall', source: 'none found' },
  { en: 'social media', cy: 'cyfryngau cymdeithasol', source: 'none found' },
  { en: 'car registration', cy: 'rhif cofrestru car', source: 'none found' },
  {
    en: 'the agreed arrangements',
    cy: 'y trefniadau a gytunwyd',
    source: 'none found',
    note: 'Uses "trefniant" (arrangement), the term part a chose.',
  },
];
