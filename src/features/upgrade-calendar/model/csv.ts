/**
 * A UTF-8 byte order mark: without it Excel reads a CSV file in the machine's legacy code page
 * and shows "SÃ£o Paulo" for "São Paulo", and garbles "–" and "→".
 */
export const UTF8_BOM = '\uFEFF';

/**
 * RFC 4180 CSV for spreadsheets: a byte order mark first, CRLF line ends, every field quoted when
 * it holds a comma, quote or line break. A field starting with = + - @ is prefixed with an
 * apostrophe so a spreadsheet shows it as text instead of running it as a formula (site names
 * are typed by people).
 */
export function buildCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
