import { buildCsv, UTF8_BOM } from './csv';

describe('buildCsv', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(buildCsv(['Site', 'Notes'], [['Tokyo, HQ', 'He said "now"\nthen']])).toBe(
      `${UTF8_BOM}Site,Notes\r\n"Tokyo, HQ","He said ""now""\nthen"\r\n`,
    );
  });

  it('keeps a spreadsheet from running a site name as a formula', () => {
    expect(buildCsv(['Site'], [['=HYPERLINK("x")'], ['-1'], ['Plain']])).toBe(
      `${UTF8_BOM}Site\r\n"'=HYPERLINK(""x"")"\r\n'-1\r\nPlain\r\n`,
    );
  });

  it('starts with the UTF-8 byte order mark, so Excel reads "São Paulo", "–" and "→" as written', () => {
    const bytes = new TextEncoder().encode(buildCsv(['Site'], [['São Paulo – BST → GMT']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFSite\r\nSão Paulo – BST → GMT\r\n',
    );
  });
});
