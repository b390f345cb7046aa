import type { signoffMessages } from '../en/signoff';

/**
 * Sign-off in Welsh (machine-made; see cy/status.ts): signatories, readiness rules, versions and
 * their changes, fingerprints, opening a PDF.
 */
export const signoffMessagesCy = {
  // What a plan still needs before sign-off (signOffRules.ts), in GOV.UK error-message style.
  'signoff.rule.childName': 'Rhowch enw’r plentyn neu ffugenw',
  'signoff.rule.purposesNone': 'Dewiswch o leiaf un diben ar gyfer cadw mewn cysylltiad',
  'signoff.rule.purposesOther': 'Rhowch y diben arall',
  'signoff.rule.peopleNone': 'Ychwanegwch o leiaf un person sy’n bwysig i’r plentyn',
  'signoff.rule.arrangementsNone': 'Ychwanegwch o leiaf un trefniant, hyd yn oed os yw’n "dim am y tro"',
  'signoff.rule.arrangementName': 'trefniant {number} ({form})',
  'signoff.rule.arrangementNoForm': 'dim math wedi’i ddewis',
  'signoff.rule.arrangementPeople': 'Dewiswch gyda phwy y mae {arrangement}',
  'signoff.rule.arrangementUnknownPerson':
    'Gwiriwch gyda phwy y mae {arrangement}: mae’n enwi rhywun nad yw yn y cynllun mwyach',
  'signoff.rule.arrangementPurposes': 'Dewiswch beth yw diben {arrangement}',
  'signoff.rule.arrangementNoneReason': 'Dywedwch pam mae {arrangement} yn golygu dim cyswllt am y tro',
  'signoff.rule.childVoice': 'Cofnodwch ddymuniadau a theimladau’r plentyn, neu pam na ellid eu rhoi',
  'signoff.rule.reviewDate': 'Rhowch ddyddiad yr adolygiad nesaf',
  'signoff.rule.reviewDateInPast': 'Rhaid i ddyddiad yr adolygiad nesaf fod yn y dyfodol',
  'signoff.rule.socialWorker': 'Ychwanegwch lofnod y gweithiwr cymdeithasol, gyda’r dyddiad',
  'signoff.rule.adoptiveParents': 'Ychwanegwch lofnod y rhieni mabwysiadol, gyda’r dyddiad',
  'signoff.rule.adoptiveParent': 'Ychwanegwch lofnod {name} fel rhiant mabwysiadol, gyda’r dyddiad',
  'signoff.rule.signatoryDate.missing': 'Rhowch y dyddiad y llofnododd {who}',
  'signoff.rule.signatoryDate.notReal': 'Rhaid i’r dyddiad y llofnododd {who} fod yn ddyddiad go iawn',
  'signoff.rule.signatoryDate.future': 'Rhaid i’r dyddiad y llofnododd {who} fod heddiw neu yn y gorffennol',
  'signoff.rule.reservations': 'Rhowch amheuon {who}',
  'signoff.rule.disagreement': 'Cofnodwch pam nad yw {who} yn cytuno',
  'signoff.rule.unnamedSignatory': 'llofnodwr {number}',

  // Why a change of status cannot happen yet (planLifecycle.ts).
  'signoff.lifecycle.onlyDraftCanBeReady': 'Dim ond cynllun drafft y gellir ei farcio’n barod i’w lofnodi.',
  'signoff.lifecycle.onlyReadyCanReturn': 'Dim ond cynllun sy’n barod i’w lofnodi all fynd yn ôl yn ddrafft.',
  'signoff.lifecycle.markReadyFirst': 'Marciwch y cynllun yn barod i’w lofnodi yn gyntaf.',
  'signoff.lifecycle.onlySignedNeedsVersion':
    'Dim ond cynllun wedi’i lofnodi sydd angen fersiwn newydd: mae modd newid hwn o hyd.',
  'signoff.lifecycle.tooManyVersions':
    'Mae ffeil cynllun yn cadw hyd at {max} o fersiynau cynharach. Cadwch y cynllun hwn mewn ffeil ar gyfer y cofnod, yna dechreuwch gynllun newydd o gopi.',
  'signoff.lifecycle.changeLogFull': 'Mae log newidiadau’r cynllun hwn yn llawn.',
  'signoff.lifecycle.summaryMissing': 'Rhowch grynodeb o’r hyn a fydd yn newid yn y fersiwn newydd',
  'signoff.lifecycle.summaryTooLong': 'Rhaid i’r crynodeb fod yn {max} nod neu lai',
  'signoff.lifecycle.byTooLong': 'Rhaid i enw’r sawl sy’n gwneud y newid fod yn {max} nod neu lai',

  // The sign-off section's overview (SignOffSection.tsx).
  'signoff.missing.heading': 'Cyn y gellir llofnodi’r cynllun',
  'signoff.missing.nothing': 'Does dim ar goll: mae gan y cynllun a’i lofnodion bopeth sydd ei angen.',
  'signoff.missing.contentHeading': 'Yn dal ar goll o’r cynllun',
  'signoff.missing.signaturesHeading': 'Angen o hyd cyn llofnodi',
  'signoff.status.label': 'Statws:',
  'signoff.status.version': 'Fersiwn {version}',
  'signoff.status.draftReadyHint':
    'Pan fydd y cynllun yn barod, marciwch ef yn barod i’w lofnodi, yna cofnodwch lofnod pob person. Mae modd ei newid o hyd nes iddo gael ei lofnodi.',
  'signoff.status.draftNotReadyHint': {
    zero: 'Allwch chi ddim marcio’r cynllun yn barod i’w lofnodi eto: mae {count} peth ar goll o’r cynllun o hyd (wedi’u rhestru uchod).',
    one: 'Allwch chi ddim marcio’r cynllun yn barod i’w lofnodi eto: mae {count} peth ar goll o’r cynllun o hyd (wedi’i restru uchod).',
    two: 'Allwch chi ddim marcio’r cynllun yn barod i’w lofnodi eto: mae {count} beth ar goll o’r cynllun o hyd (wedi’u rhestru uchod).',
    few: 'Allwch chi ddim marcio’r cynllun yn barod i’w lofnodi eto: mae {count} pheth ar goll o’r cynllun o hyd (wedi’u rhestru uchod).',
    many: 'Allwch chi ddim marcio’r cynllun yn barod i’w lofnodi eto: mae {count} pheth ar goll o’r cynllun o hyd (wedi’u rhestru uchod).',
    other:
      'Allwch chi ddim marcio’r cynllun yn barod i’w lofnodi eto: mae {count} peth ar goll o’r cynllun o hyd (wedi’u rhestru uchod).',
  },
  'signoff.status.markReady': 'Marcio’n barod i’w lofnodi',
  'signoff.status.markedReady': 'Mae’r cynllun yn barod i’w lofnodi. Cofnodwch lofnod pob person isod.',
  'signoff.status.completeHint':
    'Mae popeth yn ei le. Unwaith y bydd y cynllun wedi’i lofnodi, does dim modd ei newid: bydd angen fersiwn newydd ar gyfer unrhyw newid.',
  'signoff.status.incompleteHint': {
    zero: 'Allwch chi ddim llofnodi’r cynllun eto: mae angen {count} peth o hyd (wedi’u rhestru uchod).',
    one: 'Allwch chi ddim llofnodi’r cynllun eto: mae angen {count} peth o hyd (wedi’i restru uchod).',
    two: 'Allwch chi ddim llofnodi’r cynllun eto: mae angen {count} beth o hyd (wedi’u rhestru uchod).',
    few: 'Allwch chi ddim llofnodi’r cynllun eto: mae angen {count} pheth o hyd (wedi’u rhestru uchod).',
    many: 'Allwch chi ddim llofnodi’r cynllun eto: mae angen {count} pheth o hyd (wedi’u rhestru uchod).',
    other: 'Allwch chi ddim llofnodi’r cynllun eto: mae angen {count} peth o hyd (wedi’u rhestru uchod).',
  },
  'signoff.status.signOff': 'Llofnodi’r cynllun',
  'signoff.status.signedOff': 'Mae’r cynllun wedi’i lofnodi. Does dim modd ei newid mwyach.',
  'signoff.status.returnToDraft': 'Troi’r cynllun yn ôl yn ddrafft',
  'signoff.status.returnedToDraft': 'Mae’r cynllun yn ddrafft eto.',
  'signoff.signatories.heading': 'Pwy sydd wedi llofnodi',
  'signoff.signatories.whoMustSign':
    'Rhaid i’r gweithiwr cymdeithasol lofnodi, a’r rhieni mabwysiadol. Gofynnwch hefyd i:',
  'signoff.signatories.alsoAsk.manager': 'y rheolwr sy’n cymeradwyo',
  'signoff.signatories.alsoAsk.birthRelatives': 'pob perthynas fiolegol sy’n rhan o’r trefniadau',
  'signoff.signatories.alsoAsk.fosterCarers': 'y gofalwyr maeth, os yw’r plentyn yn dal gyda nhw',
  'signoff.signatories.alsoAsk.youngPerson': 'y person ifanc, os yw’n ddigon hen',
  'signoff.signatories.alsoAsk.anyoneElse': 'unrhyw un arall y mae’r cynllun yn dibynnu arno',
  'signoff.signatories.recordViews':
    'Os nad yw rhywun yn cytuno, neu’n cytuno ag amheuon, cofnodwch hynny: mae eu barn yn rhan o’r cynllun.',
  'signoff.signatories.addFirst': 'Ychwanegu llofnodwr',
  'signoff.signatories.addAnother': 'Ychwanegu llofnodwr arall',
  'signoff.signatories.none': 'Does neb wedi llofnodi eto.',
  'signoff.signatories.theirViews': 'Eu barn',
  'signoff.signatories.signature': 'Llofnod',
  'signoff.signatories.typedNameOnly': 'Enw wedi’i deipio yn unig',
  'signoff.statusSection.signedHeading': 'Y cynllun wedi’i lofnodi',
  'signoff.statusSection.unsignedHeading': 'Llofnodi’r cynllun',
  'signoff.statusSection.startNewVersion': 'Dechrau fersiwn newydd',
  'signoff.versionsSection.heading': 'Fersiynau',
  'signoff.versionsSection.thisVersion': 'Hon yw fersiwn {version}.',
  'signoff.versionsSection.earlier': {
    '=0': 'Does dim fersiynau cynharach.',
    '=1': 'Mae un fersiwn gynharach yn cael ei chadw gydag ef.',
    zero: 'Mae {count} fersiwn gynharach yn cael eu cadw gydag ef.',
    one: 'Mae {count} fersiwn gynharach yn cael ei chadw gydag ef.',
    two: 'Mae {count} fersiwn gynharach yn cael eu cadw gydag ef.',
    few: 'Mae {count} fersiwn gynharach yn cael eu cadw gydag ef.',
    many: 'Mae {count} fersiwn gynharach yn cael eu cadw gydag ef.',
    other: 'Mae {count} fersiwn gynharach yn cael eu cadw gydag ef.',
  },
  'signoff.versionsSection.seeAll': 'Gweld pob fersiwn a beth newidiodd',
  'signoff.overview.backToPlan': 'Yn ôl i’r cynllun',
  'signoff.remove.title': 'Ydych chi’n siŵr eich bod am dynnu {name}?',
  'signoff.remove.consequence': 'Bydd eu llofnod yn cael ei dynnu o’r cynllun.',
  'signoff.remove.confirm': 'Ydw, tynnwch',
  'signoff.remove.keep': 'Na, cadwch {name}',

  // Adding or changing a signatory (SignatoryForm.tsx, SignaturePad.tsx).
  'signoff.signatoryForm.addTitle': 'Ychwanegu llofnodwr',
  'signoff.signatoryForm.changeTitle': 'Newid llofnod {name}',
  'signoff.signatoryForm.save': 'Cadw’r llofnodwr',
  // Stands for {who} in the rules above when the signatory has no name yet: "this person" reads
  // well in every one of those sentences, where a bare pronoun would not.
  'signoff.signatoryForm.they': 'y person hwn',
  'signoff.signatoryForm.whoMissing': 'Dewiswch pwy sy’n llofnodi',
  'signoff.signatoryForm.roleOtherMissing': 'Disgrifiwch eu rôl',
  'signoff.signatoryForm.reservationsMissing': 'Rhowch eu hamheuon',
  'signoff.signatoryForm.disagreementMissing': 'Rhowch pam nad ydyn nhw’n cytuno',
  'signoff.signaturePad.drawn': 'Blwch llofnod, gyda llofnod wedi’i dynnu',
  'signoff.signaturePad.empty': 'Blwch llofnod, yn wag',
  'signoff.signaturePad.full': 'Mae’r blwch llofnod yn llawn. Cliriwch ef i lofnodi eto.',
  'signoff.signaturePad.clear': 'Clirio’r llofnod',
  'signoff.signaturePad.imageOf': 'Llofnod wedi’i dynnu gan {name}',

  // Links and actions shared by the sign-off pages.
  'signoff.nav.backToSignOff': 'Yn ôl i’r llofnodi',

  // The signed-off banner (SignedBanner.tsx): a sentence around the "Start a new version" link.
  'signoff.banner.title': 'Wedi’i lofnodi: fersiwn {version}',
  'signoff.fingerprint.label': 'Ôl bys (SHA-256) y fersiwn hon sydd wedi’i llofnodi:',
  'signoff.fingerprint.record':
    'Cofnodwch y 64 nod i gyd ar gofnod achos y plentyn. Mae gwirio PDF neu ffeil cynllun yn ei erbyn yn nes ymlaen yn dangos ai’r fersiwn hon sydd wedi’i llofnodi yw hi (nid yw’r cofnod cyfnewid, sy’n cael ei gadw’n gyfredol ar ôl llofnodi, yn rhan ohoni). Tystiolaeth o ymyrryd yw hyn, nid llofnod digidol.',
  'signoff.banner.signed': 'Cafodd y cynllun hwn ei lofnodi. Does dim modd ei newid.',
  'signoff.banner.signedOn': 'Cafodd y cynllun hwn ei lofnodi ar {date}. Does dim modd ei newid.',
  'signoff.banner.newVersionLink': 'Dechreuwch fersiwn newydd',
  'signoff.banner.afterLink': 'i wneud newidiadau.',

  // Opening a PDF in the builder (readPlanFromPdf.ts, openPlanPdf.ts).
  'signoff.pdfRead.notPdf': 'Nid PDF yw’r ffeil hon. Dewiswch PDF a allforiwyd o Cadw mewn cysylltiad.',
  'signoff.pdfRead.unreadable':
    'Doedd dim modd darllen y PDF hwn. Efallai ei fod wedi’i ddifrodi neu wedi’i ddiogelu â chyfrinair.',
  'signoff.pdfRead.tooLarge':
    'Doedd dim modd darllen y PDF hwn. Efallai ei fod wedi’i ddifrodi neu wedi’i ddiogelu â chyfrinair. Mae’n fwy nag unrhyw PDF cynllun.',
  'signoff.pdfRead.notOurs':
    'Nid Cadw mewn cysylltiad a wnaeth y PDF hwn, felly does dim cynllun ynddo i’w agor. Dewiswch PDF a allforiwyd o Cadw mewn cysylltiad, neu agorwch ffeil y cynllun (.json) yn lle hynny.',
  'signoff.pdfRead.noPlan':
    'Does dim cynllun y tu mewn i’r PDF hwn o Cadw mewn cysylltiad, felly does dim modd ei agor yn y lluniwr.',
  'signoff.pdfRead.severalFiles':
    'Mae mwy nag un ffeil ynghlwm wrth y PDF hwn. Dim ond y cynllun sydd mewn PDFs o Cadw mewn cysylltiad, felly ni chafodd hwn ei agor.',
  'signoff.pdfRead.loops':
    'Mae rhestr y PDF hwn o ffeiliau atodedig yn cyfeirio’n ôl ati ei hun, rhywbeth nad yw unrhyw PDF o Cadw mewn cysylltiad yn ei wneud, felly ni chafodd ei ddarllen.',
  'signoff.pdfRead.tooMuchData':
    'Mae’r PDF hwn yn dal llawer mwy o ddata cywasgedig nag y mae PDF cynllun byth yn ei wneud, felly daeth y darllen i ben cyn iddo lenwi cof y ddyfais hon. Ni chafodd ei agor.',
  'signoff.pdfRead.tooSlow':
    'Cymerodd darllen y PDF hwn fwy na’r {seconds} eiliad a ganiateir, felly cafodd ei atal. Ni chafodd ei agor.',
  'signoff.pdfRead.damaged': 'Mae’r cynllun y tu mewn i’r PDF hwn wedi’i ddifrodi a does dim modd ei ddarllen.',
  'signoff.pdfRead.changed':
    'Nid yw’r cynllun y tu mewn i’r PDF hwn yn cyfateb i’r ôl bys a ysgrifennwyd yn y PDF, felly cafodd ei newid ar ôl i’r PDF gael ei wneud. Peidiwch â dibynnu arno: gofynnwch am gopi o’r PDF wedi’i lofnodi o gofnod y plentyn.',
  'signoff.pdfRead.invalid': 'Doedd dim modd agor y cynllun y tu mewn i’r PDF hwn.',
  'signoff.pdfRead.invalidBecause': 'Doedd dim modd agor y cynllun y tu mewn i’r PDF hwn. {reason}',
} as const satisfies Record<keyof typeof signoffMessages, unknown>;
