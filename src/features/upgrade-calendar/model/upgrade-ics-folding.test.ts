import fc from 'fast-check';
import { foldContentLine } from './upgrade-ics-folding';

/** No half of a surrogate pair left alone: in UTF-8 that would be a broken character. */
const wellFormed = (line: string) => !/[\uD800-\uDFFF]/u.test(line);
const octets = (text: string) => new TextEncoder().encode(text).length;
/** What a reader of the file does first: a line break followed by a space or a tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('foldContentLine', () => {
  it('folds at 75 octets, not 75 characters', () => {
    // 72 ASCII characters, then "ã" (2 octets) and "→" (3 octets): 74 characters, 77 octets.
    const line = `DESCRIPTION:${'a'.repeat(60)}ã→`;
    expect([...line]).toHaveLength(74);
    expect(octets(line)).toBe(77);
    const lines = foldContentLine(`${line}bbb`).split('\r\n');
    expect(lines.map(octets)).toEqual([74, 7]);
    expect(lines[0]).toBe(`DESCRIPTION:${'a'.repeat(60)}ã`);
    expect(lines[1]).toBe(' →bbb');
  });

  it('never splits a character, whatever its length in UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const lines = foldContentLine(`X-TEST:${text}`).split('\r\n');
        const wrong = lines.filter(
          (line, index) => octets(line) > 75 || !wellFormed(line) || (index > 0 && !line.startsWith(' ')),
        );
        expect(wrong).toEqual([]);
        expect(unfold(lines.join('\r\n'))).toBe(`X-TEST:${text}`);
      }),
    );
  }, 30_000); // A shared test machine can be slow; the property itself is quick.

  it('leaves a line of exactly 75 octets whole', () => {
    const line = `SUMMARY:${'é'.repeat(33)}a`; // 8 + 66 + 1 octets
    expect(octets(line)).toBe(75);
    expect(foldContentLine(line)).toBe(line);
  });
});
