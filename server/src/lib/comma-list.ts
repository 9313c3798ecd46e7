/** `a, b,,c` -> ['a', 'b', 'c']: a comma-separated setting or header, entries trimmed, empty ones dropped. */
export function splitCommaList(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}
