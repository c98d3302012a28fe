/**
 * RFC 4180 CSV parsing: quoted fields, doubled quotes, CRLF or LF line
 * ends, line breaks inside quotes. Returns rows of strings; never throws on
 * ragged rows (short rows are padded by the caller's column lookup).
 */
export function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = input.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  for (; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Rows as records keyed by the header row. */
export function parseCsvRecords(input: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...rows] = parseCsv(input);
  const names = header.map((h) => h.trim());
  return {
    header: names,
    records: rows.map((r) => Object.fromEntries(names.map((name, i) => [name, r[i] ?? '']))),
  };
}
