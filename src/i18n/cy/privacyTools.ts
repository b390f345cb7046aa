import type { privacyToolMessages } from '../en/privacyTools';

/**
 * The words of choosing a passphrase in Welsh (machine-made; see cy/status.ts). Loaded with the
 * form that protects plans, as the English are (see i18n/builderToolCatalogue.ts).
 */
export const privacyToolMessagesCy = {
  // "Protect plans with a passphrase"
  'privacy.protect.heading': 'Diogelu cynlluniau â chyfrinymadrodd',
  'privacy.protect.text':
    'Bydd cynlluniau ar y ddyfais hon yn cael eu hamgryptio. Mae’r lluniwr cynlluniau’n cloi pan fyddwch yn dewis “Cloi nawr” ac ar ôl 15 munud heb ei ddefnyddio; mae angen y cyfrinymadrodd arnoch i’w ddatgloi.',
  'privacy.protect.warning':
    'Os byddwch yn anghofio’r cyfrinymadrodd, ni all neb adfer y cynlluniau ar y ddyfais hon. Cadwch gynlluniau pwysig mewn ffeiliau hefyd.',
  'privacy.protect.new.label': 'Creu cyfrinymadrodd',
  'privacy.protect.new.hint':
    'O leiaf {min} nod. Mae tri neu bedwar gair ar hap yn hawdd eu cofio ac yn anodd eu dyfalu. Peidiwch â defnyddio eich cyfrinair gwaith.',
  'privacy.protect.again.label': 'Teipiwch y cyfrinymadrodd eto',
  'privacy.protect.submit': 'Diogelu cynlluniau â’r cyfrinymadrodd hwn',
  'privacy.protect.cancel': 'Canslo',
  'privacy.protect.busy': 'Wrthi’n diogelu eich cynlluniau…',
  'privacy.protect.errorTitle': 'Gwall: {title}',
  'privacy.protect.error.missing': 'Rhowch gyfrinymadrodd',
  'privacy.protect.error.tooShort': 'Rhaid i’r cyfrinymadrodd fod yn {min} nod neu fwy',
  'privacy.protect.error.againMissing': 'Rhowch y cyfrinymadrodd eto',
  'privacy.protect.error.mismatch': 'Nid yw’r cyfrinymadroddion yn cyfateb',
  'privacy.protect.error.failed': 'Doedd dim modd diogelu’r cynlluniau',

  // How hard a new passphrase would be to guess (storage/passphraseStrength.ts), shown as it is typed.
  'privacy.passphrase.strength.tooShort': {
    zero: 'Cryfder y cyfrinymadrodd: rhy fyr. Mae angen o leiaf {count} nod.',
    one: 'Cryfder y cyfrinymadrodd: rhy fyr. Mae angen o leiaf {count} nod.',
    two: 'Cryfder y cyfrinymadrodd: rhy fyr. Mae angen o leiaf {count} nod.',
    few: 'Cryfder y cyfrinymadrodd: rhy fyr. Mae angen o leiaf {count} nod.',
    many: 'Cryfder y cyfrinymadrodd: rhy fyr. Mae angen o leiaf {count} nod.',
    other: 'Cryfder y cyfrinymadrodd: rhy fyr. Mae angen o leiaf {count} nod.',
  },
  'privacy.passphrase.strength.0': 'Cryfder y cyfrinymadrodd: gwan iawn. Byddai’n cael ei ddyfalu bron ar unwaith.',
  'privacy.passphrase.strength.1': 'Cryfder y cyfrinymadrodd: gwan. Byddai’n cael ei ddyfalu’n gyflym.',
  'privacy.passphrase.strength.2': 'Cryfder y cyfrinymadrodd: ddim yn ddigon cryf. Gallai gael ei ddyfalu.',
  'privacy.passphrase.strength.3': 'Cryfder y cyfrinymadrodd: digon cryf. Byddai’n anodd ei ddyfalu.',
  'privacy.passphrase.strength.4': 'Cryfder y cyfrinymadrodd: cryf. Byddai’n anodd iawn ei ddyfalu.',
  'privacy.passphrase.strength.unavailable':
    'Does dim modd gwirio cryfder y cyfrinymadrodd ar hyn o bryd. Bydd yn cael ei wirio pan fyddwch yn diogelu’r cynlluniau.',
  'privacy.passphrase.error.unavailable':
    'Nid oedd modd diogelu’r cynlluniau: nid yw’r rhan o’r wefan hon sy’n gwirio pa mor anodd yw dyfalu cyfrinymadrodd wedi’i lawrlwytho i’r ddyfais hon eto, ac nid oes cysylltiad. Cysylltwch â’r rhyngrwyd a rhowch gynnig arall arni. Does dim byd wedi’i newid.',
  'privacy.passphrase.weak.common':
    'Dewiswch gyfrinymadrodd sy’n anoddach ei ddyfalu: mae hwn ymhlith y cyfrineiriau a ddefnyddir fwyaf. Defnyddiwch dri neu bedwar gair nad ydynt fel arfer yn mynd gyda’i gilydd.',
  'privacy.passphrase.weak.similarToCommon':
    'Dewiswch gyfrinymadrodd sy’n anoddach ei ddyfalu: cyfrinair a ddefnyddir yn aml gydag ychydig o newidiadau yw hwn. Defnyddiwch dri neu bedwar gair nad ydynt fel arfer yn mynd gyda’i gilydd.',
  'privacy.passphrase.weak.keyboard':
    'Dewiswch gyfrinymadrodd sy’n anoddach ei ddyfalu: mae hwn yn dilyn patrwm o fysellau ar y bysellfwrdd. Defnyddiwch dri neu bedwar gair nad ydynt fel arfer yn mynd gyda’i gilydd.',
  'privacy.passphrase.weak.repeat':
    'Dewiswch gyfrinymadrodd sy’n anoddach ei ddyfalu: mae hwn yn ailadrodd llythrennau neu grwpiau o lythrennau. Defnyddiwch dri neu bedwar gair gwahanol.',
  'privacy.passphrase.weak.sequence':
    'Dewiswch gyfrinymadrodd sy’n anoddach ei ddyfalu: dilyniant yw hwn, fel abc neu 1234. Defnyddiwch dri neu bedwar gair nad ydynt fel arfer yn mynd gyda’i gilydd.',
  'privacy.passphrase.weak.date':
    'Dewiswch gyfrinymadrodd sy’n anoddach ei ddyfalu: dyddiadau a blynyddoedd yw rhai o’r pethau cyntaf sy’n cael eu trio. Defnyddiwch dri neu bedwar gair nad ydynt fel arfer yn mynd gyda’i gilydd.',
  'privacy.passphrase.weak.word':
    'Dewiswch gyfrinymadrodd sy’n anoddach ei ddyfalu: mae un gair ar ei ben ei hun ymhlith y pethau cyntaf sy’n cael eu trio, hyd yn oed gyda rhifau neu symbolau wedi’u hychwanegu. Defnyddiwch dri neu bedwar gair nad ydynt fel arfer yn mynd gyda’i gilydd.',
  'privacy.passphrase.weak.names':
    'Dewiswch gyfrinymadrodd sy’n anoddach ei ddyfalu: enwau yw rhai o’r pethau cyntaf sy’n cael eu trio. Defnyddiwch dri neu bedwar gair nad ydynt fel arfer yn mynd gyda’i gilydd.',
  'privacy.passphrase.weak.family':
    'Dewiswch gyfrinymadrodd sy’n anoddach ei ddyfalu: mae wedi’i wneud o enwau neu leoedd sydd wedi’u hysgrifennu yn y cynlluniau, sydd ymhlith y pethau cyntaf y byddai rhywun sy’n adnabod y teulu yn rhoi cynnig arnynt. Defnyddiwch dri neu bedwar gair sydd heb ddim i’w wneud â’r teulu.',
  'privacy.passphrase.weak.other':
    'Dewiswch gyfrinymadrodd sy’n anoddach ei ddyfalu: gallai hwn gael ei ddyfalu’n gyflym. Ychwanegwch air neu ddau arall nad ydynt fel arfer yn mynd gyda’i gilydd.',
  'privacy.passphrase.tip.anotherWord': 'Ychwanegwch air neu ddau arall, rhai nad ydynt yn gyffredin.',
  'privacy.passphrase.tip.useWords': 'Defnyddiwch sawl gair, ac osgowch ymadroddion cyffredin.',
  'privacy.passphrase.tip.noNeed': 'Does dim angen symbolau, rhifau na phriflythrennau: mae sawl gair yn ddigon.',
  'privacy.passphrase.tip.l33t':
    'Nid yw cyfnewid llythrennau am symbolau tebyg, fel @ am a, yn ei wneud yn llawer anoddach ei ddyfalu.',
  'privacy.passphrase.tip.reverseWords': 'Nid yw geiriau wedi’u sillafu tuag yn ôl yn llawer anoddach eu dyfalu.',
  'privacy.passphrase.tip.capitals':
    'Nid yw priflythrennau lle mae pobl fel arfer yn eu rhoi yn ei wneud yn llawer anoddach ei ddyfalu.',
  'privacy.passphrase.tip.dates': 'Osgowch ddyddiadau a blynyddoedd, yn enwedig rhai sy’n golygu rhywbeth i chi.',
  'privacy.passphrase.tip.sequences': 'Osgowch ddilyniannau fel abc neu 1234.',
  'privacy.passphrase.tip.repeated': 'Peidiwch ag ailadrodd geiriau, llythrennau na grwpiau o lythrennau.',
  'privacy.passphrase.tip.keyboard': 'Osgowch batrymau o fysellau ar y bysellfwrdd.',
  'privacy.passphrase.tip.usedElsewhere':
    'Peidiwch â defnyddio cyfrinymadrodd rydych chi’n ei ddefnyddio yn unrhyw le arall.',
} as const satisfies Record<keyof typeof privacyToolMessages, unknown>;
