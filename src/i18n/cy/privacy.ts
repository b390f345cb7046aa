import type { privacyMessages } from '../en/privacy';

/** Privacy and device controls in Welsh (machine-made; see cy/status.ts): shared-computer question, passphrase lock, idle lock, tabs, storage and delete everything. */
export const privacyMessagesCy = {
  // The builder around the plans (ui/privacy/PlannerShell.tsx)
  'privacy.shell.heading': 'Lluniwr cynlluniau',
  'privacy.shell.loading': 'Wrthi’n llwytho…',
  'privacy.shell.notice.shared':
    'Bydd cynlluniau’n cael eu cadw yn y tab hwn yn unig, a does dim byd amdanyn nhw’n cael ei ysgrifennu i’r cyfrifiadur hwn. Byddwch yn eu colli os byddwch yn ail-lwytho neu’n cau’r tab: cadwch bob cynllun mewn ffeil i’w gadw.',
  'privacy.shell.notice.tabPlansGone':
    'Cafodd y cynlluniau yn y tab hwn eu clirio pan gafodd y dudalen ei hail-lwytho: ar gyfrifiadur a rennir, dim ond tra bo’r dudalen ar agor y cânt eu cadw. Os gwnaethoch gadw cynllun mewn ffeil, agorwch hi eto.',
  'privacy.shell.notice.clearedIdle':
    'Cafodd y cynlluniau yn y tab hwn eu clirio oherwydd na ddefnyddiwyd y lluniwr cynlluniau am 15 munud. Os gwnaethoch gadw cynllun mewn ffeil, agorwch hi eto.',
  'privacy.shell.notice.personal': 'Bydd cynlluniau’n cael eu cadw ar y ddyfais hon wrth i chi deipio.',
  'privacy.shell.notice.forgotten':
    'Mae’r cynlluniau ar y ddyfais hon wedi’u dileu. Mae’r diogelu â chyfrinymadrodd wedi’i ddiffodd.',
  'privacy.shell.notice.protected': 'Mae’r cynlluniau ar y ddyfais hon bellach wedi’u diogelu â’ch cyfrinymadrodd.',
  'privacy.shell.notice.unprotected':
    'Mae’r diogelu â chyfrinymadrodd wedi’i ddiffodd. Caiff cynlluniau ar y ddyfais hon eu hamgryptio ag allwedd y mae’r porwr hwn yn ei chadw, felly gall unrhyw un sy’n gallu defnyddio’r porwr hwn eu hagor.',
  'privacy.shell.storageNote.tab': 'Nid oes dim rydych chi’n ei deipio yn cael ei anfon i unman.',
  'privacy.shell.storageNote.device':
    'Caiff cynlluniau eu cadw ar y ddyfais hon yn unig, wrth i chi deipio, wedi’u hamgryptio ag allwedd y mae’r porwr hwn yn ei chadw. Nid oes dim yn cael ei anfon i unman.',
  'privacy.shell.storageNote.deviceProtected':
    'Caiff cynlluniau eu cadw ar y ddyfais hon yn unig, wrth i chi deipio, wedi’u hamgryptio â’ch cyfrinymadrodd. Nid oes dim yn cael ei anfon i unman.',

  // "Is this a shared or public computer?"
  'privacy.question.title': 'Ai cyfrifiadur a rennir neu gyfrifiadur cyhoeddus yw hwn?',
  'privacy.question.hint':
    'Mae cynlluniau a llythyrau’n cynnwys gwybodaeth sensitif am blant a theuluoedd. Nid oes dim rydych chi’n ei deipio yn cael ei anfon i unman: mae hyn yn penderfynu a yw’n cael ei gadw ar y cyfrifiadur hwn.',
  'privacy.question.option.shared.label': 'Ie, mae’n cael ei rannu neu’n gyhoeddus',
  'privacy.question.option.shared.hint':
    'Er enghraifft cyfrifiadur mewn llyfrgell, desg a rennir neu gyfrifiadur y teulu. Does dim yn cael ei ysgrifennu i’r cyfrifiadur: dim ond tra bo’r dudalen ar agor y caiff yr hyn rydych chi’n ei ysgrifennu ei gadw, felly byddwch yn ei golli os byddwch yn ail-lwytho’r dudalen neu’n ei chau. I’w gadw, cadwch bob cynllun mewn ffeil, ac argraffwch neu copïwch lythyr.',
  'privacy.question.option.personal.label': 'Na, dim ond fi sy’n ei defnyddio',
  'privacy.question.option.personal.hint':
    'Er enghraifft eich gliniadur gwaith neu eich ffôn eich hun. Caiff yr hyn rydych chi’n ei ysgrifennu ei gadw yn y porwr hwn ar y ddyfais hon wrth i chi deipio, a gallwch ei ddiogelu â chyfrinymadrodd.',
  'privacy.question.error.missing': 'Dewiswch a yw hwn yn gyfrifiadur a rennir neu’n gyfrifiadur cyhoeddus',
  'privacy.question.error.plansOnDevice': {
    zero: 'Mae {count} cynllun wedi’u cadw ar y ddyfais hon. Cyn i chi ddweud ei bod yn cael ei rhannu, cadwch y cynlluniau sydd eu hangen arnoch mewn ffeiliau, yna defnyddiwch “Dileu popeth o’r ddyfais hon” ar dudalen eich cynlluniau.',
    one: 'Mae {count} cynllun wedi’i gadw ar y ddyfais hon. Cyn i chi ddweud ei bod yn cael ei rhannu, cadwch y cynlluniau sydd eu hangen arnoch mewn ffeiliau, yna defnyddiwch “Dileu popeth o’r ddyfais hon” ar dudalen eich cynlluniau.',
    two: 'Mae {count} gynllun wedi’u cadw ar y ddyfais hon. Cyn i chi ddweud ei bod yn cael ei rhannu, cadwch y cynlluniau sydd eu hangen arnoch mewn ffeiliau, yna defnyddiwch “Dileu popeth o’r ddyfais hon” ar dudalen eich cynlluniau.',
    few: 'Mae {count} chynllun wedi’u cadw ar y ddyfais hon. Cyn i chi ddweud ei bod yn cael ei rhannu, cadwch y cynlluniau sydd eu hangen arnoch mewn ffeiliau, yna defnyddiwch “Dileu popeth o’r ddyfais hon” ar dudalen eich cynlluniau.',
    many: 'Mae {count} chynllun wedi’u cadw ar y ddyfais hon. Cyn i chi ddweud ei bod yn cael ei rhannu, cadwch y cynlluniau sydd eu hangen arnoch mewn ffeiliau, yna defnyddiwch “Dileu popeth o’r ddyfais hon” ar dudalen eich cynlluniau.',
    other:
      'Mae {count} cynllun wedi’u cadw ar y ddyfais hon. Cyn i chi ddweud ei bod yn cael ei rhannu, cadwch y cynlluniau sydd eu hangen arnoch mewn ffeiliau, yna defnyddiwch “Dileu popeth o’r ddyfais hon” ar dudalen eich cynlluniau.',
  },
  'privacy.question.back': 'Yn ôl',
  'privacy.question.continue': 'Parhau',

  // Radios and "Are you sure?" shared by the privacy screens
  'privacy.confirm.label': 'Cadarnhau',
  'privacy.confirm.cancel': 'Canslo',

  // The line above the builder
  'privacy.deviceBar.tabOnly':
    'Dim ond tra bo’r dudalen hon ar agor y caiff cynlluniau ar y cyfrifiadur hwn eu cadw: byddwch yn eu colli os byddwch yn ail-lwytho neu’n ei chau. Cadwch y cynllun mewn ffeil i’w gadw.',
  'privacy.deviceBar.protected': 'Mae cynlluniau ar y ddyfais hon wedi’u diogelu â chyfrinymadrodd.',
  'privacy.deviceBar.lockNow': 'Cloi nawr',

  // "Privacy on this device", on the plans list
  'privacy.controls.heading': 'Preifatrwydd ar y ddyfais hon',
  'privacy.controls.shared.key': 'Cyfrifiadur a rennir neu gyfrifiadur cyhoeddus',
  'privacy.controls.shared.yes': 'Ie: dim ond tra bo’r dudalen hon ar agor y caiff cynlluniau eu cadw',
  'privacy.controls.shared.no': 'Na, dim ond fi sy’n ei defnyddio',
  'privacy.controls.shared.change': 'Newid',
  'privacy.controls.shared.changeHidden': 'a yw hwn yn gyfrifiadur a rennir neu’n gyfrifiadur cyhoeddus',
  'privacy.controls.passphrase.key': 'Cyfrinymadrodd',
  'privacy.controls.passphrase.on': 'Ymlaen: mae cynlluniau wedi’u hamgryptio ar y ddyfais hon',
  'privacy.controls.passphrase.off': 'I ffwrdd',
  'privacy.controls.passphrase.turnOn': 'Troi ymlaen',
  'privacy.controls.passphrase.turnOff': 'Diffodd',
  'privacy.controls.passphrase.actionHidden': 'y diogelu â chyfrinymadrodd',
  'privacy.controls.unprotect.question':
    'Diffodd y diogelu â chyfrinymadrodd? Bydd cynlluniau ar y ddyfais hon yn cael eu hamgryptio ag allwedd y mae’r porwr hwn yn ei chadw, felly bydd unrhyw un sy’n gallu defnyddio’r porwr hwn yn gallu eu hagor, ac ni fydd y lluniwr yn cloi mwyach.',
  'privacy.controls.unprotect.confirm': 'Diffodd y diogelu',
  'privacy.controls.delete.heading': 'Dileu popeth o’r ddyfais hon',
  'privacy.controls.delete.text':
    'Mae’n tynnu pob arwydd o’r lluniwr cynlluniau o’r porwr hwn: cynlluniau, eitemau sydd wedi’u hanner llenwi, gosodiadau, cofnod y cyfrinymadrodd, a chopi all-lein y wefan hon. Cadwch unrhyw gynlluniau sydd eu hangen arnoch mewn ffeiliau yn gyntaf.',
  'privacy.controls.delete.button': 'Dileu popeth o’r ddyfais hon',
  'privacy.controls.delete.question':
    'Ydych chi’n siŵr eich bod am ddileu popeth o’r ddyfais hon? Does dim modd dadwneud hyn.',
  'privacy.controls.delete.questionCounted': {
    zero: 'Ydych chi’n siŵr eich bod am ddileu popeth o’r ddyfais hon, gan gynnwys {count} cynllun? Does dim modd dadwneud hyn.',
    one: 'Ydych chi’n siŵr eich bod am ddileu popeth o’r ddyfais hon, gan gynnwys {count} cynllun? Does dim modd dadwneud hyn.',
    two: 'Ydych chi’n siŵr eich bod am ddileu popeth o’r ddyfais hon, gan gynnwys {count} gynllun? Does dim modd dadwneud hyn.',
    few: 'Ydych chi’n siŵr eich bod am ddileu popeth o’r ddyfais hon, gan gynnwys {count} chynllun? Does dim modd dadwneud hyn.',
    many: 'Ydych chi’n siŵr eich bod am ddileu popeth o’r ddyfais hon, gan gynnwys {count} chynllun? Does dim modd dadwneud hyn.',
    other:
      'Ydych chi’n siŵr eich bod am ddileu popeth o’r ddyfais hon, gan gynnwys {count} cynllun? Does dim modd dadwneud hyn.',
  },
  'privacy.controls.delete.confirm': 'Ydw, dilëwch bopeth',

  // The locked builder
  'privacy.unlock.title': 'Mae eich cynlluniau wedi’u cloi',
  'privacy.unlock.reason.now': 'Fe wnaethoch chi gloi’r lluniwr cynlluniau.',
  'privacy.unlock.reason.idle':
    'Cafodd y lluniwr cynlluniau ei gloi oherwydd na chafodd ei ddefnyddio am 15 munud. Cafodd eich gwaith ei gadw yn gyntaf.',
  'privacy.unlock.reason.elsewhere': 'Cafodd y lluniwr cynlluniau ei gloi mewn tab arall.',
  'privacy.unlock.protected': 'Mae’r cynlluniau ar y ddyfais hon wedi’u diogelu â chyfrinymadrodd.',
  'privacy.unlock.enterToUnlock': {
    '=0': 'Rhowch ef i ddatgloi’r lluniwr cynlluniau.',
    zero: 'Rhowch ef i ddatgloi’r {count} cynllun.',
    one: 'Rhowch ef i ddatgloi’r {count} cynllun.',
    two: 'Rhowch ef i ddatgloi’r {count} gynllun.',
    few: 'Rhowch ef i ddatgloi’r {count} chynllun.',
    many: 'Rhowch ef i ddatgloi’r {count} chynllun.',
    other: 'Rhowch ef i ddatgloi’r {count} cynllun.',
  },
  'privacy.unlock.label': 'Cyfrinymadrodd',
  'privacy.unlock.submit': 'Datgloi',
  'privacy.unlock.busy': 'Wrthi’n datgloi…',
  'privacy.unlock.error.missing': 'Rhowch eich cyfrinymadrodd',
  'privacy.unlock.error.wait': {
    '=1': 'Gormod o gyfrinymadroddion anghywir. Arhoswch 1 eiliad cyn rhoi cynnig arall arni',
    zero: 'Gormod o gyfrinymadroddion anghywir. Arhoswch {count} eiliad cyn rhoi cynnig arall arni',
    one: 'Gormod o gyfrinymadroddion anghywir. Arhoswch {count} eiliad cyn rhoi cynnig arall arni',
    two: 'Gormod o gyfrinymadroddion anghywir. Arhoswch {count} eiliad cyn rhoi cynnig arall arni',
    few: 'Gormod o gyfrinymadroddion anghywir. Arhoswch {count} eiliad cyn rhoi cynnig arall arni',
    many: 'Gormod o gyfrinymadroddion anghywir. Arhoswch {count} eiliad cyn rhoi cynnig arall arni',
    other: 'Gormod o gyfrinymadroddion anghywir. Arhoswch {count} eiliad cyn rhoi cynnig arall arni',
  },
  'privacy.unlock.error.failed':
    'Doedd dim modd datgloi’r cynlluniau. Ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  'privacy.unlock.forgotten.summary': 'Wedi anghofio’ch cyfrinymadrodd?',
  'privacy.unlock.forgotten.noRecovery':
    'Does dim ffordd o adfer cyfrinymadrodd sydd wedi’i anghofio. Nid yw’n cael ei storio yn unman, a hebddo does dim modd darllen y cynlluniau ar y ddyfais hon, gennych chi na neb arall.',
  'privacy.unlock.forgotten.onlyWay':
    'Yr unig ffordd o barhau yw dileu’r cynlluniau ar y ddyfais hon, yna dechrau eto neu agor cynlluniau a gadwoch mewn ffeiliau. Nid effeithir ar ffeiliau cynllun a PDFs a gadwoch.',
  'privacy.unlock.forgotten.onlyWayCounted': {
    zero: 'Yr unig ffordd o barhau yw dileu’r {count} cynllun ar y ddyfais hon, yna dechrau eto neu agor cynlluniau a gadwoch mewn ffeiliau. Nid effeithir ar ffeiliau cynllun a PDFs a gadwoch.',
    one: 'Yr unig ffordd o barhau yw dileu’r {count} cynllun ar y ddyfais hon, yna dechrau eto neu agor cynlluniau a gadwoch mewn ffeiliau. Nid effeithir ar ffeiliau cynllun a PDFs a gadwoch.',
    two: 'Yr unig ffordd o barhau yw dileu’r {count} gynllun ar y ddyfais hon, yna dechrau eto neu agor cynlluniau a gadwoch mewn ffeiliau. Nid effeithir ar ffeiliau cynllun a PDFs a gadwoch.',
    few: 'Yr unig ffordd o barhau yw dileu’r {count} chynllun ar y ddyfais hon, yna dechrau eto neu agor cynlluniau a gadwoch mewn ffeiliau. Nid effeithir ar ffeiliau cynllun a PDFs a gadwoch.',
    many: 'Yr unig ffordd o barhau yw dileu’r {count} chynllun ar y ddyfais hon, yna dechrau eto neu agor cynlluniau a gadwoch mewn ffeiliau. Nid effeithir ar ffeiliau cynllun a PDFs a gadwoch.',
    other:
      'Yr unig ffordd o barhau yw dileu’r {count} cynllun ar y ddyfais hon, yna dechrau eto neu agor cynlluniau a gadwoch mewn ffeiliau. Nid effeithir ar ffeiliau cynllun a PDFs a gadwoch.',
  },
  'privacy.unlock.forgotten.delete': 'Dileu’r cynlluniau ar y ddyfais hon',
  'privacy.unlock.forgotten.question':
    'Ydych chi’n siŵr eich bod am ddileu’r cynlluniau ar y ddyfais hon? Does dim modd dadwneud hyn.',
  'privacy.unlock.forgotten.questionCounted': {
    zero: 'Ydych chi’n siŵr eich bod am ddileu’r {count} cynllun ar y ddyfais hon? Does dim modd dadwneud hyn.',
    one: 'Ydych chi’n siŵr eich bod am ddileu’r {count} cynllun ar y ddyfais hon? Does dim modd dadwneud hyn.',
    two: 'Ydych chi’n siŵr eich bod am ddileu’r {count} gynllun ar y ddyfais hon? Does dim modd dadwneud hyn.',
    few: 'Ydych chi’n siŵr eich bod am ddileu’r {count} chynllun ar y ddyfais hon? Does dim modd dadwneud hyn.',
    many: 'Ydych chi’n siŵr eich bod am ddileu’r {count} chynllun ar y ddyfais hon? Does dim modd dadwneud hyn.',
    other: 'Ydych chi’n siŵr eich bod am ddileu’r {count} cynllun ar y ddyfais hon? Does dim modd dadwneud hyn.',
  },
  'privacy.unlock.forgotten.confirm': 'Ydw, dilëwch y cynlluniau ar y ddyfais hon',

  // The warning before the idle lock
  'privacy.idle.title': 'Bydd eich cynlluniau’n cloi cyn bo hir',
  'privacy.idle.text':
    'Er eich diogelwch, bydd y lluniwr cynlluniau’n cloi ymhen {time} oherwydd nad yw wedi cael ei ddefnyddio. Mae eich gwaith wedi’i gadw.',
  'privacy.idle.minutes': {
    zero: '{count} munud',
    one: '{count} munud',
    two: '{count} funud',
    few: '{count} munud',
    many: '{count} munud',
    other: '{count} munud',
  },
  'privacy.idle.seconds': {
    zero: '{count} eiliad',
    one: '{count} eiliad',
    two: '{count} eiliad',
    few: '{count} eiliad',
    many: '{count} eiliad',
    other: '{count} eiliad',
  },
  'privacy.idle.lessThanHalfMinute': 'llai na 30 eiliad',
  'privacy.idle.stay': 'Aros heb gloi',
  'privacy.idle.lockNow': 'Cloi nawr',
  'privacy.idle.clear.title': 'Bydd y cynlluniau yn y tab hwn yn cael eu clirio cyn bo hir',
  'privacy.idle.clear.text':
    'Er mwyn eu cadw’n breifat ar y cyfrifiadur hwn a rennir, bydd y cynlluniau yn y tab hwn yn cael eu clirio ymhen {time} oherwydd nad yw’r lluniwr cynlluniau wedi cael ei ddefnyddio. Cadwch gynllun mewn ffeil yn gyntaf os oes ei angen arnoch.',
  'privacy.idle.clear.stay': 'Dal ati i weithio',
  'privacy.idle.clear.save': 'Cadw’r cynllun mewn ffeil',

  // A plan being edited in another tab
  'privacy.elsewhere.title': 'Mae’r cynllun hwn ar agor mewn tab arall',
  'privacy.elsewhere.text':
    'Mae’r cynllun hwn ar agor i’w olygu mewn tab neu ffenestr arall yn y porwr hwn. Pe baech chi’n ei newid yma hefyd, gallai newidiadau un tab ysgrifennu dros rai’r llall, felly dim ond un tab all ei olygu ar y tro.',
  'privacy.elsewhere.question': 'Beth ydych chi am ei wneud?',
  'privacy.elsewhere.option.readOnly.label': 'Agor copi darllen yn unig yma',
  'privacy.elsewhere.option.readOnly.hint':
    'Gallwch ddarllen y cynllun a chadw copi mewn ffeil, ond nid ei newid yn y tab hwn.',
  'privacy.elsewhere.option.takeOver.label': 'Cymryd drosodd y golygu yma',
  'privacy.elsewhere.option.takeOver.hint':
    'Mae’r tab arall yn cadw ei newidiadau yn gyntaf, yna’n dangos copi darllen yn unig.',
  'privacy.elsewhere.error.missing': 'Dewiswch beth rydych chi am ei wneud',
  'privacy.elsewhere.continue': 'Parhau',
  'privacy.elsewhere.plansLink': 'Ewch i’ch cynlluniau',

  // The read-only copy
  'privacy.readOnly.title': 'Copi darllen yn unig',
  'privacy.readOnly.chosen': 'Mae’r cynllun hwn yn cael ei olygu mewn tab arall, felly does dim modd ei newid yma.',
  'privacy.readOnly.takenOver':
    'Mae’r cynllun hwn bellach yn cael ei olygu mewn tab arall, felly does dim modd ei newid yma. Cafodd eich newidiadau yn y tab hwn eu cadw cyn iddo symud.',
  'privacy.readOnly.savedAt': 'Mae’r copi hwn yn dangos y cynllun fel yr oedd pan gafodd ei gadw am {time}.',
  'privacy.readOnly.takeOver': 'Cymryd drosodd y golygu yma',
  'privacy.readOnly.saveCopy': 'Cadw copi mewn ffeil',
  'privacy.readOnly.plansLink': 'Ewch i’ch cynlluniau',
  'privacy.readOnly.loading': 'Wrthi’n llwytho…',

  // When the device will not keep a plan
  'privacy.storageWarning.refused.title': 'Does dim modd cadw cynlluniau ar y ddyfais hon',
  'privacy.storageWarning.refused.body':
    'Nid yw’r porwr hwn yn gadael i’r lluniwr cynlluniau gadw ar y ddyfais hon, er enghraifft oherwydd ei fod yn y modd pori preifat neu fod ei storfa wedi’i rhwystro. Gallwch ddal ati i weithio: dim ond tra bo’r dudalen hon ar agor y caiff cynlluniau eu cadw, felly byddwch yn eu colli os byddwch yn ail-lwytho neu’n ei chau. Cadwch bob cynllun mewn ffeil i’w gadw.',
  'privacy.storageWarning.full.title': 'Nid yw eich newidiadau wedi’u cadw ar y ddyfais hon',
  'privacy.storageWarning.full.body':
    'Does dim lle ar ôl ar y ddyfais hon, felly doedd dim modd cadw’r cynllun arni. Gallwch ddal ati i weithio: mae eich newidiadau’n cael eu cadw yn y tab hwn am y tro. Cadwch y cynllun mewn ffeil i’w cadw.',
  'privacy.storageWarning.unavailable.title': 'Nid yw eich newidiadau wedi’u cadw ar y ddyfais hon',
  'privacy.storageWarning.unavailable.body':
    'Gwrthododd y porwr gadw’r cynllun ar y ddyfais hon. Gallwch ddal ati i weithio: mae eich newidiadau’n cael eu cadw yn y tab hwn am y tro. Cadwch y cynllun mewn ffeil i’w cadw.',
  'privacy.storageWarning.changedElsewhere.title': 'Cafodd y cynllun hwn ei newid mewn tab arall',
  'privacy.storageWarning.changedElsewhere.body':
    'Cafodd y cynllun ei gadw neu ei ddileu mewn tab neu ffenestr arall ar ôl i chi ei agor yma, felly nid yw eich newidiadau yma wedi’u cadw drosto. Cadwch y cynllun mewn ffeil i gadw’ch newidiadau, yna ail-lwythwch y dudalen i weld beth sydd ar y ddyfais hon nawr.',
  'privacy.storageWarning.save': 'Cadw’r cynllun mewn ffeil',
  'privacy.storageWarning.openEach': 'Agorwch bob cynllun y gwnaethoch ei newid a’i gadw mewn ffeil.',

  // After "Delete everything from this device"
  'privacy.deleted.title': 'Mae popeth wedi’i ddileu o’r ddyfais hon',
  'privacy.deleted.elsewhere': 'Cafodd ei ddileu o dab arall yn y porwr hwn.',
  'privacy.deleted.intro': 'Mae’r lluniwr cynlluniau wedi tynnu’r canlynol o’r porwr hwn:',
  'privacy.deleted.item.plans': 'cynlluniau, a chynlluniau a gadwyd yn y tab hwn',
  'privacy.deleted.item.drafts': 'eitemau wedi’u hanner llenwi',
  'privacy.deleted.item.settings': 'eich gosodiadau, gan gynnwys a yw hwn yn gyfrifiadur a rennir',
  'privacy.deleted.item.passphrase': 'cofnod y cyfrinymadrodd, os oedd gennych un',
  'privacy.deleted.item.offlineCopy': 'copi all-lein y wefan hon',
  'privacy.deleted.failed':
    'Doedd dim modd tynnu’r rhain: {parts}. Cliriwch ddata’r wefan hon yng ngosodiadau eich porwr.',
  'privacy.deleted.files': 'Nid effeithir ar ffeiliau cynllun a PDFs a gadwoch: dilëwch nhw ar wahân os oes angen.',
  'privacy.deleted.shared':
    'Ar gyfrifiadur a rennir neu gyfrifiadur cyhoeddus, caewch ffenestr y porwr hwn pan fyddwch wedi gorffen.',
  'privacy.deleted.startAgain': 'Dechrau’r lluniwr cynlluniau eto',

  // What "Delete everything" could not remove (privacy/wipeDevice.ts), listed in privacy.deleted.failed
  'privacy.wipe.part.plans': 'cynlluniau',
  'privacy.wipe.part.settings': 'gosodiadau a drafftiau',
  'privacy.wipe.part.tabPlans': 'cynlluniau a gadwyd yn y tab hwn',
  'privacy.wipe.part.offlineCopy': 'copi all-lein y wefan',

  // Refusals from the storage modules (storage/, privacy/deviceStorage.ts)
  'privacy.storage.error.wrongPassphrase':
    'Nid yw’r cyfrinymadrodd hwnnw’n gywir. Gwiriwch ef a rhowch gynnig arall arni. Does dim wedi’i ddileu.',
  'privacy.storage.error.passphraseTooShort': 'Dewiswch gyfrinymadrodd o {min} nod o leiaf.',
  'privacy.storage.error.keptChanging':
    'Roedd cynlluniau’n dal i newid mewn tab arall. Caewch y tabiau eraill a rhowch gynnig arall arni.',
  'privacy.storage.error.onlyOnDevice':
    'Dim ond ar gyfer cynlluniau sydd wedi’u cadw ar y ddyfais y mae diogelu â chyfrinymadrodd.',
  'privacy.storage.error.alreadyProtected': 'Mae’r cynlluniau wedi’u diogelu’n barod.',
  'privacy.storage.error.unlockFirst': 'Datglowch y cynlluniau yn gyntaf.',

  // "Open plan file" refusing a file (privacy/readPlanFileBytes.ts); {file} is the file's name
  'privacy.file.empty': 'Mae {file} yn wag.',
  'privacy.file.tooLarge': 'Mae {file} yn rhy fawr. Gall ffeil cynllun fod hyd at {megabytes} MB.',
  'privacy.file.notPdf':
    '{file}: Nid PDF yw’r ffeil hon, er bod ei henw’n gorffen yn .pdf. Dewiswch PDF a allforiwyd o Cadw mewn cysylltiad, neu ffeil cynllun (.json).',
  'privacy.file.notText':
    '{file}: Nid ffeil cynllun yw hon: nid testun yw hi. Ffeiliau testun sy’n gorffen yn .json yw ffeiliau cynllun.',
  'privacy.file.utf16':
    '{file}: Mae’r ffeil wedi’i chadw fel testun UTF-16. Testun UTF-8 yw ffeiliau cynllun: cadwch hi eto o’r lluniwr cynlluniau, neu cadwch hi fel UTF-8 yn eich golygydd testun.',
  'privacy.file.notUtf8':
    '{file}: Testun yw’r ffeil, ond nid yn UTF-8, yr amgodiad y mae ffeiliau cynllun yn ei ddefnyddio. Cadwch hi eto o’r lluniwr cynlluniau, neu cadwch hi fel UTF-8 yn eich golygydd testun.',
  'privacy.file.brokenCharacters':
    '{file}: Mae nodau wedi torri yn nhestun y ffeil (hanner nod sydd angen dwy ran), felly efallai ei bod wedi’i difrodi neu wedi’i throsi’n wael. Ni chafodd ei hagor.',
  'privacy.file.controlCharacters':
    '{file}: Mae nodau rheoli anweledig yn nhestun y ffeil, nad yw cynlluniau byth yn eu cynnwys, felly efallai ei bod wedi’i newid gan raglen arall. Ni chafodd ei hagor.',
  'privacy.file.signedWithoutSignatures':
    '{file}: Mae’r cynllun yn dweud ei fod wedi’i lofnodi, ond nid yw ei gofnod llofnodi’n bodloni’r rheolau llofnodi ar gyfer ei fformat, felly ni chafodd ei agor. Gofynnwch am y cynllun wedi’i lofnodi o gofnod achos y plentyn.',
  'privacy.file.issue.brokenCharacter': 'Mae ganddo nod wedi torri',
  'privacy.file.issue.controlCharacter': 'Mae ganddo nod rheoli anweledig',
  /** A refusal worded by the plan file or PDF reader, which do not use the catalogue yet. */
  'privacy.file.fromReader': '{file}: {problem}',
  'privacy.file.issue.fromReader': '{problem}',
} as const satisfies Record<keyof typeof privacyMessages, unknown>;
