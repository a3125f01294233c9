/** Lower case, without accents, with "_", "/" and "-" read as spaces: "São_Paulo" -> "sao paulo". */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_/\-,().]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
