import type { z } from 'zod';

/*
 * Text people name things with (a site's name, city, address, description), judged as a person
 * sees it. A length in UTF-16 code units would call a flag ("🇯🇵") four characters and an accent
 * typed as two code points ("é") two, so limits count grapheme clusters. Characters that show
 * nothing or change how the rest displays are refused: a control character ends or garbles a
 * line, a bidi override can make one name display as another, and a name of only invisible
 * characters looks empty while passing as filled in.
 */

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** How many characters a person sees: "🇯🇵" is one, "e" plus a combining accent is one. */
export function visibleLength(text: string): number {
  let count = 0;
  for (const _grapheme of graphemes.segment(text)) count += 1;
  return count;
}

/** C0 and C1 controls and DEL; `multiline` text may hold line breaks and tabs. */
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_LINES = /(?![\t\n\r])\p{Cc}/u;
/** Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Spaces, format characters (zero-width space and joiners, BOM, soft hyphen), default-ignorables, blank Braille. */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/gu;

export function hasVisibleCharacter(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

interface TextRules {
  /** "The name": how messages begin. */
  label: string;
  /** At most this many characters as people see them. */
  max: number;
  multiline?: boolean;
  /** What to say when nothing visible is left; without it, empty text is allowed. */
  required?: string;
}

/**
 * The checks above as a zod refinement, each with a message that says what to change. The
 * stored text is also capped in code units (ten per visible character): enough for any real
 * name, and a bound on what one field can hold however it is composed.
 */
export function visibleTextRules({ label, max, multiline = false, required }: TextRules) {
  return (text: string, ctx: z.RefinementCtx) => {
    // Empty text is the schema's own "required" check (or allowed).
    if (text === '') return;
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if ((multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(text)) {
      fail(
        multiline
          ? `${label} cannot contain control characters.`
          : `${label} cannot contain control characters such as a tab or a line break.`,
      );
    } else if (BIDI_CONTROL.test(text)) {
      fail(
        `${label} cannot contain invisible text-direction controls: they can make it display as other text.`,
      );
    } else if (required !== undefined && !hasVisibleCharacter(text)) {
      fail(required);
    } else if (visibleLength(text) > max) {
      fail(`${label} has at most ${max} characters; this one has ${visibleLength(text)}.`);
    } else if (text.length > max * 10) {
      fail(`${label} is too long to store: it combines too many accents or symbols.`);
    }
  };
}
