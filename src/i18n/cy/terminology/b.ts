/**
 * Terms decided for the Welsh catalogue, part b (planner, privacy, privacyTools, signoff,
 * signoffPages, signoffTools), each with the source followed. Machine-made: a qualified Welsh
 * translator should confirm them (see ../status.ts).
 */
export type Term = { en: string; cy: string; source: string; note?: string };

export const TERMS_b: Term[] = [
  {
    en: 'Staying in touch (the product)',
    cy: 'Cadw mewn cysylltiad',
    source: 'none found',
    note: 'Name given in the task brief. Left unmutated after prepositions ("o Cadw mewn cysylltiad") as a product name; a reviewer should check it is not read as Cadw, the heritage service.',
  },
  {
    en: 'staying-in-touch plan',
    cy: 'cynllun cadw mewn cysylltiad',
    source: 'none found',
    note: 'From the product name; "contact" in the sense of an arrangement is "cyswllt" (below).',
  },
  {
    en: 'contact (an arrangement)',
    cy: 'cyswllt',
    source:
      'https://www.exchangewales.org/cy/ffactorau-syn-hyrwyddo-cyswllt-teulu-genedigaeth-dan-oruchwyliaeth-gadarnhaol-ar-gyfer-plant-mewn-gofal/',
  },
  { en: 'plan', cy: 'cynllun', source: 'https://www.dewis.cymru/your-care-and-support-plan' },
  {
    en: 'review (of a plan)',
    cy: 'adolygiad',
    source:
      'https://www.rctcbc.gov.uk/CY/Resident/ChildrensServices/ChildrensSupportandSafeguardingServices/ChildrenLookedAfterCareExperienced/Whatisacareandsupportplanreview.aspx',
  },
  {
    en: 'social worker',
    cy: 'gweithiwr cymdeithasol',
    source: 'https://www.legislation.gov.uk/anaw/2016/2/part/4/enacted/welsh/data.xht?view=snippet&wrap=true',
  },
  {
    en: 'adoptive parents',
    cy: 'rhieni mabwysiadol',
    source: 'https://adopt4vvc.org/cy/News-and-Events/Adopter-Stories.aspx',
  },
  {
    en: 'birth relative / birth parents',
    cy: 'perthynas fiolegol / rhieni biolegol',
    source: 'https://adopt4vvc.org/cy/News-and-Events/Adopter-Stories.aspx',
    note: 'Chosen over "genedigol": the Welsh pages of a regional service of the National Adoption Service (Vale, Valleys and Cardiff) use "rhieni biolegol" and "teulu biolegol" for families; "teulu genedigol" appears mostly in legal and press text.',
  },
  {
    en: 'foster carer(s)',
    cy: 'gofalwr maeth, gofalwyr maeth',
    source:
      'https://www.cardiff.gov.uk/CYM/preswylydd/Gwasanaethau-Cymdeithasol-a-Lles/Plant/Maethu/Rol-gofalwr-maeth/Pages/Rol-gofalwr-maeth.aspx',
  },
  {
    en: 'adoption',
    cy: 'mabwysiadu',
    source:
      'https://newyddion.wrecsam.gov.uk/teuluoedd-mabwysiadol-yn-rhannu-eu-profiadau-gyda-gweinidog-llywodraeth-cymru',
  },
  {
    en: 'agency',
    cy: 'asiantaeth',
    source: 'https://llyw.cymru/node/18297',
    note: 'As in "asiantaeth fabwysiadu" on the Welsh Government page.',
  },
  {
    en: 'letterbox',
    cy: 'blwch llythyrau',
    source: 'none found',
    note: 'Term given in the task brief; no Welsh adoption page using it was found in the corpora searched.',
  },
  {
    en: "child's wishes and feelings",
    cy: 'dymuniadau a theimladau’r plentyn',
    source: 'none found',
    note: 'The usual wording of the Social Services and Well-being (Wales) Act 2014 Welsh text, but the passage itself was not found in the corpora searched.',
  },
  {
    en: 'young person',
    cy: 'person ifanc',
    source: 'https://www.caerffili.gov.uk/services/children-and-families/looked-after-children',
    note: 'That page has the plural, "plant a phobl ifanc".',
  },
  {
    en: 'case record',
    cy: 'cofnod achos',
    source: 'none found',
  },
  {
    en: 'sign off (a plan); sign-off; signatory',
    cy: 'llofnodi; llofnod; llofnodwr',
    source: 'none found',
    note: 'Plain "sign" rather than "cymeradwyo" (approve), because the builder records names, dates and drawn signatures. "Approving manager" keeps "cymeradwyo": y rheolwr sy’n cymeradwyo.',
  },
  {
    en: 'reservations (agreeing with reservations)',
    cy: 'amheuon',
    source: 'none found',
  },
  {
    en: 'arrangement',
    cy: 'trefniant',
    source:
      'https://rctcbc.gov.uk/CY/Resident/ChildrensServices/InformationforChildrenandYoungPeople/Mycareandsupport/Informationforchildrenwhoarelookedaftercare/WhathappenswhenI%27mincare.aspx',
    note: '"trefniadau amser teulu" on that page.',
  },
  { en: 'pseudonym', cy: 'ffugenw', source: 'none found' },
  {
    en: 'plan builder',
    cy: 'lluniwr cynlluniau',
    source: 'none found',
    note: '"Adeiladwr" reads as a construction builder; "lluniwr" (one who draws up) matches "llunio cynllun".',
  },
  {
    en: 'passphrase; password',
    cy: 'cyfrinymadrodd; cyfrinair',
    source: 'none found',
    note: 'Software-localisation usage; not found in the corpora searched.',
  },
  {
    en: 'browser',
    cy: 'porwr',
    source: 'https://www.iicsa.org.uk/cy/cwcis',
  },
  {
    en: 'device',
    cy: 'dyfais (feminine: y ddyfais hon)',
    source: 'https://www.iicsa.org.uk/cy/cwcis',
  },
  {
    en: 'version',
    cy: 'fersiwn (feminine)',
    source: 'https://cymraeg.gov.wales/btc/StyleGuidesHub/arddulliadur/?lang=cy&atoz=C',
    note: 'The Welsh Government Translation Service treats "fersiwn" as feminine; "fformat" and "statws" masculine, "tudalen" feminine.',
  },
  {
    en: 'fingerprint (SHA-256 of a plan)',
    cy: 'ôl bys (plural olion bysedd)',
    source: 'none found',
  },
  {
    en: 'tamper-evidence; digital signature',
    cy: 'tystiolaeth o ymyrryd; llofnod digidol',
    source: 'none found',
  },
  { en: 'worked example (practice plan)', cy: 'enghraifft; cynllun ymarfer', source: 'none found' },
  { en: 'offline copy', cy: 'copi all-lein', source: 'none found' },
];
