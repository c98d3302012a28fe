import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../src/eval/csv';

describe('parseCsv (RFC 4180)', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside fields', () => {
    const csv = 'id,text,label\r\n1,"Halo, ""pak""\r\nbaris dua",risk\r\n2,biasa,none\r\n';
    expect(parseCsv(csv)).toEqual([
      ['id', 'text', 'label'],
      ['1', 'Halo, "pak"\r\nbaris dua', 'risk'],
      ['2', 'biasa', 'none'],
    ]);
  });

  it('accepts LF line ends, a byte-order mark and a missing final newline', () => {
    expect(parseCsv('\ufeffa,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keys records by header, padding short rows and ignoring extra columns', () => {
    const { header, records } = parseCsvRecords('text,label,source\nsatu,risk\ndua,none,x,y\n');
    expect(header).toEqual(['text', 'label', 'source']);
    expect(records).toEqual([
      { text: 'satu', label: 'risk', source: '' },
      { text: 'dua', label: 'none', source: 'x' },
    ]);
  });
});
