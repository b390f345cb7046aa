/**
 * The words of the child's plan and of the easy-read edition (src/planner/answers/readerEditions.ts).
 * Key words are between double asterisks: they print bold. Easy read keeps one idea a sentence, no
 * jargon; the child's plan has words for each age band (under 8, 8 to 12, teenagers).
 */
export const editionMessages = {
  'plan.edition.monthYear': '{month} {year}',
  'plan.edition.band.under8': 'under 8',
  'plan.edition.band.8to12': '8 to 12',
  'plan.edition.band.teen': 'teenagers',
  'plan.edition.name.child': 'The child’s plan, words for {band}',
  'plan.edition.name.easyRead': 'Easy read',
  'plan.edition.name.easyReadFor': 'Easy read, for {name}',

  // The child's plan: every age band.
  'plan.edition.child.form.meet_up': 'You will **meet** {names}.',
  'plan.edition.child.form.postal_exchange': 'Your family and {names} **send letters** to each other.',
  'plan.edition.child.form.digital_exchange':
    'Your family and {names} **send messages** to each other through a special website.',
  'plan.edition.child.form.phone_video': 'You **talk** with {names} on the **phone** or by **video call**.',
  'plan.edition.child.form.social_media': 'You keep in touch with {names} **online**.',
  'plan.edition.child.form.news_via_agency': '**News** about how you are getting on goes to {names}.',
  'plan.edition.child.form.none_now': 'For now, there is **no contact** with {names}.',
  'plan.edition.child.askedFor': 'Someone has **asked** for this. It is **not agreed** yet.',
  'plan.edition.child.noneNow.ask':
    'If you want to talk about why, ask the grown-ups you live with or your social worker.',
  'plan.edition.often.week': {
    '=1': 'This happens **once a week**.',
    '=2': 'This happens **twice a week**.',
    other: 'This happens **{count} times a week**.',
  },
  'plan.edition.often.month': {
    '=1': 'This happens **once a month**.',
    '=2': 'This happens **twice a month**.',
    other: 'This happens **{count} times a month**.',
  },
  'plan.edition.often.year': {
    '=1': 'This happens **once a year**.',
    '=2': 'This happens **twice a year**.',
    other: 'This happens **{count} times a year**.',
  },
  'plan.edition.months': 'It happens in **{months}**.',
  'plan.edition.child.length': 'Each time lasts about **{length}**.',
  'plan.edition.child.organiser.adoptive_parents': 'The grown-ups you live with help to **arrange** it.',
  'plan.edition.child.organiser.birth_relative': 'Someone from your birth family helps to **arrange** it.',
  'plan.edition.child.organiser.agency_letterbox': 'The adoption agency’s **letterbox** team helps.',
  'plan.edition.child.organiser.social_worker': 'A **social worker** helps to arrange it.',
  'plan.edition.child.organiser.friend_family': 'A trusted **friend or relative** helps to arrange it.',
  'plan.edition.child.organiser.other': 'Someone else helps to **arrange** it.',
  'plan.edition.child.also.meet_up': 'You **meet** as well.',
  'plan.edition.child.also.postal_exchange': 'There are **letters** too.',
  'plan.edition.child.also.digital_exchange': 'There are **messages** too.',
  'plan.edition.child.also.phone_video': 'There are **phone or video calls** too.',
  'plan.edition.child.also.social_media': 'You keep in touch **online** too.',
  'plan.edition.child.also.news_via_agency': '**News** about you is sent too.',
  'plan.edition.child.inYourWords': '**In your words:** “{words}”',
  'plan.edition.child.support.item': '**Help:** {help}',
  'plan.edition.child.ecomap': 'The people in your plan',
  'plan.edition.child.yourPart': 'your {part}',

  // The child's plan: under 8.
  'plan.edition.child.under8.title': '{name}’s plan for keeping in touch',
  'plan.edition.child.under8.titleNoName': 'Your plan for keeping in touch',
  'plan.edition.child.under8.about.heading': 'About your plan',
  'plan.edition.child.under8.about.plan': 'This is **your plan**.',
  'plan.edition.child.under8.about.how': 'It says how you **keep in touch** with people who are special to you.',
  'plan.edition.child.under8.about.people': 'You can **ask** about the people in this plan.',
  'plan.edition.child.under8.arrangements.heading': 'Keeping in touch',
  'plan.edition.child.under8.review.heading': 'Looking at the plan again',
  'plan.edition.child.under8.review.when': 'Grown-ups will **look at this plan again** in **{when}**.',
  'plan.edition.child.under8.talk.worries': 'If you have a **question** or a **worry**, tell a grown-up you trust.',
  'plan.edition.child.under8.talk.change': 'You can say what **you** think about the plan.',

  // The child's plan: 8 to 12.
  'plan.edition.child.8to12.title': '{name}’s staying-in-touch plan',
  'plan.edition.child.8to12.titleNoName': 'Your staying-in-touch plan',
  'plan.edition.child.8to12.about.heading': 'What this plan is',
  'plan.edition.child.8to12.about.plan':
    'This plan is about **you** and the people from your **birth family** and your past who matter to you.',
  'plan.edition.child.8to12.about.how': 'It says how you **stay in touch** with them, how often, and who helps.',
  'plan.edition.child.8to12.about.people': 'You can **ask questions** about anyone in this plan, at any time.',
  'plan.edition.child.8to12.arrangements.heading': 'How you stay in touch',
  'plan.edition.child.8to12.support.heading': 'Help for you',
  'plan.edition.child.8to12.review.heading': 'Checking the plan',
  'plan.edition.child.8to12.review.when': 'The grown-ups will **check this plan** again in **{when}**.',
  'plan.edition.child.8to12.talk.worries':
    'If you have **questions** or **worries**, talk to the grown-ups you live with or your **social worker**.',
  'plan.edition.child.8to12.talk.change': 'If you would like something to **change**, you can say so.',

  // The child's plan: teenagers.
  'plan.edition.child.teen.title': '{name}’s staying-in-touch plan',
  'plan.edition.child.teen.titleNoName': 'Your staying-in-touch plan',
  'plan.edition.child.teen.about.heading': 'About this plan',
  'plan.edition.child.teen.about.plan':
    'This is your **staying-in-touch plan**: how you keep in touch with people from your **birth family** and your past.',
  'plan.edition.child.teen.about.how': 'It says who you are in touch with, how, how often, and who helps.',
  'plan.edition.child.teen.about.people':
    'The adoption agency keeps the **full plan**. You can ask the adults you live with or your social worker about anything in it.',
  'plan.edition.child.teen.arrangements.heading': 'Who you keep in touch with, and how',
  'plan.edition.child.teen.support.heading': 'Support for you',
  'plan.edition.child.teen.review.heading': 'Reviewing the plan',
  'plan.edition.child.teen.review.when':
    'The plan will be **reviewed** in **{when}**. You can share your **views** before then.',
  'plan.edition.child.teen.talk.worries':
    'If you have **questions** or **concerns**, talk to the adults you live with or your **social worker**.',
  'plan.edition.child.teen.talk.change':
    'If you want something to **change**, you can ask for the plan to be looked at **sooner**.',

  // Easy read, for a birth relative.
  'plan.edition.easyRead.title': 'Keeping in touch with {child}',
  'plan.edition.easyRead.titleNoName': 'Keeping in touch: your plan',
  'plan.edition.easyRead.theChild': 'the child',
  'plan.edition.easyRead.thePart': 'the {part}',
  'plan.edition.easyRead.about.heading': 'About this plan',
  'plan.edition.easyRead.about.plan': 'This is a **plan** for keeping in touch.',
  'plan.edition.easyRead.about.for': 'This copy is for **{name}**.',
  'plan.edition.easyRead.about.child': 'The plan is about **{child}**.',
  'plan.edition.easyRead.about.says': 'It says **how** and **when** you keep in touch.',
  'plan.edition.easyRead.arrangements.heading': 'How you keep in touch',
  'plan.edition.easyRead.arrangements.none': 'There is **no contact** planned with you for now.',
  'plan.edition.easyRead.form.meet_up': 'You will **meet** {child}.',
  'plan.edition.easyRead.form.postal_exchange': 'You and {child}’s family will **write letters** to each other.',
  'plan.edition.easyRead.form.digital_exchange':
    'You and {child}’s family will **send messages** to each other on a special website.',
  'plan.edition.easyRead.form.phone_video': 'You will **talk** to {child} on the **phone** or by **video call**.',
  'plan.edition.easyRead.form.social_media': 'You will keep in touch with {child} **online**.',
  'plan.edition.easyRead.form.news_via_agency': 'You will get **news** about {child} from the **adoption agency**.',
  'plan.edition.easyRead.form.none_now': 'For now, there is **no contact** with {child}.',
  'plan.edition.easyRead.withOthers': '{names} will be part of this too.',
  'plan.edition.easyRead.askedFor': 'Someone has **asked** for this. It is **not agreed** yet.',
  'plan.edition.easyRead.noneNow.why': 'The reason is: {why}',
  'plan.edition.easyRead.length': 'Each time is about **{length}**.',
  'plan.edition.easyRead.also.meet_up': 'You will **meet** as well.',
  'plan.edition.easyRead.also.postal_exchange': 'There will be **letters** too.',
  'plan.edition.easyRead.also.digital_exchange': 'There will be **messages** too.',
  'plan.edition.easyRead.also.phone_video': 'There will be **phone or video calls** too.',
  'plan.edition.easyRead.also.social_media': 'You will keep in touch **online** too.',
  'plan.edition.easyRead.also.news_via_agency': 'You will get **news** from the adoption agency too.',
  'plan.edition.easyRead.route': '**Letters** go through: {route}',
  'plan.edition.easyRead.photos.keep': 'You can **keep** the photos you get.',
  'plan.edition.easyRead.photos.view_only': 'You can **look at** photos. You cannot keep them.',
  'plan.edition.easyRead.photos.none': 'There will be **no photos**.',
  'plan.edition.easyRead.signOffAs': 'How to **sign** letters: {signOffAs}',
  'plan.edition.easyRead.support.heading': 'Help for you',
  'plan.edition.easyRead.support.item': 'You can get **help**.',
  'plan.edition.easyRead.support.what': 'The help is: {help}',
  'plan.edition.easyRead.review.heading': 'Checking the plan',
  'plan.edition.easyRead.review.when': 'We will **look at the plan again** in **{when}**.',
  'plan.edition.easyRead.review.say': 'You can **say what you think** then.',
  'plan.edition.easyRead.talk.questions':
    'If you have **questions**, ask your **social worker** or the **adoption agency**.',
  'plan.edition.easyRead.talk.change': 'Tell them if something **changes** for you.',
} as const;
