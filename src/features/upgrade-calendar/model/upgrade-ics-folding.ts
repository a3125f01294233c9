/*
 * RFC 5545 section 3.1: a content line is at most 75 octets, not characters, excluding the line
 * break; a longer one is folded with CRLF and a single space, and a fold never splits a UTF-8
 * sequence. Counting characters instead made lines of up to 80 octets from "São Paulo", "–", "→".
 */

const MAX_OCTETS = 75;

/** One unfolded content line, folded at 75 octets between whole characters. */
export function foldContentLine(line: string): string {
  // Three octets at most per UTF-16 unit (four per surrogate pair): short lines never fold.
  if (line.length * 3 <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let partStart = 0;
  let octets = 0;
  // A continuation line starts with the space that folds it: one octet fewer for the text.
  let limit = MAX_OCTETS;
  for (let index = 0; index < line.length;) {
    const unit = line.charCodeAt(index);
    const next = line.charCodeAt(index + 1);
    // A surrogate pair is one character of four octets and stays whole; a lone surrogate is
    // written as U+FFFD, three octets, like every other character from U+0800 on.
    const pair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (octets + size > limit) {
      parts.push(line.slice(partStart, index));
      partStart = index;
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    octets += size;
    index += pair ? 2 : 1;
  }
  parts.push(line.slice(partStart));
  return parts.join('\r\n ');
}
