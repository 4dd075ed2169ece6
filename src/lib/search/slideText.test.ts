import { describe, expect, it } from 'vitest';
import { localSlidesPdf, slidesFromPageText } from './slideText';

describe('slidesFromPageText', () => {
  it('numbers slides by PDF page and drops pages without words', () => {
    expect(slidesFromPageText(['Sizing Kafka\n\nwithout  hand-waving', '   \n', 'Questions?'])).toEqual([
      { number: 1, text: 'Sizing Kafka without hand-waving' },
      { number: 3, text: 'Questions?' },
    ]);
  });

  it('joins a word split by a hyphen at the end of a line', () => {
    expect(slidesFromPageText(['retention deter-\nmines disk'])).toEqual([{ number: 1, text: 'retention determines disk' }]);
  });

  it('keeps real hyphenated words', () => {
    expect(slidesFromPageText(['cross-AZ traffic'])).toEqual([{ number: 1, text: 'cross-AZ traffic' }]);
  });
});

describe('localSlidesPdf', () => {
  it('maps a site path to the file under public/', () => {
    expect(localSlidesPdf('/slides/kafka-sizing.pdf')).toBe('slides/kafka-sizing.pdf');
    expect(localSlidesPdf('/slides/deck%20v2.PDF#page=2')).toBe('slides/deck v2.PDF');
  });

  it('ignores remote decks, other file types and paths that climb out of public/', () => {
    expect(localSlidesPdf(undefined)).toBeUndefined();
    expect(localSlidesPdf('https://example.com/deck.pdf')).toBeUndefined();
    expect(localSlidesPdf('//cdn.example.com/deck.pdf')).toBeUndefined();
    expect(localSlidesPdf('/slides/deck.key')).toBeUndefined();
    expect(localSlidesPdf('/slides/../../secrets.pdf')).toBeUndefined();
  });
});
