/**
 * CSV as RFC 4180 writes it (CRLF after every record, fields quoted when they hold a comma, a double quote,
 * CR or LF, inner quotes doubled), made safe to open in a spreadsheet: a text cell that starts with = + - @
 * tab or CR would be read as a formula (CSV injection, OWASP), so it is prefixed with a single quote and
 * shows as the text it is.
 */

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as text: numbers as digits, booleans as yes/no, nothing as empty. */
export function csvCellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: CsvCell): string {
  const text = csvCellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/**
 * A whole file. It starts with a UTF-8 byte order mark so Excel reads names such as "Seán" correctly; parsers
 * that follow RFC 4180 to the letter should be told to skip it (csv-parse: `bom: true`).
 */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${csvRecord(header)}${rows.map(csvRecord).join('')}`;
}
