/**
 * Terms decided for the Welsh catalogue, part d (the hub's furniture), each with the source followed.
 * The terms parts a to c chose (lluniwr cynlluniau, rhieni mabwysiadol, perthnasau biolegol, gofalwyr
 * maeth, trefniant, cyfarfod, ôl bys, cyfrinymadrodd, taflen, lleisiau cyfansawdd…) are used as they
 * are and not repeated here. Machine-made: a qualified Welsh translator should confirm them (see
 * ../status.ts).
 */
import type { Term } from './b';

export const TERMS_d: Term[] = [
  {
    en: 'hub (the resource site)',
    cy: 'hwb (yr hwb)',
    source: 'https://www.tyfucymru.co.uk/cartref/hwb-gwybodaeth/pecynnau-cymorth/12-cam-at-gydymffurfio-â-gdpr/',
    note: 'As in "hwb gwybodaeth" (knowledge hub). Masculine: "yr hwb hwn", "Chwilio’r hwb".',
  },
  {
    en: 'research briefing',
    cy: 'papur briffio ymchwil (papurau briffio ymchwil)',
    source: 'none found',
    note: 'As part c wrote "papurau briffio" (cy/trainer.ts). Social Care Wales calls its own "crynodebau tystiolaeth", used in the listing’s introduction.',
  },
  { en: 'practice guide', cy: 'canllaw ymarfer (canllawiau ymarfer)', source: 'none found' },
  {
    en: 'worked example',
    cy: 'enghraifft wedi’i gweithio (enghreifftiau wedi’u gweithio)',
    source: 'none found',
    note: 'Enghraifft is feminine: "enghraifft ddychmygol".',
  },
  { en: 'reflections (with composite voices)', cy: 'myfyrdodau', source: 'none found' },
  {
    en: 'glossary',
    cy: 'geirfa (feminine: yr eirfa)',
    source: 'https://www.olderpeoplewales.com/cy/reviews/Residential_Care_Review/chrfollowup/glossary.aspx',
  },
  {
    en: 'Skip to main content',
    cy: 'Neidio i’r prif gynnwys',
    source: 'https://llyw.cymru/rheoliadau-mynediad-i-wybodaeth-mabwysiadu-ol-gychwyn-cymru-2005',
  },
  {
    en: 'accessibility statement',
    cy: 'datganiad hygyrchedd',
    source: 'https://www.llyw.cymru/datganiad-hygyrchedd-awdurdod-cyllid-cymru',
    note: 'Its list ("newid lliwiau, lefelau cyferbyniad a ffontiau", "chwyddo i mewn hyd at … heb i’r testun gael ei wthio oddi ar ymyl y sgrin", "bysellfwrdd", "darllenydd sgrin") is followed.',
  },
  {
    en: 'Web Content Accessibility Guidelines; Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018',
    cy: 'Canllawiau Hygyrchedd Cynnwys y We; Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau ac Apiau Symudol) (Rhif 2) 2018',
    source: 'https://igdc.gig.cymru/defnyddior-wefan/hygyrchedd/asesiad-baich-anghymesur',
  },
  {
    en: 'Equality and Human Rights Commission',
    cy: 'Comisiwn Cydraddoldeb a Hawliau Dynol',
    source: 'https://www.equalityhumanrights.com/cy/our-powers/ymchwiliadau-archwiliadau-phwerau-ehangach',
  },
  {
    en: 'Equality Advisory and Support Service (EASS)',
    cy: 'Gwasanaeth Cynghori a Chymorth Cydraddoldeb',
    source: 'none found',
    note: 'A literal rendering: no Welsh form of the service’s name was found; the abbreviation EASS is kept.',
  },
  {
    en: 'controller; processor; lawful basis; special category data',
    cy: 'rheolydd; prosesydd; sail gyfreithlon; data categori arbennig',
    source:
      'https://www.gov.uk/government/publications/planning-inspectorate-privacy-notices/hysbysiad-preifatrwydd-cwsmer-yn-gymraeg-rhestr-termau-technegol',
  },
  {
    en: 'data protection impact assessment (DPIA)',
    cy: 'asesiad o’r effaith ar ddiogelu data',
    source:
      'https://bipbc.gig.cymru/use-of-site/cynllun-cyhoeddi/dosbarth-tri-beth-ydy-ein-blaenoriaethau-a-sut-hwyl-ydyn-nin-ei-chael-arni',
  },
  {
    en: 'identifier (random identifier)',
    cy: 'dynodydd (dynodydd ar hap)',
    source: 'https://www.tyfucymru.co.uk/cartref/hwb-gwybodaeth/pecynnau-cymorth/12-cam-at-gydymffurfio-â-gdpr/',
  },
  {
    en: 'breadcrumb (navigation)',
    cy: 'briwsion bara',
    source: 'none found',
    note: 'Common on Welsh-language sites; a reviewer may prefer "llwybr".',
  },
  { en: 'filter (search results)', cy: 'hidlo; hidlwyr', source: 'none found' },
  { en: 'mitigation (threat model)', cy: 'mesur lliniaru (mesurau lliniaru)', source: 'none found' },
  { en: 'service worker', cy: 'gweithiwr gwasanaeth', source: 'none found' },
  { en: 'peer mentoring', cy: 'mentora gan gymheiriaid', source: 'none found' },
  {
    en: 'adolescence',
    cy: 'glasoed',
    source: 'none found',
    note: 'As part a chose for the builder’s guide "Glasoed a’r cyfryngau cymdeithasol" (cy/plan.ts).',
  },
];
