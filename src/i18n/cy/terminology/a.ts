/**
 * Welsh domain terms chosen for the plan, plan errors, PDF and common areas (issue 13, part a), with
 * the Welsh-language source each one follows. `source: 'none found'` means no Welsh source was found
 * in the time given; those terms most need a qualified translator's eye.
 */
export interface Term {
  en: string;
  cy: string;
  /** URL or document the Welsh term was taken from. */
  source: string;
  note?: string;
}

const NAS_CONTACT_GUIDANCE = 'https://adoptcymru.com/?p=2161';
const VVC_ADOPTION = 'https://adopt4vvc.org/cy/Resources/Cyhoeddiadau.aspx';
const ADOPTION_SUPPORT_REGS = 'https://legislation.gov.uk/cy/wsi/2005/1514/part/1/made';
const ACCESS_TO_INFORMATION_REGS = 'https://legislation.gov.uk/wsi/2005/2689/made/welsh/data.html';
const ADVOCACY_WG = 'http://wales.gov.uk/topics/childrenyoungpeople/rights/advocacy/?skip=1&lang=cy';

export const TERMS_a: readonly Term[] = [
  {
    en: 'Staying in touch (the product)',
    cy: 'Cadw mewn cysylltiad',
    source: 'none found',
    note: 'Name given in the task brief. Reads naturally as a name; used with a capital C only as the name.',
  },
  {
    en: 'staying in touch (the practice)',
    cy: 'cadw mewn cysylltiad',
    source: 'https://www.bbc.co.uk/cymrufyw/52507465',
    note: 'BBC Cymru Fyw uses "cadw cysylltiad" of children in care keeping in touch with family.',
  },
  {
    en: 'contact (after adoption)',
    cy: 'cyswllt',
    source: NAS_CONTACT_GUIDANCE,
    note: 'National Adoption Service "Canllawiau a’r Pecyn Cymorth Cyswllt".',
  },
  { en: 'adoption', cy: 'mabwysiadu', source: NAS_CONTACT_GUIDANCE },
  { en: 'adoptive parent(s)', cy: 'rhiant mabwysiadol (rhieni mabwysiadol)', source: ADOPTION_SUPPORT_REGS },
  {
    en: 'birth parents / birth family / birth relative',
    cy: 'rhieni biolegol / teulu biolegol / perthynas fiolegol (perthnasau biolegol)',
    source: NAS_CONTACT_GUIDANCE,
    note:
      'Chosen over "genedigol", which also means "native" (tref enedigol). The National Adoption Service and its regional services (adopt4vvc.org) write "biolegol". Welsh statutory text says "rhiant geni" and "perthynas geni" (' +
      ACCESS_TO_INFORMATION_REGS +
      '): a reviewer may prefer those for legal documents. "perthynas" is feminine, so "perthynas fiolegol".',
  },
  { en: 'birth mother / birth father', cy: 'mam fiolegol / tad biolegol', source: NAS_CONTACT_GUIDANCE },
  {
    en: 'foster carer(s)',
    cy: 'gofalwr maeth (gofalwyr maeth)',
    source:
      'https://bridgend.gov.uk/cy/preswylwyr/plant-a-phobl-ifanc/maethu/trawsgrifiad-fideo-sophie-10-oed-mae-gofal-maeth-yn-trawsnewid-bywydau',
  },
  {
    en: 'social worker',
    cy: 'gweithiwr cymdeithasol',
    source: 'https://www.legislation.gov.uk/anaw/2016/2/part/4/enacted/welsh/data.xht?view=snippet&wrap=true',
  },
  {
    en: 'adoption support (worker)',
    cy: 'cymorth mabwysiadu (gweithiwr cymorth mabwysiadu)',
    source:
      'http://newyddion.sirgar.llyw.cymru/2020/06/coronavirus/stori-mynd-yn-%C3%B4l-ir-ysgol-gan-weithiwr-mabwysiadu/',
  },
  { en: 'agency', cy: 'asiantaeth', source: ADOPTION_SUPPORT_REGS },
  {
    en: 'letterbox (contact)',
    cy: 'blwch llythyrau',
    source: VVC_ADOPTION,
    note: '"cyswllt blwch llythyrau" in the Vale, Valleys and Cardiff adoption service’s Welsh pages.',
  },
  { en: 'brothers and sisters / siblings', cy: 'brodyr a chwiorydd', source: VVC_ADOPTION },
  {
    en: 'half-brother, half-sister; step-brother, step-sister',
    cy: 'hanner brawd, hanner chwaer; llysfrawd, llyschwaer',
    source: 'none found',
  },
  {
    en: 'grandparent',
    cy: 'taid, nain, tad-cu neu fam-gu',
    source:
      'https://schoolbeat.cymru/cy/rhieni/gwybod-beth-allai-cael-effaith-ar-fy-mhlentyn/diogelu/cwestiynau-a-ofynnir-yn-aml/',
    note: 'Northern (taid, nain) and southern (tad-cu, mam-gu) forms both given, as schoolbeat.cymru does.',
  },
  {
    en: 'placement',
    cy: 'lleoliad',
    source: NAS_CONTACT_GUIDANCE,
    note: '"lleoliad parhaol" for permanent placement.',
  },
  { en: 'adoption order', cy: 'gorchymyn mabwysiadu', source: ACCESS_TO_INFORMATION_REGS },
  { en: 'placement order', cy: 'gorchymyn lleoli', source: 'none found' },
  { en: 'special guardian', cy: 'gwarcheidwad arbennig', source: 'none found' },
  { en: 'safeguarding (concern)', cy: 'diogelu (pryder diogelu)', source: 'https://cyfraith.llyw.cymru/diogelu' },
  { en: 'advocate', cy: 'eiriolwr', source: ADVOCACY_WG },
  {
    en: "the child's wishes and feelings",
    cy: 'dymuniadau a theimladau’r plentyn',
    source: ADVOCACY_WG,
    note: 'Welsh Government advocacy page: "ei farn, ei ddymuniadau a’i deimladau".',
  },
  { en: 'view(s) (of a person)', cy: 'safbwynt (safbwyntiau)', source: 'none found' },
  {
    en: 'mediation',
    cy: 'cyfryngu',
    source: 'https://yumpu.com/xx/document/view/49587137/parenting-plan-welsh-cafcass',
    note: 'Cafcass Welsh parenting plan, "Cyfryngu".',
  },
  {
    en: 'facilitate / facilitation',
    cy: 'hwyluso',
    source:
      'https://golwg.360.cymru/newyddion/cymru/158067-hawl-i-ddisgynyddion-plant-mabwysiedig-ganfod-eu-teulu-geni',
    note: '"hwyluso cyswllt rhwng pobol fabwysiedig a’u teuluoedd genedigol".',
  },
  { en: 'supervise / supervision', cy: 'goruchwylio', source: 'none found' },
  { en: 'life story work', cy: 'gwaith stori bywyd', source: 'none found' },
  {
    en: 'arrangement(s)',
    cy: 'trefniant (trefniadau)',
    source: 'https://yumpu.com/xx/document/view/49587137/parenting-plan-welsh-cafcass',
  },
  {
    en: 'meet-up (face-to-face contact)',
    cy: 'cyfarfod (cyfarfodydd)',
    source: VVC_ADOPTION,
    note: 'The service also writes "cyswllt wyneb yn wyneb"; "cyfarfod" is kept short for labels.',
  },
  { en: 'strength / challenge', cy: 'cryfder / her', source: 'none found' },
  { en: 'support (plan)', cy: 'cymorth (cynllun cymorth)', source: ADOPTION_SUPPORT_REGS },
  { en: 'review', cy: 'adolygiad', source: 'none found', note: 'Standard Welsh; given in the task brief.' },
  {
    en: 'sign-off / sign off / signatory',
    cy: 'llofnodi / llofnodwr',
    source: 'none found',
    note: '"Ready for sign-off" is "Yn barod i’w lofnodi"; "Signed off" is "Wedi’i lofnodi".',
  },
  { en: 'pseudonym', cy: 'ffugenw', source: 'none found' },
  { en: 'eco-map', cy: 'eco-fap', source: 'none found', note: 'Borrowed like "map"; reviewer please confirm.' },
  { en: 'fingerprint (SHA-256 of the plan)', cy: 'ôl bys', source: 'none found' },
  { en: 'change log', cy: 'cofnod newidiadau', source: 'none found' },
  { en: 'interpreter', cy: 'cyfieithydd', source: 'none found' },
  {
    en: 'wellbeing',
    cy: 'llesiant',
    source: 'https://cyfraith.llyw.cymru/deddf-gwasanaethau-cymdeithasol-llesiant-cymru-2014',
  },
  {
    en: 'OFFICIAL-SENSITIVE (the security marking on every page of the PDF)',
    cy: 'SWYDDOGOL-SENSITIF',
    source: 'none found',
    note: 'The Government Security Classifications marking as Welsh public bodies are understood to write it; a translator should confirm, or keep the English marking beside it.',
  },
];
