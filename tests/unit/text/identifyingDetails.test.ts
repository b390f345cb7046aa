import { describe, expect, it } from 'vitest';
import {
  FINDING_TYPES,
  findIdentifyingDetails,
  type Finding,
  type ProtectedDetail,
} from '../../../src/planner/text/identifyingDetails';

/** Findings as `type:text`, after checking that every one is exactly the text at its offsets. */
function found(text: string, details: ProtectedDetail[] = []): string[] {
  const findings = findIdentifyingDetails(text, details);
  for (const f of findings) expect(text.slice(f.start, f.end), JSON.stringify(f)).toBe(f.text);
  return findings.map((f) => `${f.type}:${f.text}`);
}

const name = (text: string): ProtectedDetail => ({ kind: 'name', text });
const surname = (text: string): ProtectedDetail => ({ kind: 'surname', text });

describe('listed details', () => {
  const cases: [string, string, ProtectedDetail[], string[]][] = [
    ['ignores case', 'RHIAN and rhian and Rhian', [name('Rhian')], ['name:RHIAN', 'name:rhian', 'name:Rhian']],
    ['leaves the possessive out', "Rhian's bike and Rhian’s coat", [name('Rhian')], ['name:Rhian', 'name:Rhian']],
    [
      'finds a hyphenated surname, its spaced form and each part',
      'Price-Jones, Price Jones, Price–Jones, Mr Price and Mrs Jones',
      [surname('Price-Jones')],
      ['surname:Price-Jones', 'surname:Price Jones', 'surname:Price–Jones', 'surname:Price', 'surname:Jones'],
    ],
    [
      'finds a double surname written with a space, hyphenated too',
      'the Lloyd Williams family, Lloyd-Williams',
      [surname('Lloyd Williams')],
      ['surname:Lloyd Williams', 'surname:Lloyd-Williams'],
    ],
    [
      'keeps an apostrophe surname whole and leaves particles out of the parts',
      "O'Brien, O’Brien, Brien; Rhys ap Rhys, ap",
      [surname("O'Brien"), surname('Rhys ap Rhys')],
      ["surname:O'Brien", 'surname:O’Brien', 'surname:Rhys ap Rhys'],
    ],
    [
      'finds a letter with no accent to take off, typed plain',
      'Łucja, Lucja',
      [name('Łucja')],
      ['name:Łucja', 'name:Lucja'],
    ],
    ['matches whole words only', 'Annual leave in Leeds; Annie; Leeann', [name('Ann'), name('Lee')], []],
    ['treats a hyphen as a word boundary', 'Lee-Anne', [name('Lee')], ['name:Lee']],
    ['finds Unicode names exactly', 'Zofia and Siân', [name('Zofia'), name('Siân')], ['name:Zofia', 'name:Siân']],
    ['finds a name written without its accent', 'love to Sian', [name('Siân')], ['name:Sian']],
    ['finds the accented name when the list has none', 'love to Siân', [name('Sian')], ['name:Siân']],
    ['finds a name typed with a combining accent', 'Sia\u0302n', [name('Siân')], ['name:Sia\u0302n']],
    [
      'finds a full name with its surname hyphenated either way',
      'Rhian Price Jones',
      [name('Rhian Price-Jones')],
      ['name:Rhian Price Jones'],
    ],
    ['does not invent short forms', 'Rhi and Rhiannon', [name('Rhian')], []],
    ['finds a short form the caller lists', 'Rhi and Rhian', [name('Rhian'), name('Rhi')], ['name:Rhi', 'name:Rhian']],
    [
      // The rule: listed names ignore case, so the verb is found too; the writer can keep it with a reason.
      'finds a listed "Mark" in the verb "mark" too',
      'Mark will mark it',
      [name('Mark')],
      ['name:Mark', 'name:mark'],
    ],
    ['finds nothing in "mark" when Mark is not listed', 'we will mark the day', [], []],
    [
      'finds a town as a whole word only',
      'Cardiff, cardiff, Cardiffian',
      [{ kind: 'town', text: 'Cardiff' }],
      ['town:Cardiff', 'town:cardiff'],
    ],
    [
      'matches a street line loosely, and without its number',
      '12 oak rd. Then 12, Oak Road; we love Oak Road',
      [{ kind: 'address', text: '12 Oak Road, Pontcanna, Cardiff' }],
      ['address:12 oak rd', 'address:12, Oak Road', 'address:Oak Road'],
    ],
    [
      'matches each line of a listed address',
      'We moved to Pontcanna in Cardiff',
      [{ kind: 'address', text: '12 Oak Road\nPontcanna\nCardiff' }],
      ['address:Pontcanna', 'address:Cardiff'],
    ],
    [
      'leaves the country out of a listed address, and finds its town mutated',
      'Wales, UK; yng Nghaernarfon',
      [{ kind: 'address', text: '7 Heol y Bont, Caernarfon, Wales, UK' }],
      ['address:Nghaernarfon'],
    ],
    [
      'matches a listed school',
      'she loves ysgol y wern',
      [{ kind: 'school', text: 'Ysgol y Wern' }],
      ['school:ysgol y wern'],
    ],
    ['does not run a name across a blank line', 'Price\n\nJones', [name('Price Jones')], []],
  ];
  it.each(cases)('%s', (_, text, details, expected) => {
    expect(found(text, details)).toEqual(expected);
  });

  it('says which listed detail each finding matched', () => {
    const findings = findIdentifyingDetails('Jones and Rhian', [name('Rhian'), surname('Price-Jones')]);
    expect(findings.map((f) => f.detailIndex)).toEqual([1, 0]);
  });
});

