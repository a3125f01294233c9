import { buildCsv, BYTE_ORDER_MARK, downloadCsv } from './csv';

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

describe('downloadCsv', () => {
  it('downloads UTF-8 with a byte order mark, so Excel shows "São Paulo", "–" and "→"', async () => {
    let file: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      file = blob as Blob;
      return 'blob:sites';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    downloadCsv(
      'sites.csv',
      buildCsv(['Site', 'Window'], [['São Paulo Office', '01:00 – 03:00 (BST → GMT)']]),
    );

    expect(clicked.map((link) => [link.download, link.href])).toEqual([['sites.csv', 'blob:sites']]);
    expect(file?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      `${BYTE_ORDER_MARK}Site,Window\r\nSão Paulo Office,01:00 – 03:00 (BST → GMT)\r\n`,
    );
  });
});
