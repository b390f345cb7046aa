import type { editionMessages } from '../en/editions';

/**
 * The words of the child's plan and of the easy-read edition (src/planner/answers/readerEditions.ts).
 * Key words are between double asterisks: they print bold. The child's plan speaks to the child
 * ("ti"); easy read speaks to an adult ("chi").
 */
export const editionMessagesCy = {
  'plan.edition.monthYear': '{month} {year}',
  'plan.edition.band.under8': 'dan 8',
  'plan.edition.band.8to12': '8 i 12',
  'plan.edition.band.teen': 'pobl ifanc yn eu harddegau',
  'plan.edition.name.child': 'Cynllun y plentyn, geiriau ar gyfer {band}',
  'plan.edition.name.easyRead': 'Hawdd ei ddeall',
  'plan.edition.name.easyReadFor': 'Hawdd ei ddeall, ar gyfer {name}',

  'plan.edition.child.form.meet_up': 'Byddi di’n **cwrdd â** {names}.',
  'plan.edition.child.form.postal_exchange': 'Mae dy deulu a {names} yn **anfon llythyrau** at ei gilydd.',
  'plan.edition.child.form.digital_exchange':
    'Mae dy deulu a {names} yn **anfon negeseuon** at ei gilydd drwy wefan arbennig.',
  'plan.edition.child.form.phone_video': 'Rwyt ti’n **siarad** â {names} ar y **ffôn** neu drwy **alwad fideo**.',
  'plan.edition.child.form.social_media': 'Rwyt ti’n cadw mewn cysylltiad â {names} **ar-lein**.',
  'plan.edition.child.form.news_via_agency': 'Mae **newyddion** am sut rwyt ti’n dod ymlaen yn mynd i {names}.',
  'plan.edition.child.form.none_now': 'Am y tro, does **dim cysylltiad** â {names}.',
  'plan.edition.child.askedFor': 'Mae rhywun wedi **gofyn** am hyn. Dydy e **ddim wedi’i gytuno** eto.',
  'plan.edition.child.noneNow.ask':
    'Os wyt ti eisiau siarad am pam, gofynna i’r oedolion rwyt ti’n byw gyda nhw neu i dy weithiwr cymdeithasol.',
  'plan.edition.often.week': {
    '=1': 'Mae hyn yn digwydd **unwaith yr wythnos**.',
    '=2': 'Mae hyn yn digwydd **ddwywaith yr wythnos**.',
    zero: 'Mae hyn yn digwydd **{count} gwaith yr wythnos**.',
    one: 'Mae hyn yn digwydd **unwaith yr wythnos**.',
    two: 'Mae hyn yn digwydd **ddwywaith yr wythnos**.',
    few: 'Mae hyn yn digwydd **{count} gwaith yr wythnos**.',
    many: 'Mae hyn yn digwydd **{count} gwaith yr wythnos**.',
    other: 'Mae hyn yn digwydd **{count} gwaith yr wythnos**.',
  },
  'plan.edition.often.month': {
    '=1': 'Mae hyn yn digwydd **unwaith y mis**.',
    '=2': 'Mae hyn yn digwydd **ddwywaith y mis**.',
    zero: 'Mae hyn yn digwydd **{count} gwaith y mis**.',
    one: 'Mae hyn yn digwydd **unwaith y mis**.',
    two: 'Mae hyn yn digwydd **ddwywaith y mis**.',
    few: 'Mae hyn yn digwydd **{count} gwaith y mis**.',
    many: 'Mae hyn yn digwydd **{count} gwaith y mis**.',
    other: 'Mae hyn yn digwydd **{count} gwaith y mis**.',
  },
  'plan.edition.often.year': {
    '=1': 'Mae hyn yn digwydd **unwaith y flwyddyn**.',
    '=2': 'Mae hyn yn digwydd **ddwywaith y flwyddyn**.',
    zero: 'Mae hyn yn digwydd **{count} gwaith y flwyddyn**.',
    one: 'Mae hyn yn digwydd **unwaith y flwyddyn**.',
    two: 'Mae hyn yn digwydd **ddwywaith y flwyddyn**.',
    few: 'Mae hyn yn digwydd **{count} gwaith y flwyddyn**.',
    many: 'Mae hyn yn digwydd **{count} gwaith y flwyddyn**.',
    other: 'Mae hyn yn digwydd **{count} gwaith y flwyddyn**.',
  },
  'plan.edition.months': 'Mae’n digwydd ym mis **{months}**.',
  'plan.edition.child.length': 'Mae pob tro’n para tua **{length}**.',
  'plan.edition.child.organiser.adoptive_parents': 'Mae’r oedolion rwyt ti’n byw gyda nhw yn helpu i’w **drefnu**.',
  'plan.edition.child.organiser.birth_relative': 'Mae rhywun o dy deulu biolegol yn helpu i’w **drefnu**.',
  'plan.edition.child.organiser.agency_letterbox': 'Mae tîm **blwch llythyrau** yr asiantaeth fabwysiadu’n helpu.',
  'plan.edition.child.organiser.social_worker': 'Mae **gweithiwr cymdeithasol** yn helpu i’w drefnu.',
  'plan.edition.child.organiser.friend_family':
    'Mae **ffrind neu berthynas** rwyt ti’n ymddiried ynddo yn helpu i’w drefnu.',
  'plan.edition.child.organiser.other': 'Mae rhywun arall yn helpu i’w **drefnu**.',
  'plan.edition.child.also.meet_up': 'Rydych chi’n **cwrdd** hefyd.',
  'plan.edition.child.also.postal_exchange': 'Mae **llythyrau** hefyd.',
  'plan.edition.child.also.digital_exchange': 'Mae **negeseuon** hefyd.',
  'plan.edition.child.also.phone_video': 'Mae **galwadau ffôn neu fideo** hefyd.',
  'plan.edition.child.also.social_media': 'Rwyt ti’n cadw mewn cysylltiad **ar-lein** hefyd.',
  'plan.edition.child.also.news_via_agency': 'Mae **newyddion** amdanat ti’n cael eu hanfon hefyd.',
  'plan.edition.child.inYourWords': '**Yn dy eiriau di:** “{words}”',
  'plan.edition.child.support.item': '**Cymorth:** {help}',
  'plan.edition.child.ecomap': 'Y bobl yn dy gynllun',
  'plan.edition.child.yourPart': 'dy {part}',

  'plan.edition.child.under8.title': 'Cynllun {name} ar gyfer cadw mewn cysylltiad',
  'plan.edition.child.under8.titleNoName': 'Dy gynllun ar gyfer cadw mewn cysylltiad',
  'plan.edition.child.under8.about.heading': 'Am dy gynllun',
  'plan.edition.child.under8.about.plan': 'Dyma **dy gynllun di**.',
  'plan.edition.child.under8.about.how':
    'Mae’n dweud sut rwyt ti’n **cadw mewn cysylltiad** â phobl sy’n arbennig i ti.',
  'plan.edition.child.under8.about.people': 'Gelli di **ofyn** am y bobl yn y cynllun hwn.',
  'plan.edition.child.under8.arrangements.heading': 'Cadw mewn cysylltiad',
  'plan.edition.child.under8.review.heading': 'Edrych ar y cynllun eto',
  'plan.edition.child.under8.review.when': 'Bydd oedolion yn **edrych ar y cynllun hwn eto** ym mis **{when}**.',
  'plan.edition.child.under8.talk.worries':
    'Os oes gen ti **gwestiwn** neu **bryder**, dywed wrth oedolyn rwyt ti’n ymddiried ynddo.',
  'plan.edition.child.under8.talk.change': 'Gelli di ddweud beth rwyt **ti**’n ei feddwl am y cynllun.',

  'plan.edition.child.8to12.title': 'Cynllun cadw mewn cysylltiad {name}',
  'plan.edition.child.8to12.titleNoName': 'Dy gynllun cadw mewn cysylltiad',
  'plan.edition.child.8to12.about.heading': 'Beth yw’r cynllun hwn',
  'plan.edition.child.8to12.about.plan':
    'Mae’r cynllun hwn yn ymwneud â **thi** a’r bobl o dy **deulu biolegol** a dy orffennol sy’n bwysig i ti.',
  'plan.edition.child.8to12.about.how':
    'Mae’n dweud sut rwyt ti’n **cadw mewn cysylltiad** â nhw, pa mor aml, a phwy sy’n helpu.',
  'plan.edition.child.8to12.about.people': 'Gelli di **ofyn cwestiynau** am unrhyw un yn y cynllun hwn, unrhyw bryd.',
  'plan.edition.child.8to12.arrangements.heading': 'Sut rwyt ti’n cadw mewn cysylltiad',
  'plan.edition.child.8to12.support.heading': 'Cymorth i ti',
  'plan.edition.child.8to12.review.heading': 'Gwirio’r cynllun',
  'plan.edition.child.8to12.review.when': 'Bydd yr oedolion yn **gwirio’r cynllun hwn** eto ym mis **{when}**.',
  'plan.edition.child.8to12.talk.worries':
    'Os oes gen ti **gwestiynau** neu **bryderon**, siarada â’r oedolion rwyt ti’n byw gyda nhw neu â dy **weithiwr cymdeithasol**.',
  'plan.edition.child.8to12.talk.change': 'Os hoffet ti i rywbeth **newid**, gelli di ddweud hynny.',

  'plan.edition.child.teen.title': 'Cynllun cadw mewn cysylltiad {name}',
  'plan.edition.child.teen.titleNoName': 'Dy gynllun cadw mewn cysylltiad',
  'plan.edition.child.teen.about.heading': 'Am y cynllun hwn',
  'plan.edition.child.teen.about.plan':
    'Dyma dy **gynllun cadw mewn cysylltiad**: sut rwyt ti’n cadw mewn cysylltiad â phobl o dy **deulu biolegol** a dy orffennol.',
  'plan.edition.child.teen.about.how':
    'Mae’n dweud gyda phwy rwyt ti mewn cysylltiad, sut, pa mor aml, a phwy sy’n helpu.',
  'plan.edition.child.teen.about.people':
    'Mae’r asiantaeth fabwysiadu’n cadw’r **cynllun llawn**. Gelli di ofyn i’r oedolion rwyt ti’n byw gyda nhw neu i dy weithiwr cymdeithasol am unrhyw beth ynddo.',
  'plan.edition.child.teen.arrangements.heading': 'Gyda phwy rwyt ti’n cadw mewn cysylltiad, a sut',
  'plan.edition.child.teen.support.heading': 'Cymorth i ti',
  'plan.edition.child.teen.review.heading': 'Adolygu’r cynllun',
  'plan.edition.child.teen.review.when':
    'Bydd y cynllun yn cael ei **adolygu** ym mis **{when}**. Gelli di rannu dy **farn** cyn hynny.',
  'plan.edition.child.teen.talk.worries':
    'Os oes gen ti **gwestiynau** neu **bryderon**, siarada â’r oedolion rwyt ti’n byw gyda nhw neu â dy **weithiwr cymdeithasol**.',
  'plan.edition.child.teen.talk.change':
    'Os wyt ti eisiau i rywbeth **newid**, gelli di ofyn i’r cynllun gael ei adolygu’n **gynt**.',

  'plan.edition.easyRead.title': 'Cadw mewn cysylltiad â {child}',
  'plan.edition.easyRead.titleNoName': 'Cadw mewn cysylltiad: eich cynllun',
  'plan.edition.easyRead.theChild': 'y plentyn',
  'plan.edition.easyRead.thePart': 'y {part}',
  'plan.edition.easyRead.about.heading': 'Am y cynllun hwn',
  'plan.edition.easyRead.about.plan': 'Dyma **gynllun** ar gyfer cadw mewn cysylltiad.',
  'plan.edition.easyRead.about.for': 'Mae’r copi hwn ar gyfer **{name}**.',
  'plan.edition.easyRead.about.child': 'Mae’r cynllun yn ymwneud â **{child}**.',
  'plan.edition.easyRead.about.says': 'Mae’n dweud **sut** a **phryd** rydych chi’n cadw mewn cysylltiad.',
  'plan.edition.easyRead.arrangements.heading': 'Sut rydych chi’n cadw mewn cysylltiad',
  'plan.edition.easyRead.arrangements.none': 'Does **dim cysylltiad** wedi’i gynllunio gyda chi am y tro.',
  'plan.edition.easyRead.form.meet_up': 'Byddwch chi’n **cwrdd â** {child}.',
  'plan.edition.easyRead.form.postal_exchange':
    'Byddwch chi a theulu {child} yn **ysgrifennu llythyrau** at eich gilydd.',
  'plan.edition.easyRead.form.digital_exchange':
    'Byddwch chi a theulu {child} yn **anfon negeseuon** at eich gilydd ar wefan arbennig.',
  'plan.edition.easyRead.form.phone_video':
    'Byddwch chi’n **siarad** â {child} ar y **ffôn** neu drwy **alwad fideo**.',
  'plan.edition.easyRead.form.social_media': 'Byddwch chi’n cadw mewn cysylltiad â {child} **ar-lein**.',
  'plan.edition.easyRead.form.news_via_agency':
    'Byddwch chi’n cael **newyddion** am {child} gan yr **asiantaeth fabwysiadu**.',
  'plan.edition.easyRead.form.none_now': 'Am y tro, does **dim cysylltiad** â {child}.',
  'plan.edition.easyRead.withOthers': 'Bydd {names} yn rhan o hyn hefyd.',
  'plan.edition.easyRead.askedFor': 'Mae rhywun wedi **gofyn** am hyn. Dydy e **ddim wedi’i gytuno** eto.',
  'plan.edition.easyRead.noneNow.why': 'Y rheswm yw: {why}',
  'plan.edition.easyRead.length': 'Mae pob tro tua **{length}**.',
  'plan.edition.easyRead.also.meet_up': 'Byddwch chi’n **cwrdd** hefyd.',
  'plan.edition.easyRead.also.postal_exchange': 'Bydd **llythyrau** hefyd.',
  'plan.edition.easyRead.also.digital_exchange': 'Bydd **negeseuon** hefyd.',
  'plan.edition.easyRead.also.phone_video': 'Bydd **galwadau ffôn neu fideo** hefyd.',
  'plan.edition.easyRead.also.social_media': 'Byddwch chi’n cadw mewn cysylltiad **ar-lein** hefyd.',
  'plan.edition.easyRead.also.news_via_agency': 'Byddwch chi’n cael **newyddion** gan yr asiantaeth fabwysiadu hefyd.',
  'plan.edition.easyRead.route': 'Mae **llythyrau**’n mynd drwy: {route}',
  'plan.edition.easyRead.photos.keep': 'Cewch chi **gadw**’r lluniau rydych chi’n eu cael.',
  'plan.edition.easyRead.photos.view_only': 'Cewch chi **edrych ar** luniau. Chewch chi ddim eu cadw.',
  'plan.edition.easyRead.photos.none': 'Fydd **dim lluniau**.',
  'plan.edition.easyRead.signOffAs': 'Sut i **lofnodi** llythyrau: {signOffAs}',
  'plan.edition.easyRead.support.heading': 'Cymorth i chi',
  'plan.edition.easyRead.support.item': 'Gallwch chi gael **cymorth**.',
  'plan.edition.easyRead.support.what': 'Y cymorth yw: {help}',
  'plan.edition.easyRead.review.heading': 'Gwirio’r cynllun',
  'plan.edition.easyRead.review.when': 'Byddwn ni’n **edrych ar y cynllun eto** ym mis **{when}**.',
  'plan.edition.easyRead.review.say': 'Gallwch chi **ddweud beth rydych chi’n ei feddwl** bryd hynny.',
  'plan.edition.easyRead.talk.questions':
    'Os oes gennych chi **gwestiynau**, gofynnwch i’ch **gweithiwr cymdeithasol** neu i’r **asiantaeth fabwysiadu**.',
  'plan.edition.easyRead.talk.change': 'Dywedwch wrthyn nhw os bydd rhywbeth yn **newid** i chi.',
} satisfies Record<keyof typeof editionMessages, unknown>;
