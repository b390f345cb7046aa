import type { ecomapMessages } from '../en/ecomap';

/**
 * The eco-map's words in Welsh (machine-made; see cy/status.ts): the diagram, its key and caption,
 * and the list of everyone in it that follows the diagram.
 */
export const ecomapMessagesCy = {
  'plan.ecomap.heading': 'Eco-fap',
  'plan.ecomap.child': 'Y plentyn',
  'plan.ecomap.carerOf': 'Gofalwr {name}',
  'plan.ecomap.professionals': 'Gweithwyr proffesiynol',
  'plan.ecomap.livesWith': 'Yn byw gyda {child}',
  'plan.ecomap.noArrangementYet': 'Dim trefniant eto',
  'plan.ecomap.askedFor': 'Wedi gofyn amdano, heb ei gytuno (dim llinell): {forms}',
  'plan.ecomap.svgLabel': 'Eco-fap o rwydwaith {child}. Mae pawb sydd ynddo wedi’u rhestru ar ôl y diagram.',
  'plan.ecomap.key': 'Allwedd i’r llinellau',
  'plan.ecomap.caption.centre': 'Mae {child} yn y canol.',
  'plan.ecomap.caption.centreWithFamily': 'Mae {child} yn y canol, yn y blwch lliw gyda’r teulu mabwysiadol.',
  'plan.ecomap.caption.rings':
    'Mae pobl sy’n bwysig nawr, neu nawr ac yn nes ymlaen, ar y cylch mewnol; mae pobl sy’n bwysig yn nes ymlaen ar y cylch allanol.',
  'plan.ecomap.caption.fosterCarers': 'Mae gofalwyr maeth {child} ar y cylch mewnol.',
  'plan.ecomap.caption.siblingCarers': 'Mae gofalwr brawd neu chwaer wrth ochr y brawd neu’r chwaer.',
  'plan.ecomap.caption.professionals': 'Mae gweithwyr proffesiynol yn y rhes o dan y cylchoedd.',
  'plan.ecomap.caption.lines':
    'Mae pob llinell yn un ffordd o gadw mewn cysylltiad, fel y mae’r allwedd yn ei ddangos, ac mae gan rywun sydd â sawl ffordd linell ar gyfer pob un. Os nad oes llinell at rywun, does dim trefniant wedi’i gytuno gyda nhw eto.',
  'plan.ecomap.group.household': 'Yn y canol gyda {child}: y teulu mabwysiadol',
  'plan.ecomap.group.now': 'Ar y cylch mewnol: pobl sy’n bwysig nawr, neu nawr ac yn nes ymlaen',
  'plan.ecomap.group.later': 'Ar y cylch allanol: pobl sy’n bwysig yn nes ymlaen',
  'plan.ecomap.group.professionals': 'Yn y rhes o dan y cylchoedd: gweithwyr proffesiynol',
} as const satisfies Record<keyof typeof ecomapMessages, unknown>;
