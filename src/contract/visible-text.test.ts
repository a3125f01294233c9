import { z } from 'zod';
import { hasVisibleCharacter, visibleLength, visibleTextRules } from './visible-text';

const nameSchema = z
  .string()
  .superRefine(visibleTextRules({ label: 'The name', max: 5, required: 'Enter a name that can be seen.' }));
const notesSchema = z
  .string()
  .superRefine(visibleTextRules({ label: 'The notes', max: 20, multiline: true }));
const messageOf = (schema: z.ZodType, text: string) => schema.safeParse(text).error?.issues[0]?.message;

describe('text as people see it', () => {
  it('counts what a person sees as one character as one', () => {
    expect(visibleLength('Tokyo')).toBe(5);
    expect(visibleLength('🇯🇵')).toBe(1); // a flag: two regional indicators, four code units
    expect(visibleLength('e\u0301')).toBe(1); // e + combining acute
    expect(visibleLength('👩‍👩‍👧')).toBe(1); // a family joined by zero-width joiners
    expect(visibleLength('')).toBe(0);
  });

  it('tells a name with something to see from one of only invisible characters', () => {
    expect(hasVisibleCharacter('a')).toBe(true);
    expect(hasVisibleCharacter('\u200B\u200C\u200D\u2060\uFEFF\u00AD \u3164\u2800')).toBe(false);
  });

  it.each([
    ['a bell', 'Tok\u0007yo'],
    ['a tab', 'Tok\tyo'],
    ['a line break', 'Tok\nyo'],
    ['DEL', 'Tok\u007Fyo'],
    ['a C1 control', 'Tok\u0085yo'],
  ])('refuses %s in a name', (_what, name) => {
    expect(messageOf(nameSchema, name)).toBe(
      'The name cannot contain control characters such as a tab or a line break.',
    );
  });

  it('allows line breaks and tabs in multi-line text, not other controls', () => {
    expect(notesSchema.safeParse('One\r\nTwo\tthree').success).toBe(true);
    expect(messageOf(notesSchema, 'One\u0000')).toBe('The notes cannot contain control characters.');
  });

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])(
    'refuses the bidi control U+%s',
    (control) => {
      expect(messageOf(nameSchema, `ab${control}c`)).toMatch(
        /^The name cannot contain invisible text-direction/,
      );
      expect(messageOf(notesSchema, `ab${control}c`)).toMatch(/^The notes cannot contain invisible/);
    },
  );

  it('refuses a required name of only invisible characters, and allows empty optional text', () => {
    expect(messageOf(nameSchema, '\u200B\u2060')).toBe('Enter a name that can be seen.');
    expect(notesSchema.safeParse('').success).toBe(true);
    // Joiners inside a name that has visible characters are fine (Persian writes with ZWNJ).
    expect(nameSchema.safeParse('ab\u200Ccd').success).toBe(true);
  });

  it('says how long the text is, counted as people see it', () => {
    expect(nameSchema.safeParse('🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵').success).toBe(true);
    expect(messageOf(nameSchema, '🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵🇯🇵')).toBe('The name has at most 5 characters; this one has 6.');
  });

  it('caps what one field holds, however few characters it shows', () => {
    const zalgo = `a${'\u0300'.repeat(60)}`;
    expect(visibleLength(zalgo)).toBe(1);
    expect(messageOf(nameSchema, zalgo)).toBe(
      'The name is too long to store: it combines too many accents or symbols.',
    );
  });
});
