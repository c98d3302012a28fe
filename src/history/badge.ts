/**
 * Per-tab count of actions held today, for the toolbar badge. Pure: the
 * background keeps the map (in session storage, which outlives the service
 * worker's naps) and sets the badge text.
 */
export type BadgeCounts = Record<string, { day: string; count: number }>;

/** Local calendar day, so "today" matches the user's clock. */
export function dayOf(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function bump(counts: BadgeCounts, tabId: number, now: number): { counts: BadgeCounts; text: string } {
  const day = dayOf(now);
  const previous = counts[tabId];
  const count = previous && previous.day === day ? previous.count + 1 : 1;
  return { counts: { ...counts, [tabId]: { day, count } }, text: String(count) };
}

export function badgeText(counts: BadgeCounts, tabId: number, now: number): string {
  const entry = counts[tabId];
  return entry && entry.day === dayOf(now) && entry.count > 0 ? String(entry.count) : '';
}
