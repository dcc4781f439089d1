// Download file names: `actorgraph-<producedBy slug>-<YYYYMMDD-HHMMSS>.<ext>`,
// in UTC so that two analysts in different zones name the same export alike.

const MAX_SLUG = 60;

/** Lower-case ASCII words joined by '-'; 'export' when nothing is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug.length > 0 ? slug : 'export';
}

/** `20250102-030405` from an ISO instant; the current time if it does not parse. */
export function compactTimestamp(iso: string): string {
  const t = new Date(iso);
  const d = Number.isNaN(t.getTime()) ? new Date() : t;
  return d.toISOString().slice(0, 19).replace(/-|:/g, '').replace('T', '-');
}

export function exportFilename(producedBy: string, createdAt: string, extension: string): string {
  return `actorgraph-${slugify(producedBy)}-${compactTimestamp(createdAt)}.${extension}`;
}
