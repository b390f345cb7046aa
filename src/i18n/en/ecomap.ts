/**
 * The eco-map's words (src/planner/ecomap, src/planner/ui/EcoMap.tsx and the PDF's figure). The
 * builder loads them with the eco-map, not on its first screen (see i18n/builderToolCatalogue.ts).
 */
export const ecomapMessages = {
  'plan.ecomap.heading': 'Eco-map',
  'plan.ecomap.child': 'The child',
  'plan.ecomap.carerOf': 'Carer of {name}',
  'plan.ecomap.professionals': 'Professionals',
  'plan.ecomap.livesWith': 'Lives with {child}',
  'plan.ecomap.noArrangementYet': 'No arrangement yet',
  'plan.ecomap.askedFor': 'Asked for, not agreed (no line): {forms}',
  'plan.ecomap.svgLabel': "Eco-map of {child}'s network. Everyone in it is listed after the diagram.",
  'plan.ecomap.key': 'Key to the lines',
  'plan.ecomap.caption.centre': '{child} is at the centre.',
  'plan.ecomap.caption.centreWithFamily': '{child} is at the centre, in the shaded box with their adoptive family.',
  'plan.ecomap.caption.rings':
    'People who matter now, or both now and later, are on the inner ring; people who matter later are on the outer ring.',
  'plan.ecomap.caption.fosterCarers': "{child}'s foster carers are on the inner ring.",
  'plan.ecomap.caption.siblingCarers': 'The carer of a brother or sister sits next to them.',
  'plan.ecomap.caption.professionals': 'Professionals are in the row under the rings.',
  'plan.ecomap.caption.lines':
    'Each line is one way of staying in touch, as the key shows, and someone with several ways has a line for each. Someone with no line has no arrangement agreed yet.',
  'plan.ecomap.group.household': 'At the centre with {child}: the adoptive family',
  'plan.ecomap.group.now': 'On the inner ring: people who matter now, or both now and later',
  'plan.ecomap.group.later': 'On the outer ring: people who matter later',
  'plan.ecomap.group.professionals': 'In the row under the rings: professionals',
};
