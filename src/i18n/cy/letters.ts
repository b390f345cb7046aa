import type { letterMessages } from '../en/letters';

/**
 * Letters in Welsh (machine-made; see cy/status.ts): the "Write a letter" and "Check a letter"
 * pages, the guides' prompts they show, and for each kind of identifying detail the checker finds its
 * name, why it matters and what to write instead.
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
  'letters.findingType.name': 'Enw',
  'letters.findingType.surname': 'Cyfenw',
  'letters.findingType.address': 'Cyfeiriad',
  'letters.findingType.postcode': 'Cod post',
  'letters.findingType.town': 'Tref neu le',
  'letters.findingType.school': 'Ysgol',
  'letters.findingType.phone': 'Rhif ffôn',
  'letters.findingType.email': 'Cyfeiriad e-bost',
  'letters.findingType.link': 'Cyfeiriad gwe',
  'letters.findingType.social-media': 'Cyfryngau cymdeithasol',
  'letters.findingType.car-registration': 'Rhif cofrestru car',
  'letters.findingType.other': 'Manylyn i’w adael allan',
  'letters.rewording.name':
    'Defnyddiwch sut mae’r plentyn yn eu hadnabod yn lle hynny, fel “dy frawd”, “Nain” neu “dy fam”.',
  'letters.rewording.surname': 'Gadewch y cyfenw allan: mae enw cyntaf neu “y teulu” yn ddigon.',
  'letters.rewording.address': 'Dywedwch “lle rydyn ni’n byw” neu “ein cartref” yn lle hynny.',
  'letters.rewording.postcode': 'Gadewch y cod post allan: mae’r asiantaeth yn gwybod sut i gysylltu â phawb.',
  'letters.rewording.town': 'Dywedwch “ger y môr”, “yn y ddinas” neu “lle rydyn ni’n byw” yn lle hynny.',
  'letters.rewording.school': 'Dywedwch “yr ysgol” neu “dy ysgol” yn lle hynny, a beth maen nhw’n ei fwynhau yno.',
  'letters.rewording.phone': 'Gadewch y rhif allan: mae llythyrau ac atebion yn mynd drwy’r asiantaeth.',
  'letters.rewording.email': 'Gadewch y cyfeiriad allan: mae llythyrau ac atebion yn mynd drwy’r asiantaeth.',
  'letters.rewording.link': 'Gadewch y ddolen allan, a disgrifiwch beth mae’n ei ddangos yn eich geiriau eich hun.',
  'letters.rewording.social-media':
    'Gadewch y cyfrif allan, a disgrifiwch beth mae’n ei ddangos yn eich geiriau eich hun.',
  'letters.rewording.car-registration': 'Dywedwch “ein car” neu “fan las” yn lle hynny.',
  'letters.rewording.other':
    'Fe ofynnoch chi i hyn gael ei adael allan: tynnwch ef allan neu dywedwch ef mewn ffordd arall.',

  'letters.tools.title': 'Offer llythyrau',
  'letters.write.title': 'Ysgrifennu llythyr',
  'letters.write.description':
    'Ysgrifennwch lythyr blwch llythyrau gam wrth gam, gyda’r canllaw wrth eich ochr, a’i wirio cyn ei argraffu. Mae’n aros ar y ddyfais hon.',
  'letters.check.title': 'Gwirio llythyr',
  'letters.check.description':
    'Gwiriwch lythyr blwch llythyrau am enwau, cyfeiriadau a manylion eraill na ddylid eu rhannu. Nid oes dim yn gadael y ddyfais hon.',
  'letters.noscript':
    'Mae angen JavaScript ar y dudalen hon, gan ei bod yn cadw eich llythyr ar y ddyfais hon yn unig. Mae’r canllawiau’n dal i helpu hebddo:',
  'letters.privacy':
    'Nid oes dim rydych chi’n ei deipio yma yn cael ei anfon i unman: mae eich llythyr a’r geiriau rydych chi’n eu rhestru yn aros ar y ddyfais hon.',

  'letters.write.stepOf': 'Cam {step} o {count}',
  'letters.write.continue': 'Parhau',
  'letters.write.back': 'Yn ôl',
  'letters.write.saved.device': 'Mae eich drafft yn cael ei gadw ar y ddyfais hon wrth i chi deipio.',
  'letters.write.saved.tab':
    'Dim ond yn y tab hwn y mae eich drafft yn cael ei gadw: argraffwch ef neu ei gopïo cyn i chi ei gau.',
  'letters.write.writer.title': 'Pwy sy’n ysgrifennu?',
  'letters.write.writer.role': 'Rydw i’n ysgrifennu fel',
  'letters.write.role.adoptive': 'Rydw i’n rhiant mabwysiadol',
  'letters.write.role.adoptive.hint': 'Rydych chi’n ysgrifennu at berthynas fiolegol eich plentyn.',
  'letters.write.role.birth': 'Rydw i’n berthynas fiolegol',
  'letters.write.role.birth.hint': 'Rydych chi’n ysgrifennu at y plentyn, ac at y teulu y mae’n byw gyda nhw.',
  'letters.write.role.missing': 'Dewiswch a ydych chi’n rhiant mabwysiadol neu’n berthynas fiolegol',
  'letters.write.firstName': 'Eich enw cyntaf',
  'letters.write.firstName.hint':
    'Ar gyfer taflen flaen yr asiantaeth yn unig. Nid yw’n cael ei ychwanegu at eich llythyr.',
  'letters.write.exchange': 'Ar gyfer pa gyfnewid y mae’r llythyr hwn?',
  'letters.write.exchange.hint': 'Er enghraifft, “llythyr yr haf 2027”. Ar gyfer taflen flaen yr asiantaeth yn unig.',
  'letters.write.before.title': 'Cyn i chi ddechrau',
  'letters.write.age': 'Faint yw oed y plentyn?',
  'letters.write.age.under5': 'Dan 5',
  'letters.write.age.5to11': '5 i 11',
  'letters.write.age.12plus': '12 neu hŷn',
  'letters.write.ideas': 'Syniadau ar gyfer yr oed hwn',
  'letters.write.guide': 'Darllenwch y canllaw cyfan (yn agor mewn tab newydd)',
  'letters.write.write.title': 'Ysgrifennwch eich llythyr',
  'letters.write.letter': 'Eich llythyr',
  'letters.write.letter.hint': 'Cymerwch eich amser. Mae un neu ddwy dudalen yn hen ddigon.',
  'letters.write.words': {
    '=0': 'Dim geiriau eto',
    '=1': '1 gair',
    zero: '{count} gair',
    one: '{count} gair',
    two: '{count} air',
    few: '{count} gair',
    many: '{count} gair',
    other: '{count} gair',
  },
  'letters.write.say': 'Beth i’w ddweud',
  'letters.write.leaveOut': 'Beth i’w adael allan',
  'letters.write.avoid': 'Geiriau na ddylai ymddangos (dewisol)',
  'letters.write.avoid.hint':
    'Un ar bob llinell: enwau, lleoedd, unrhyw beth y gofynnwyd i chi ei adael allan. Mae’r gwiriad yn chwilio amdanyn nhw hefyd.',
  'letters.write.check.title': 'Gwirio cyn argraffu',
  'letters.write.check.intro':
    'Mae’r gwiriad yn chwilio am enwau, cyfeiriadau, rhifau ffôn a manylion eraill a allai ddangos pwy yw teulu. Bydd yr asiantaeth yn dal i ddarllen eich llythyr.',
  'letters.write.print': 'Argraffu neu gadw fel PDF',
  'letters.write.print.hint': 'I gadw PDF, dewiswch “Cadw fel PDF” fel yr argraffydd.',
  'letters.write.print.remaining': {
    '=1': 'Mae 1 manylyn i’w newid neu i’w gadw gyda rheswm o hyd.',
    zero: 'Mae {count} manylyn i’w newid neu i’w cadw gyda rheswm o hyd.',
    one: 'Mae {count} manylyn i’w newid neu i’w gadw gyda rheswm o hyd.',
    two: 'Mae {count} fanylyn i’w newid neu i’w cadw gyda rheswm o hyd.',
    few: 'Mae {count} manylyn i’w newid neu i’w cadw gyda rheswm o hyd.',
    many: 'Mae {count} manylyn i’w newid neu i’w cadw gyda rheswm o hyd.',
    other: 'Mae {count} manylyn i’w newid neu i’w cadw gyda rheswm o hyd.',
  },
  'letters.write.edit': 'Newid y llythyr',
  'letters.write.new': 'Dileu’r llythyr hwn a dechrau eto',
  'letters.write.new.confirm': 'Dileu’r llythyr hwn o’r ddyfais hon? Ni ellir dadwneud hyn.',
  'letters.write.new.yes': 'Ie, dilëwch ef',

  'letters.cover.title': 'Llythyr i’r asiantaeth ei wirio a’i anfon ymlaen',
  'letters.cover.from': 'Wedi’i ysgrifennu gan',
  'letters.cover.role.adoptive': 'riant mabwysiadol',
  'letters.cover.role.birth': 'berthynas fiolegol',
  'letters.cover.firstName': 'Enw cyntaf yr awdur',
  'letters.cover.exchange': 'Cyfnewid',
  'letters.cover.date': 'Dyddiad',
  'letters.cover.words': 'Hyd',
  'letters.cover.checked': {
    '=0': 'Wedi’i wirio ar ddyfais yr awdur: ni chafwyd hyd i unrhyw fanylion adnabod.',
    '=1': 'Wedi’i wirio ar ddyfais yr awdur: 1 manylyn wedi’i gadw gan yr awdur, gyda’r rheswm isod.',
    zero: 'Wedi’i wirio ar ddyfais yr awdur: {count} manylyn wedi’u cadw gan yr awdur, gyda’r rhesymau isod.',
    one: 'Wedi’i wirio ar ddyfais yr awdur: {count} manylyn wedi’i gadw gan yr awdur, gyda’r rheswm isod.',
    two: 'Wedi’i wirio ar ddyfais yr awdur: {count} fanylyn wedi’u cadw gan yr awdur, gyda’r rhesymau isod.',
    few: 'Wedi’i wirio ar ddyfais yr awdur: {count} manylyn wedi’u cadw gan yr awdur, gyda’r rhesymau isod.',
    many: 'Wedi’i wirio ar ddyfais yr awdur: {count} manylyn wedi’u cadw gan yr awdur, gyda’r rhesymau isod.',
    other: 'Wedi’i wirio ar ddyfais yr awdur: {count} manylyn wedi’u cadw gan yr awdur, gyda’r rhesymau isod.',
  },
  'letters.cover.kept': '“{text}”: {reason}',
  'letters.cover.notGiven': 'Heb ei roi',

  'letters.check.who': 'Pwy sy’n gwirio?',
  'letters.check.who.writer': 'Rydw i’n gwirio fy llythyr fy hun',
  'letters.check.who.writer.hint': 'Rhestrwch y geiriau na ddylai ymddangos, ac mae’r gwiriad yn chwilio amdanyn nhw.',
  'letters.check.who.coordinator': 'Rydw i’n gwirio llythyr ar ran yr asiantaeth',
  'letters.check.who.coordinator.hint':
    'Agorwch y cynllun, ar y ddyfais hon neu o ffeil, ac mae’r gwiriad yn chwilio am y manylion y mae’n eu diogelu.',
  'letters.check.letter': 'Y llythyr',
  'letters.check.letter.hint': 'Gludwch neu teipiwch ef yma. Nid yw’n cael ei gadw.',
  'letters.check.plan': 'Cynllun ar y ddyfais hon',
  'letters.check.plan.choose': 'Dewiswch gynllun',
  'letters.check.plan.untitled': 'Cynllun heb deitl',
  'letters.check.plan.none': 'Nid oes cynlluniau ar y ddyfais hon. Agorwch ffeil cynllun yn lle hynny.',
  'letters.check.planFile': 'Neu agorwch ffeil cynllun',
  'letters.check.planFile.hint': 'Ffeil cynllun (.json) neu PDF cynllun a gadwyd gan yr adeiladwr cynlluniau.',
  'letters.check.planOpen': {
    '=0': 'Yn gwirio yn erbyn “{plan}”, nad yw’n rhestru unrhyw fanylion wedi’u diogelu eto.',
    '=1': 'Yn gwirio yn erbyn “{plan}”: 1 manylyn wedi’i ddiogelu.',
    zero: 'Yn gwirio yn erbyn “{plan}”: {count} manylyn wedi’u diogelu.',
    one: 'Yn gwirio yn erbyn “{plan}”: {count} manylyn wedi’i ddiogelu.',
    two: 'Yn gwirio yn erbyn “{plan}”: {count} fanylyn wedi’u diogelu.',
    few: 'Yn gwirio yn erbyn “{plan}”: {count} manylyn wedi’u diogelu.',
    many: 'Yn gwirio yn erbyn “{plan}”: {count} manylyn wedi’u diogelu.',
    other: 'Yn gwirio yn erbyn “{plan}”: {count} manylyn wedi’u diogelu.',
  },
  'letters.check.planUnreadable': 'Nid oedd modd agor y cynllun hwnnw.',
  'letters.check.run': 'Gwirio’r llythyr',
  'letters.check.empty': 'Gludwch neu teipiwch y llythyr yn gyntaf',

  'letters.findings.title': 'Beth a ganfu’r gwiriad',
  'letters.findings.marked': 'Y llythyr, gyda phob manylyn wedi’i farcio',
  'letters.findings.none':
    'Ni chanfu’r gwiriad unrhyw fanylion adnabod. Bydd yr asiantaeth yn dal i ddarllen y llythyr.',
  'letters.findings.summary': {
    '=1': 'Canfu’r gwiriad 1 manylyn.',
    zero: 'Canfu’r gwiriad {count} manylyn.',
    one: 'Canfu’r gwiriad {count} manylyn.',
    two: 'Canfu’r gwiriad {count} fanylyn.',
    few: 'Canfu’r gwiriad {count} manylyn.',
    many: 'Canfu’r gwiriad {count} manylyn.',
    other: 'Canfu’r gwiriad {count} manylyn.',
  },
  'letters.findings.left': {
    '=0': 'Mae pob manylyn wedi’i gadw gyda rheswm.',
    '=1': '1 i’w newid neu i’w gadw o hyd.',
    zero: '{count} i’w newid neu i’w cadw o hyd.',
    one: '{count} i’w newid neu i’w gadw o hyd.',
    two: '{count} i’w newid neu i’w cadw o hyd.',
    few: '{count} i’w newid neu i’w cadw o hyd.',
    many: '{count} i’w newid neu i’w cadw o hyd.',
    other: '{count} i’w newid neu i’w cadw o hyd.',
  },
  'letters.findings.why': 'Pam mae’n bwysig',
  'letters.findings.instead': 'Yn lle hynny, rhowch gynnig ar',
  'letters.findings.fineBecause': 'Mae hyn yn iawn oherwydd…',
  'letters.findings.fineBecause.hint': 'Er enghraifft, “enw’r ci yw e” neu “cytunodd y teulu i’w rannu”.',
  'letters.findings.keep': 'Ei gadw',
  'letters.findings.keep.missing': 'Dywedwch pam mae’n iawn, i’w gadw',
  'letters.findings.keptBecause': 'Wedi’i gadw oherwydd: {reason}',
  'letters.findings.unkeep': 'Edrych arno eto',
  'letters.findings.show': 'Dangos yn y llythyr',

  'letters.guide.adoptive.before.1':
    'Ysgrifennwch at y berthynas fiolegol fel person, yn gynnes, hyd yn oed os yw hynny’n teimlo’n anodd.',
  'letters.guide.adoptive.before.2':
    'Meddyliwch beth fyddai eich plentyn eisiau ei ddarllen yn y llythyr hwn pan fydd yn ddeunaw oed.',
  'letters.guide.adoptive.before.3': 'Gofynnwch i’r asiantaeth am help neu enghraifft os ydych chi’n sownd.',
  'letters.guide.adoptive.say.1':
    'Sut mae eich plentyn wedi tyfu, a beth y gall ei wneud nawr na allai ei wneud y llynedd.',
  'letters.guide.adoptive.say.2': 'Ei bersonoliaeth: beth sy’n gwneud iddo chwerthin, beth sy’n ei gyffroi.',
  'letters.guide.adoptive.say.3':
    'Pethau y mae’n eu mwynhau, fel hoff fwydydd, gemau, llyfrau, cerddoriaeth neu anifeiliaid.',
  'letters.guide.adoptive.say.4': 'Sut mae’n dod ymlaen yn y feithrinfa neu’r ysgol, yn gyffredinol.',
  'letters.guide.adoptive.say.5': 'Un peth caredig i’r berthynas fiolegol, a diolch am ei lythyr diwethaf.',
  'letters.guide.adoptive.avoid.1':
    'Eich cyfenw, cyfenw newydd eich plentyn, neu enwau teulu y gellid chwilio amdanyn nhw.',
  'letters.guide.adoptive.avoid.2': 'Enw eich tref, ysgol, meithrinfa, clybiau neu eglwys.',
  'letters.guide.adoptive.avoid.3': 'Rhifau tai, strydoedd, rhifau cofrestru ceir neu dirnodau lleol.',
  'letters.guide.adoptive.avoid.4':
    'Eich cyfeiriad e-bost, rhif ffôn neu enwau cyfryngau cymdeithasol, oni bai eich bod wedi cytuno.',
  'letters.guide.adoptive.ideas.under5':
    'Geiriau cyntaf, hoff deganau, beth mae’n ei hoffi amser bath neu amser gwely, llun neu ôl llaw.',
  'letters.guide.adoptive.ideas.5to11':
    'Rhywbeth y mae’n falch ohono, diddordeb newydd, hoff lyfr neu gêm, ac unrhyw beth y mae eisiau ei ddweud ei hun.',
  'letters.guide.adoptive.ideas.12plus':
    'Gofynnwch i’ch plentyn beth yr hoffai ei rannu; efallai y bydd eisiau ychwanegu ei linellau ei hun neu ddewis y lluniau.',
  'letters.guide.birth.before.1': 'Cymerwch eich amser. Does dim rhaid i chi ysgrifennu’r cyfan ar unwaith.',
  'letters.guide.birth.before.2':
    'Mae’n iawn teimlo’n drist neu’n ddig, ond nid y llythyr yw’r lle i hynny. Siaradwch â rhywun rydych chi’n ymddiried ynddo yn gyntaf.',
  'letters.guide.birth.before.3': 'Gofynnwch i’r asiantaeth a all rhywun eich helpu i ysgrifennu eich llythyr.',
  'letters.guide.birth.say.1': 'Dywedwch helo a phwy ydych chi, er enghraifft “Mam”, “Nain” neu “dy frawd”.',
  'letters.guide.birth.say.2':
    'Dywedwch eich bod yn eu caru neu’n meddwl amdanyn nhw, a’ch bod yn falch eu bod yn ddiogel.',
  'letters.guide.birth.say.3': 'Rhannwch newyddion syml, hapus amdanoch chi: cwrs, anifail anwes, diddordeb.',
  'letters.guide.birth.say.4': 'Rhannwch atgof da, neu rywbeth y gallen nhw fod wedi’i gael gennych chi.',
  'letters.guide.birth.say.5': 'Dywedwch ei bod yn iawn iddyn nhw fod yn hapus yn eu teulu.',
  'letters.guide.birth.avoid.1': 'Eich cyfeiriad, rhif ffôn, e-bost neu enwau cyfryngau cymdeithasol.',
  'letters.guide.birth.avoid.2':
    'Enwau llawn a lleoedd a allai adael i rywun ddod o hyd i ble rydych chi, neu ble maen nhw, yn byw.',
  'letters.guide.birth.avoid.3': 'Cwestiynau am ble maen nhw’n byw neu’n mynd i’r ysgol.',
  'letters.guide.birth.avoid.4': 'Bai, dicter, cyfrinachau, neu addewidion na allwch eu cadw.',
  'letters.guide.birth.ideas.under5':
    'Bydd eu rhieni mabwysiadol yn ei ddarllen iddyn nhw: cadwch ef yn fyr ac yn syml, gyda chân neu atgof o pan oedden nhw’n fabi.',
  'letters.guide.birth.ideas.5to11':
    'Rhywbeth rydych chi’n hoffi ei wneud, anifail anwes, hoff fwyd rydych chi’n ei rannu, a pha mor falch ydych chi ohonyn nhw.',
  'letters.guide.birth.ideas.12plus':
    'Gallwch ddweud ychydig mwy: atebwch gwestiynau a ofynnon nhw, a dywedwch wrthyn nhw am y teulu mewn ffordd syml, onest.',
} as const satisfies Record<keyof typeof letterMessages, unknown>;