describe('Welsh mutations of listed names and places', () => {
  const cases: [string, string, ProtectedDetail[], string[]][] = [
    ['soft, after "i"', 'Anfonwch gariad i Wen', [name('Gwen')], ['name:Wen']],
    ['soft, after "Annwyl"', 'Annwyl Ddafydd,', [name('Dafydd')], ['name:Ddafydd']],
    ['soft, after "o"', 'Daethon ni o Gaerdydd', [{ kind: 'town', text: 'Caerdydd' }], ['town:Gaerdydd']],
    ['nasal, after "yng"', 'Rydyn ni’n byw yng Nghaerdydd', [{ kind: 'town', text: 'Caerdydd' }], ['town:Nghaerdydd']],
    ['nasal, after "ym"', 'ym Mangor', [{ kind: 'town', text: 'Bangor' }], ['town:Mangor']],
    ['aspirate, after "a"', 'Cai a Thomos', [name('Tomos')], ['name:Thomos']],
    ['not without the word that causes it', 'Wen aeth adref', [name('Gwen')], []],
    ['not a mutated form that is an ordinary word', 'It was a fair day at the fair', [name('Mair')], []],
    ['not an English "I" before a lower-case word', 'I fill in the forms', [name('Bill')], []],
    ['capitalised after a Welsh preposition', 'Aethon ni i Fair', [name('Mair')], ['name:Fair']],
    ['not letters that do not mutate ("Ch", "Th")', 'i Ris a Hris', [name('Chris')], []],
  ];
  it.each(cases)('%s', (_, text, details, expected) => {
    expect(found(text, details)).toEqual(expected);
  });
});

