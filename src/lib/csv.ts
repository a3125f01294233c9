/**
 * RFC 4180 CSV: CRLF line ends, every field quoted when it holds a comma, quote or line break.
 * A field starting with = + - @ is prefixed with an apostrophe so a spreadsheet shows it as
 * text instead of running it as a formula (site names are typed by people).
 */
export function buildCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * U+FEFF at the start of the file: without it Excel reads a CSV in the system's legacy code page,
 * and "São Paulo", "–" or "→" come out garbled. Other spreadsheets and CSV readers skip it.
 */
export const BYTE_ORDER_MARK = '\uFEFF';

/** Hands a CSV built in the browser to the user's downloads, as UTF-8 with its byte order mark. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([BYTE_ORDER_MARK, csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is no longer needed once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
