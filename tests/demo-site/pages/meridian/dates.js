// Date display for Meridian. Formatted by hand rather than with Intl so the rendered DOM is identical in
// every browser and in the Node script that writes the fixture snapshots.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** @param {string} iso `YYYY-MM-DD` */
function parseIsoDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new Error(`date: expected YYYY-MM-DD, got "${iso}"`);
  return { year: match[1], month, day: match[3] };
}

/** `2026-10-14` -> `14 October 2026` */
export function formatLongDate(iso) {
  const { year, month, day } = parseIsoDate(iso);
  return `${Number(day)} ${MONTHS[month - 1]} ${year}`;
}

/** `2023-02-17` -> `17/02/2023` */
export function formatShortDate(iso) {
  const { year, month, day } = parseIsoDate(iso);
  return `${day}/${String(month).padStart(2, '0')}/${year}`;
}