describe('patterns that need no list', () => {
  const cases: [string, string, string[]][] = [
    ['a mobile', 'Ring 07700 900123 any time', ['phone:07700 900123']],
    ['a mobile with no spaces', 'tel 07700900123.', ['phone:07700900123']],
    ['a mobile from abroad', '+44 7700 900123 or +447700900123', ['phone:+44 7700 900123', 'phone:+447700900123']],
    ['a mobile with (0)', '+44 (0)7700 900 123', ['phone:+44 (0)7700 900 123']],
    ['a landline with brackets', 'Call (029) 2018 0123 please', ['phone:(029) 2018 0123']],
    ['a landline with dashes', 'ffoniwch 01792-123456', ['phone:01792-123456']],
    ['a 03 number', '0300 123 4567', ['phone:0300 123 4567']],
    ['a number with dots', 'ring 07700.900.123', ['phone:07700.900.123']],
    [
      'numbers abroad',
      'in Ireland on +353 87 123 4567, in Poland on +48 512-345-678',
      ['phone:+353 87 123 4567', 'phone:+48 512-345-678'],
    ],
    ['an e-mail address', 'Write to rhian.price+home@example.co.uk.', ['email:rhian.price+home@example.co.uk']],
    ['a postcode', 'CF10 1AA and sw1a 1aa', ['postcode:CF10 1AA', 'postcode:sw1a 1aa']],
    ['a postcode with no space', 'LL554UR', ['postcode:LL554UR']],
    ['a one-letter area', 'M1 1AE, B33 8TH', ['postcode:M1 1AE', 'postcode:B33 8TH']],
    ['a numbered street', 'We live at 12 Oak Road now', ['address:12 Oak Road']],
    ['a numbered street, abbreviated', 'at 4a Church St.', ['address:4a Church St']],
    ['a numbered street with "The"', '7 The Avenue', ['address:7 The Avenue']],
    [
      'a numbered street with a plain name',
      '2 High Street and 5 Park View',
      ['address:2 High Street', 'address:5 Park View'],
    ],
    ['a Welsh street, with the street word first', 'yn 12 Heol y Bont', ['address:12 Heol y Bont']],
    ['a Welsh street without a number', 'Cerdded ar hyd Heol y Bont', ['address:Heol y Bont']],
    ['a Welsh "Lôn"', '3 Lôn Las', ['address:3 Lôn Las']],
    ['an English street without a number', 'We walk down Oak Road', ['address:Oak Road']],
    ['a street at the start of a sentence', 'In Oak Road the trees', ['address:Oak Road']],
    ['a web link', 'see https://example.org/our-family.', ['link:https://example.org/our-family']],
    ['a bare domain', 'our blog pricefamily.co.uk has photos', ['link:pricefamily.co.uk']],
    ['a www address', 'www.example.cymru', ['link:www.example.cymru']],
    ['a handle', 'follow @rhian_p_2010!', ['social-media:@rhian_p_2010']],
    [
      'profile links',
      'facebook.com/rhian.price, https://www.instagram.com/rhianp/ and tiktok.com/@rhianp x.com/rp youtube.com/@rp snapchat.com/add/rp',
      [
        'social-media:facebook.com/rhian.price',
        'social-media:https://www.instagram.com/rhianp/',
        'social-media:tiktok.com/@rhianp',
        'social-media:x.com/rp',
        'social-media:youtube.com/@rp',
        'social-media:snapchat.com/add/rp',
      ],
    ],
    ['an English school', "She started at St Mary's Primary School.", ["school:St Mary's Primary School"]],
    ['an English high school', 'Cathays High School', ['school:Cathays High School']],
    ['a school with "St."', "at St. Mary's RC Primary School.", ["school:St. Mary's RC Primary School"]],
    ['a street with "St."', "4 St. John's Road", ["address:4 St. John's Road"]],
    ['a school after a sentence ends', 'We love Tom. Oakfield School is next', ['school:Oakfield School']],
    ['a school at the start of a sentence', 'At Oakfield Academy', ['school:Oakfield Academy']],
    ['a Welsh school', 'Mae hi yn Ysgol y Wern', ['school:Ysgol y Wern']],
    ['a Welsh-medium school', 'Ysgol Gymraeg Bro Morgannwg.', ['school:Ysgol Gymraeg Bro Morgannwg']],
    ['a car registration', 'the car AB12 CDE and CD69XYZ', ['car-registration:AB12 CDE', 'car-registration:CD69XYZ']],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('false alarms it avoids', () => {
  const clean: [string, string][] = [
    ['times', 'We meet at 10:30 or 14:45, and at 9.15am'],
    ['years and dates', 'In 2024 and 2025; born 01/02/2016; 12.03.2019; 1 February 2020'],
    ['money', '£12.50, £1,250 and £120,000'],
    ['counts', 'She swims 3 times a year, 12 lengths, 100 metres, 2 Big Dogs'],
    ['a long number that is not a UK phone', 'order 12345678901 and reference 0987 654'],
    ['a plus sign in sums and scores', '+3 points, +20 degrees, 2+2, +1 (555) 0'],
    ['numbered things that are not streets', '10 minutes down the road; 2 Harry Potter films; 1 Theme Park'],
    ['ordinary road words', 'the High Street, Main Road, the road home, Close friends'],
    ['a street named as a television programme or a song', 'Nain watches Coronation Street; Penny Lane is a song'],
    ['activities called schools', 'Sunday School, Forest School, Big School, Ysgol Sul and Ysgol Gynradd'],
    ['the word "ysgol"', 'Mae’r ysgol yn dda. Ysgol yw hi.'],
    ['ordinals and motorways', 'the M4 2nd exit, 3rd May, on the A48'],
    ['shapes like old car registrations', 'Y6 SAT results, A4 PDF, PS5, BBC 1, TV 3D, GCSE'],
    ['abbreviations with full stops', 'e.g. a.m. p.m. i.e. etc.'],
    ['an e-mail-like "@"', 'meet @ 3, I am @ home'],
  ];
  it.each(clean)('%s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('overlaps and order', () => {
  it('reports a listed detail once where a pattern covers the same span, as the listed detail', () => {
    const details: ProtectedDetail[] = [{ kind: 'phone', text: '07700 900123' }];
    const findings = findIdentifyingDetails('ring 07700 900123', details);
    expect(findings).toEqual([{ type: 'phone', text: '07700 900123', start: 5, end: 17, detailIndex: 0 }]);
  });

  it('knows a listed phone number or e-mail address written another way', () => {
    const details: ProtectedDetail[] = [
      { kind: 'phone', text: '07700 900 123' },
      { kind: 'email', text: 'Rhian@Example.com' },
    ];
    const findings = findIdentifyingDetails('+447700900123 or rhian@example.com', details);
    expect(findings.map((f) => [f.type, f.detailIndex])).toEqual([
      ['phone', 0],
      ['email', 1],
    ]);
  });

  it('reports the longer detail where a listed name is part of it', () => {
    expect(found('rhian.price@example.com', [surname('Price')])).toEqual(['email:rhian.price@example.com']);
    expect(found("St Mary's Primary School", [name('Mary')])).toEqual(["school:St Mary's Primary School"]);
  });

  it('sorts findings by where they start and never overlaps them', () => {
    const text = 'CF10 1AA, Rhian, 07700 900123, 12 Oak Road, Rhian';
    const findings = findIdentifyingDetails(text, [name('Rhian')]);
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
    findings.slice(1).forEach((f, i) => expect(f.start).toBeGreaterThanOrEqual(findings[i].end));
    expect(findings).toHaveLength(5);
  });

  it('counts offsets in UTF-16 units, past emoji and accents', () => {
    const text = '😀 Siân 🏡 CF10 1AA';
    const findings: Finding[] = findIdentifyingDetails(text, [name('Sian')]);
    expect(findings.map((f) => [f.start, f.end])).toEqual([
      [3, 7],
      [11, 19],
    ]);
  });

  it('finds nothing in empty text and with an empty list', () => {
    expect(findIdentifyingDetails('', [name('Rhian')])).toEqual([]);
    expect(findIdentifyingDetails('nothing here', [name(''), name('  ')])).toEqual([]);
  });

  it('has a closed list of finding types the catalogue can translate', () => {
    const text = 'Rhian 07700 900123 r@example.com CF10 1AA 12 Oak Road example.org @rp Ysgol y Wern AB12 CDE';
    const types = findIdentifyingDetails(text, [name('Rhian')]).map((f) => f.type);
    for (const type of types) expect(FINDING_TYPES).toContain(type);
    expect(new Set(types).size).toBe(9);
  });
});
