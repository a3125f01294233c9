import { buildCsv } from './csv';

describe('buildCsv', () => {
  it('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    expect(buildCsv(['Site', 'Notes'], [['Tokyo, HQ', 'He said "now"\nthen']])).toBe(
      'Site,Notes\r\n"Tokyo, HQ","He said ""now""\nthen"\r\n',
    );
  });

  it('keeps a spreadsheet from running a site name as a formula', () => {
    expect(buildCsv(['Site'], [['=HYPERLINK("x")'], ['-1'], ['Plain']])).toBe(
      'Site\r\n"\'=HYPERLINK(""x"")"\r\n\'-1\r\nPlain\r\n',
    );
  });
});
