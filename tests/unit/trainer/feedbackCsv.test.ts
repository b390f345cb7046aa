import { describe, expect, it } from 'vitest';
import { csvField, feedbackCsv } from '../../../src/trainer/feedbackCsv';
import { makeResponse } from '../../../src/trainer/feedbackResponses';
import { translator } from '../../../src/i18n/translator';

const OUTCOMES = ['Explain why, with "reasons"', 'Write a letter'];

describe('a CSV field', () => {
  it('is quoted only when it holds a comma, a quote or a line break, with quotes doubled', () => {
    expect(csvField('plain words')).toBe('plain words');
    expect(csvField(4)).toBe('4');
    expect(csvField('one, two')).toBe('"one, two"');
    expect(csvField('she said "yes"')).toBe('"she said ""yes"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('never lets typed words run as a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://example.com")')).toBe('"\'=HYPERLINK(""http://example.com"")"');
    expect(csvField('+44')).toBe("'+44");
    expect(csvField('@home')).toBe("'@home");
    expect(csvField('- more breaks')).toBe("'- more breaks");
  });
});

describe('the feedback CSV', () => {
  const responses = [
    makeResponse('before', { confidence: [2, null], useful: '', better: '', recommend: null, other: '' }),
    makeResponse('after', {
      confidence: [4, 5],
      useful: 'The feelings cards, and the role play',
      better: 'More time for "the letter"',
      recommend: 'yes',
      other: 'Diolch – ŵyr ac ŷd\nSecond line',
    }),
  ];

  it('starts with a byte order mark and a header row, then one row per response, lines ending CRLF', () => {
    const csv = feedbackCsv(responses, OUTCOMES, translator('en').t);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1)).toBe(
      [
        'Response,When,"Confidence: Explain why, with ""reasons""",Confidence: Write a letter,What was most useful?,What could be better?,Would you recommend this session to a colleague?,Anything else?',
        '1,Start of the session,2,,,,,',
        '2,End of the session,4,5,"The feelings cards, and the role play","More time for ""the letter""",Yes,"Diolch – ŵyr ac ŷd\nSecond line"',
        '',
      ].join('\r\n'),
    );
  });

  it('keeps Welsh letters as they are, in UTF-8', () => {
    const csv = feedbackCsv(responses, OUTCOMES, translator('cy').t);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Dechrau’r sesiwn');
    expect(csv).toContain('ŵyr ac ŷd');
    expect(csv.slice(1).split('\r\n')[0]).toMatch(/^Ymateb,Pryd,/);
  });

  it('is the header row alone when there are no responses', () => {
    expect(feedbackCsv([], OUTCOMES, translator('en').t).split('\r\n')).toHaveLength(2);
  });
});
