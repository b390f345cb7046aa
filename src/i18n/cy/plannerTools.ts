import type { plannerToolMessages } from '../en/plannerTools';

/**
 * "Copy from another plan" in Welsh (machine-made; see cy/status.ts). Counted things take the
 * mutation the number gives them: dau/dwy soft, tri aspirate (tair none), chwe aspirate.
 */
export const plannerToolMessagesCy = {
  'planner.copy.heading': 'Copïo “{section}” o gynllun arall',
  'planner.copy.headingFrom': 'Copïo “{section}” o {plan}',
  'planner.copy.back': 'Yn ôl i “{section}”',
  'planner.copy.lead':
    'Ar gyfer brawd neu chwaer, neu gynllun newydd i’r un teulu. Caiff yr hyn rydych chi’n ei gopïo ei ychwanegu at y cynllun hwn; does dim byd sydd yma’n barod yn newid oni bai eich bod chi’n dweud hynny.',
  'planner.copy.choose': 'Dewiswch y cynllun i gopïo ohono',
  'planner.copy.planDetails': 'Plentyn: {child} · Wedi’i gadw ddiwethaf: {saved}',
  'planner.copy.none': 'Does dim cynlluniau eraill ar y ddyfais hon y gallwch chi gopïo ohonyn nhw.',
  'planner.copy.onlyPractice':
    'Dim ond cynlluniau ymarfer sydd wedi’u rhestru: dydy manylion pobl go iawn byth yn cael eu copïo i gynllun ymarfer.',
  'planner.copy.onlyReal':
    'Dydy cynlluniau ymarfer ddim wedi’u rhestru: dydy eu pobl ddychmygol byth yn cael eu copïo i gynllun go iawn.',
  'planner.copy.notFound': 'Dydy’r cynllun hwnnw ddim ar y ddyfais hon, neu does dim modd ei ddarllen nawr.',
  'planner.copy.chooseAnother': 'Dewiswch gynllun arall',
  'planner.copy.refused.samePlan': 'Dyma’r cynllun rydych chi’n copïo iddo. Dewiswch gynllun arall.',
  'planner.copy.refused.practiceIntoReal':
    'Cynllun ymarfer yw hwn. Does dim modd copïo ei bobl ddychmygol i gynllun go iawn.',
  'planner.copy.refused.realIntoPractice':
    'Cynllun go iawn yw hwn. Does dim modd copïo manylion pobl go iawn i gynllun ymarfer.',
  'planner.copy.refused.targetSigned':
    'Mae’r cynllun hwn wedi’i lofnodi, felly does dim modd ychwanegu dim ato. Dechreuwch ei fersiwn nesaf i’w newid.',
  'planner.copy.refused.nothingToCopy': 'Does dim byd yn “{section}” yn {plan} i’w gopïo.',
  'planner.copy.refused.tooMany': 'Does dim lle i’r cyfan yn y cynllun hwn: byddai ganddo fwy na {what}.',
  'planner.copy.refused.invalid': 'Doedd dim modd copïo’r hyn sydd gan {plan} yma, gan nad yw rhan ohono’n ddilys.',
  'planner.copy.allHere': 'Mae pawb sydd yn {plan} yn y cynllun hwn yn barod.',
  'planner.copy.addedPeopleHeading': {
    '=1': 'Person wedi’i ychwanegu at y cynllun hwn',
    zero: '{count} person wedi’u hychwanegu at y cynllun hwn',
    one: '{count} person wedi’i ychwanegu at y cynllun hwn',
    two: '{count} berson wedi’u hychwanegu at y cynllun hwn',
    few: '{count} pherson wedi’u hychwanegu at y cynllun hwn',
    many: '{count} pherson wedi’u hychwanegu at y cynllun hwn',
    other: '{count} person wedi’u hychwanegu at y cynllun hwn',
  },
  'planner.copy.addedPeopleWhy':
    'Mae’r bobl y mae’r atebion a gopïwyd yn eu henwi yn dod gyda nhw, gyda phopeth y mae’r cynllun hwnnw’n ei ddweud amdanyn nhw.',
  'planner.copy.reusedHeading': {
    '=1': 'Person sydd yn y cynllun hwn yn barod',
    zero: '{count} person sydd yn y cynllun hwn yn barod',
    one: '{count} person sydd yn y cynllun hwn yn barod',
    two: '{count} berson sydd yn y cynllun hwn yn barod',
    few: '{count} pherson sydd yn y cynllun hwn yn barod',
    many: '{count} pherson sydd yn y cynllun hwn yn barod',
    other: '{count} person sydd yn y cynllun hwn yn barod',
  },
  'planner.copy.reusedIntro':
    'Mae gan y bobl hyn yr un enw a’r un berthynas yma, felly dydyn nhw ddim yn cael eu hychwanegu eto: mae’r hyn a gopïwyd yn enwi’r person yn y cynllun hwn, ac mae ei fanylion yma’n aros fel y maen nhw.',
  'planner.copy.itemsHeading': 'Wedi’u hychwanegu at y cynllun hwn',
  'planner.copy.notCopied':
    'Dydy’r llofnodi, y cofnod newidiadau, fersiynau cynharach a’r cofnod o adolygiadau cynharach byth yn cael eu copïo.',
  'planner.copy.list.factors': {
    '=1': '1 cryfder neu her',
    zero: '{count} cryfder neu her',
    one: '{count} cryfder neu her',
    two: '{count} gryfder neu her',
    few: '{count} chryfder neu her',
    many: '{count} chryfder neu her',
    other: '{count} cryfder neu her',
  },
  'planner.copy.list.arrangements': {
    '=1': '1 trefniant',
    zero: '{count} trefniant',
    one: '{count} trefniant',
    two: '{count} drefniant',
    few: '{count} threfniant',
    many: '{count} threfniant',
    other: '{count} trefniant',
  },
  'planner.copy.list.support': {
    '=1': '1 elfen o gymorth',
    zero: '{count} elfen o gymorth',
    one: '{count} elfen o gymorth',
    two: '{count} elfen o gymorth',
    few: '{count} elfen o gymorth',
    many: '{count} elfen o gymorth',
    other: '{count} elfen o gymorth',
  },
  'planner.copy.list.views': {
    '=1': '1 safbwynt',
    zero: '{count} safbwynt',
    one: '{count} safbwynt',
    two: '{count} safbwynt',
    few: '{count} safbwynt',
    many: '{count} safbwynt',
    other: '{count} safbwynt',
  },
  'planner.copy.list.stages': {
    '=1': '1 cam',
    zero: '{count} cam',
    one: '{count} cam',
    two: '{count} gam',
    few: '{count} cham',
    many: '{count} cham',
    other: '{count} cam',
  },
  'planner.copy.list.contingencies': {
    '=1': '1 cynllun ar gyfer pan fydd pethau’n mynd o chwith',
    zero: '{count} cynllun ar gyfer pan fydd pethau’n mynd o chwith',
    one: '{count} cynllun ar gyfer pan fydd pethau’n mynd o chwith',
    two: '{count} gynllun ar gyfer pan fydd pethau’n mynd o chwith',
    few: '{count} chynllun ar gyfer pan fydd pethau’n mynd o chwith',
    many: '{count} chynllun ar gyfer pan fydd pethau’n mynd o chwith',
    other: '{count} cynllun ar gyfer pan fydd pethau’n mynd o chwith',
  },
  // "Tasg" is feminine: dwy dasg, tair tasg, chwe thasg.
  'planner.copy.list.tasks': {
    '=1': '1 dasg',
    zero: '{count} tasg',
    one: '{count} dasg',
    two: '{count} dasg',
    few: '{count} tasg',
    many: '{count} thasg',
    other: '{count} tasg',
  },
  'planner.copy.list.people': {
    '=1': '1 person',
    zero: '{count} person',
    one: '{count} person',
    two: '{count} berson',
    few: '{count} pherson',
    many: '{count} pherson',
    other: '{count} person',
  },
  'planner.copy.part.purposes': 'y dibenion',
  'planner.copy.part.childVoice': 'dymuniadau a theimladau’r plentyn',
  'planner.copy.part.reviewDetails':
    'manylion yr adolygiad (dyddiad, pa mor aml, pwy sy’n ei gynnull, beth fyddai’n arwain at adolygiad cynt)',
  'planner.copy.replaceLegend': 'Rhoi’r rhai yn {plan} yn lle {part} yn y cynllun hwn?',
  'planner.copy.replaceYes': 'Ie, rhoi’r rhai hynny yn eu lle',
  'planner.copy.replaceNo': 'Na, cadw’r rhai yn y cynllun hwn',
  'planner.copy.replaceRequired': 'Dewiswch a ddylid rhoi rhai eraill yn lle {part}',
  'planner.copy.here': 'Yn y cynllun hwn nawr',
  'planner.copy.there': 'Yn {plan}',
  'planner.copy.confirm': 'Copïo i’r cynllun hwn',
  'planner.copy.done': 'Wedi copïo o {plan}: {what}.',
  'planner.copy.doneReplaced': 'wedi rhoi rhai eraill yn lle {part}',
  'planner.copy.doneNothing': 'Chafodd dim byd ei gopïo o {plan}.',

  // Copïau i bob teulu (ui/copies/*): beth maen nhw’n ei adael allan, a beth a ganfuwyd ynddyn nhw.
  'planner.copies.title': 'Copïau i bob teulu',
  'planner.copies.lead':
    'Rhaid i gopi perthynas biolegol beidio â dangos pwy yw’r teulu mabwysiadol na ble maen nhw’n byw, a rhaid i gopi’r teulu mabwysiadol beidio â dangos manylion y perthnasau biolegol. Mae cofnod yr asiantaeth yn cadw popeth.',
  'planner.copies.linkIntro':
    'Cyn i gopi o’r cynllun fynd at berthynas biolegol neu at y teulu mabwysiadol, gwiriwch ef am fanylion na ddylai’r teulu arall eu cael.',
  'planner.copies.back': 'Yn ôl i’r cynllun',
  'planner.copies.signed':
    'Mae’r cynllun hwn wedi’i gymeradwyo. I newid beth mae ei gopïau yn ei adael allan, neu i aralleirio neu gadw’r hyn a ganfuwyd, dechreuwch fersiwn newydd.',
  'planner.copies.details.heading': 'Beth mae’r copïau yn ei adael allan',
  'planner.copies.details.none':
    'Does dim wedi’i ysgrifennu eto. Mae enwau’r teulu arall yn y cynllun wedi’u gadael allan yn barod; ysgrifennwch eu cyfenwau, eu cyfeiriad, eu tref, yr ysgol ac unrhyw beth arall a fyddai’n dangos pwy ydyn nhw.',
  'planner.copies.details.write': 'Ysgrifennu beth mae’r copïau yn ei adael allan',
  'planner.copies.details.change': 'Newid beth mae’r copïau yn ei adael allan',
  'planner.copies.reader.birth': 'Copi perthynas biolegol',
  'planner.copies.reader.adoptive': 'Copi’r teulu mabwysiadol',
  'planner.copies.reader.birth.intro':
    'Wedi’i wirio am enwau’r teulu mabwysiadol a’r manylion na ddylai’r perthnasau eu cael, ac am rifau ffôn, cyfeiriadau e-bost a gwe, codau post, strydoedd, ysgolion, cyfryngau cymdeithasol a rhifau cofrestru ceir.',
  'planner.copies.reader.adoptive.intro':
    'Wedi’i wirio am enwau’r perthnasau biolegol a’r manylion na ddylai’r teulu mabwysiadol eu cael, ac am rifau ffôn, cyfeiriadau e-bost a gwe, codau post, strydoedd, ysgolion, cyfryngau cymdeithasol a rhifau cofrestru ceir.',
  'planner.copies.open': {
    '=1': 'Un manylyn i’w aralleirio neu ei gadw.',
    zero: '{count} manylyn i’w haralleirio neu eu cadw.',
    one: '{count} manylyn i’w aralleirio neu ei gadw.',
    two: '{count} fanylyn i’w haralleirio neu eu cadw.',
    few: '{count} manylyn i’w haralleirio neu eu cadw.',
    many: '{count} manylyn i’w haralleirio neu eu cadw.',
    other: '{count} manylyn i’w haralleirio neu eu cadw.',
  },
  'planner.copies.clear': 'Ni chanfuwyd dim na ddylai’r teulu hwn ei gael.',
  'planner.copies.noneOpen': 'Does dim ar ôl i’w aralleirio na’i gadw.',
  'planner.copies.keptCount': {
    '=1': 'Mae un manylyn yn cael ei gadw, gyda rheswm.',
    zero: 'Mae {count} manylyn yn cael eu cadw, pob un gyda rheswm.',
    one: 'Mae {count} manylyn yn cael ei gadw, gyda rheswm.',
    two: 'Mae {count} fanylyn yn cael eu cadw, pob un gyda rheswm.',
    few: 'Mae {count} manylyn yn cael eu cadw, pob un gyda rheswm.',
    many: 'Mae {count} manylyn yn cael eu cadw, pob un gyda rheswm.',
    other: 'Mae {count} manylyn yn cael eu cadw, pob un gyda rheswm.',
  },
  'planner.copies.download.adoptive': 'Lawrlwytho copi’r teulu mabwysiadol (PDF)',
  'planner.copies.download.birth': 'Lawrlwytho’r copi ar gyfer {name} (PDF)',
  'planner.copies.relativeOpen': {
    '=1': 'Y copi ar gyfer {name}: un manylyn i’w aralleirio neu ei gadw yn gyntaf.',
    zero: 'Y copi ar gyfer {name}: {count} manylyn i’w aralleirio neu eu cadw yn gyntaf.',
    one: 'Y copi ar gyfer {name}: un manylyn i’w aralleirio neu ei gadw yn gyntaf.',
    two: 'Y copi ar gyfer {name}: {count} manylyn i’w aralleirio neu eu cadw yn gyntaf.',
    few: 'Y copi ar gyfer {name}: {count} manylyn i’w aralleirio neu eu cadw yn gyntaf.',
    many: 'Y copi ar gyfer {name}: {count} manylyn i’w aralleirio neu eu cadw yn gyntaf.',
    other: 'Y copi ar gyfer {name}: {count} manylyn i’w aralleirio neu eu cadw yn gyntaf.',
  },
  'planner.copies.editions.heading': 'Cynllun y plentyn a fersiwn hawdd ei ddeall',
  'planner.copies.editions.intro':
    'Wedi’u gwneud o’r un cynllun mewn geiriau y gall eu darllenydd eu defnyddio, pob un â llun wrth ymyl pob pwynt a’r geiriau allweddol mewn print trwm. Mae pob un yn argraffu dim ond yr hyn sydd ei angen, gydag enwau fel y mae copi’r teulu hwnnw’n eu dangos.',
  'planner.copies.child.heading': 'Cynllun y plentyn',
  'planner.copies.child.band.legend': 'Pa eiriau sy’n addas i’r plentyn?',
  'planner.copies.child.band.hint':
    'O’r dyddiad geni: {band}. Dewiswch eiriau eraill os ydyn nhw’n fwy addas i’r plentyn.',
  'planner.copies.child.band.hintNoDate':
    'Does dim dyddiad geni yn y cynllun: dewiswch y geiriau sy’n addas i’r plentyn.',
  'planner.copies.child.band.under8': 'Dan 8: brawddegau byr iawn, y print mwyaf',
  'planner.copies.child.band.8to12': '8 i 12',
  'planner.copies.child.band.teen': 'Pobl ifanc yn eu harddegau',
  'planner.copies.child.wordsHint':
    'I ychwanegu llinell yng ngeiriau’r plentyn ei hun at drefniant, newidiwch y trefniant a llenwch “Yng ngeiriau’r plentyn”.',
  'planner.copies.child.download': 'Lawrlwytho cynllun y plentyn (PDF)',
  'planner.copies.edition.open.child': {
    '=1': '{edition}: un manylyn yn yr hyn y mae’n ei argraffu i’w aralleirio neu ei gadw yn gyntaf, wedi’i restru o dan gopi’r teulu mabwysiadol uchod.',
    zero: '{edition}: {count} manylyn yn yr hyn y mae’n ei argraffu i’w haralleirio neu eu cadw yn gyntaf, wedi’u rhestru o dan gopi’r teulu mabwysiadol uchod.',
    one: '{edition}: un manylyn yn yr hyn y mae’n ei argraffu i’w aralleirio neu ei gadw yn gyntaf, wedi’i restru o dan gopi’r teulu mabwysiadol uchod.',
    two: '{edition}: {count} manylyn yn yr hyn y mae’n ei argraffu i’w haralleirio neu eu cadw yn gyntaf, wedi’u rhestru o dan gopi’r teulu mabwysiadol uchod.',
    few: '{edition}: {count} manylyn yn yr hyn y mae’n ei argraffu i’w haralleirio neu eu cadw yn gyntaf, wedi’u rhestru o dan gopi’r teulu mabwysiadol uchod.',
    many: '{edition}: {count} manylyn yn yr hyn y mae’n ei argraffu i’w haralleirio neu eu cadw yn gyntaf, wedi’u rhestru o dan gopi’r teulu mabwysiadol uchod.',
    other:
      '{edition}: {count} manylyn yn yr hyn y mae’n ei argraffu i’w haralleirio neu eu cadw yn gyntaf, wedi’u rhestru o dan gopi’r teulu mabwysiadol uchod.',
  },
  'planner.copies.edition.open.easyRead': {
    '=1': '{edition}: un manylyn yn yr hyn y mae’n ei argraffu i’w aralleirio neu ei gadw yn gyntaf, wedi’i restru o dan gopi perthynas biolegol uchod.',
    zero: '{edition}: {count} manylyn yn yr hyn y mae’n ei argraffu i’w haralleirio neu eu cadw yn gyntaf, wedi’u rhestru o dan gopi perthynas biolegol uchod.',
    one: '{edition}: un manylyn yn yr hyn y mae’n ei argraffu i’w aralleirio neu ei gadw yn gyntaf, wedi’i restru o dan gopi perthynas biolegol uchod.',
    two: '{edition}: {count} manylyn yn yr hyn y mae’n ei argraffu i’w haralleirio neu eu cadw yn gyntaf, wedi’u rhestru o dan gopi perthynas biolegol uchod.',
    few: '{edition}: {count} manylyn yn yr hyn y mae’n ei argraffu i’w haralleirio neu eu cadw yn gyntaf, wedi’u rhestru o dan gopi perthynas biolegol uchod.',
    many: '{edition}: {count} manylyn yn yr hyn y mae’n ei argraffu i’w haralleirio neu eu cadw yn gyntaf, wedi’u rhestru o dan gopi perthynas biolegol uchod.',
    other:
      '{edition}: {count} manylyn yn yr hyn y mae’n ei argraffu i’w haralleirio neu eu cadw yn gyntaf, wedi’u rhestru o dan gopi perthynas biolegol uchod.',
  },
  'planner.copies.easyRead.heading': 'Hawdd ei ddeall',
  'planner.copies.easyRead.intro':
    'Ar gyfer perthynas biolegol sydd ei angen: print mawr, un syniad ym mhob brawddeg, llun wrth ymyl pob pwynt, dim jargon. Un ar gyfer pob perthynas biolegol, gyda’u trefniadau a’u cymorth nhw yn unig.',
  'planner.copies.easyRead.none': 'Does dim perthnasau biolegol yn y cynllun.',
  'planner.copies.easyRead.download': 'Lawrlwytho’r fersiwn hawdd ei ddeall ar gyfer {name} (PDF)',
  'planner.copies.where': '{section}: {answer}',
  'planner.copies.whereInItem': '{section}, {item}: {answer}',
  'planner.copies.reword': 'Aralleirio’r ateb hwn',
  'planner.copies.keep.open': 'Ei gadw yn y copïau',
  'planner.copies.keep.label': 'Pam mae’n ddiogel cadw “{detail}” yma?',
  'planner.copies.keep.hint': 'Er enghraifft: parc cyhoeddus mae’r ddau deulu yn ei ddefnyddio’n barod.',
  'planner.copies.keep.button': 'Ei gadw',
  'planner.copies.kept': 'Wedi’i gadw: {reason}',
  'planner.copies.stopKeeping': 'Peidio â chadw “{detail}”',
  'planner.copies.keptNotice': 'Mae “{detail}” yn cael ei gadw yn y copïau.',
  'planner.copies.reopenedNotice': 'Nid yw “{detail}” yn cael ei gadw mwyach: aralleiriwch ef neu ei gadw eto.',
  'planner.copies.form.lead':
    'Ysgrifennwch y manylion na ddylai gyrraedd y teulu arall. Mae cofnod yr asiantaeth yn eu cadw, ac mae copïau’r teuluoedd yn cael eu gwirio amdanyn nhw. Mae enwau’r bobl yn y cynllun wedi’u diogelu’n barod.',
  'planner.copies.form.adoptive': 'Y teulu mabwysiadol',
  'planner.copies.form.birth': 'Y perthnasau biolegol',
  'planner.copies.form.firstNames': 'Enwau cyntaf',
  'planner.copies.form.noPeople':
    'Ychwanegwch y rhieni mabwysiadol a’r perthnasau biolegol yn “Pwy sy’n bwysig nawr neu yn nes ymlaen” i ddweud pa enwau cyntaf mae’r ddau deulu yn eu gwybod.',
  'planner.copies.form.save': 'Cadw',
  'planner.copies.form.cancel': 'Canslo',
  'planner.copies.saved': 'Mae’r hyn mae’r copïau yn ei adael allan wedi’i gadw.',
  'planner.case.title': '{name} (achos yn unig)',
} as const satisfies Record<keyof typeof plannerToolMessages, unknown>;
