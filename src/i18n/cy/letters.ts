import type { letterMessages } from '../en/letters';

/**
 * Letters in Welsh (machine-made; see cy/status.ts): why each kind of identifying detail the
 * checker finds matters.
 */
export const letterMessagesCy = {
  'letters.finding.name': 'Enw na ddylid ei rannu â’r teulu arall.',
  'letters.finding.surname': 'Cyfenw na ddylid ei rannu â’r teulu arall.',
  'letters.finding.address': 'Rhan o gyfeiriad: gallai ddangos ble mae teulu’n byw.',
  'letters.finding.postcode': 'Cod post: mae’n dangos ble mae rhywun yn byw.',
  'letters.finding.town': 'Tref neu le a allai ddangos ble mae teulu’n byw.',
  'letters.finding.school': 'Enw ysgol: mae’n dangos ble gellir dod o hyd i blentyn.',
  'letters.finding.phone':
    'Rhif ffôn: byddai’n gadael i rywun gysylltu’n uniongyrchol, y tu allan i’r trefniadau a gytunwyd.',
  'letters.finding.email':
    'Cyfeiriad e-bost: byddai’n gadael i rywun gysylltu’n uniongyrchol, y tu allan i’r trefniadau a gytunwyd.',
  'letters.finding.link': 'Cyfeiriad gwe: gallai arwain at enwau teulu, eu lluniau neu ble maen nhw’n byw.',
  'letters.finding.social-media':
    'Cyfrif neu broffil cyfryngau cymdeithasol: gallai arwain at enwau teulu, eu lluniau neu ble maen nhw’n byw.',
  'letters.finding.car-registration': 'Rhif cofrestru car: gellid ei ddefnyddio i ddod o hyd i deulu.',
  'letters.finding.other': 'Manylyn ar y rhestr o’r rhai na ddylid eu rhannu â’r teulu arall.',
} as const satisfies Record<keyof typeof letterMessages, unknown>;
