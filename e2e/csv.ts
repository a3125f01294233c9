// The CSV exports read back as a spreadsheet reads them.

/** RFC 4180 rows: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      value += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(value);
      value = '';
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
      i++;
    } else {
      value += char;
    }
  }
  return rows;
}

/** The CSV's rows, each a map from the header's names to its values. */
export function csvRecords(text: string): Map<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((values) => new Map(header.map((name, i) => [name, values[i] ?? ''])));
}

/** A column's value, failing loudly when the CSV has no such column. */
export function field(record: Map<string, string>, name: string): string {
  const value = record.get(name);
  if (value === undefined) throw new Error(`The CSV has no column "${name}"`);
  return value;
}
