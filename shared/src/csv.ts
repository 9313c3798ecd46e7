/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (Excel reads Hindi and accents right only with
 * it), CRLF line ends, every field quoted.
 */
export const CSV_BOM = '\uFEFF';

/**
 * One quoted field. A value starting with = + - @ (or a tab or carriage return) would run as a formula when
 * the file is opened: a leading apostrophe keeps it text (OWASP, CSV injection). A plain negative number (a
 * latitude south of the equator) is left as it is: a spreadsheet reads it as the number it is.
 */
export function csvField(value: string): string {
  const formula = /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value);
  const safe = formula ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** One row, CRLF-terminated. */
export function csvLine(fields: readonly string[], separator: ',' | ';' = ','): string {
  return `${fields.map(csvField).join(separator)}\r\n`;
}
