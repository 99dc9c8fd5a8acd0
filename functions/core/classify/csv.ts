/** A small RFC 4180 CSV reader for labelled training files (quoted fields, doubled quotes, CRLF). */
import type { LabelledText } from './train.js';

/** Parse CSV text into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

/**
 * Read `label,text` rows. A header row naming `label` and `text` columns is used when present
 * (other columns are ignored); without one, the first two columns are label and text.
 * `labelNames` maps raw labels (e.g. `1`) to display names (e.g. `World`).
 */
export function parseLabelledCsv(text: string, labelNames?: ReadonlyMap<string, string>): LabelledText[] {
  const rows = parseCsv(text);
  if (rows.length === 0) return [];
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  let li = 0;
  let ti = 1;
  let body = rows;
  if (header.includes('label') && header.includes('text')) {
    li = header.indexOf('label');
    ti = header.indexOf('text');
    body = rows.slice(1);
  }
  const out: LabelledText[] = [];
  for (const r of body) {
    const raw = (r[li] ?? '').trim();
    const t = r[ti] ?? '';
    if (!raw || !t.trim()) continue;
    out.push({ label: labelNames?.get(raw) ?? raw, text: t });
  }
  return out;
}
