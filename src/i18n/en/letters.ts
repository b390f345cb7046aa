/**
 * Letters (issue 15): why each kind of identifying detail the checker finds matters
 * (src/planner/text/identifyingDetails.ts), one message per finding type. `npm run letter:check`
 * prints them as each finding's reason; the letter pages will show them beside the text.
 */
export const letterMessages = {
  'letters.finding.name': 'A name that must not be shared with the other family.',
  'letters.finding.surname': 'A surname that must not be shared with the other family.',
  'letters.finding.address': 'Part of an address: it could show where a family lives.',
  'letters.finding.postcode': 'A postcode: it shows where someone lives.',
  'letters.finding.town': 'A town or place that could show where a family lives.',
  'letters.finding.school': 'The name of a school: it shows where a child can be found.',
  'letters.finding.phone':
    'A phone number: it would let someone get in touch directly, outside the agreed arrangements.',
  'letters.finding.email':
    'An e-mail address: it would let someone get in touch directly, outside the agreed arrangements.',
  'letters.finding.link': 'A web address: it could lead to a family’s names, photos or where they live.',
  'letters.finding.social-media':
    'A social media account or profile: it could lead to a family’s names, photos or where they live.',
  'letters.finding.car-registration': 'A car registration: it could be used to trace a family.',
  'letters.finding.other': 'A detail on the list of those that must not be shared with the other family.',
};
