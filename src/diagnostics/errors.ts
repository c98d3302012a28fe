/**
 * What the content script tells the background about its own errors: the
 * site, the layer, the error's name and a short message (never the post's
 * text, which no layer puts in its errors), and not too often: a site whose
 * DOM changed must not cause an error storm.
 */
export const ERROR_MESSAGE_MAX = 200;
/** Distinct errors sent per page; the same error is sent once. */
export const ERRORS_PER_PAGE = 20;

export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, ERROR_MESSAGE_MAX);
}

/** True the first time a (where, message) pair is seen, up to `max` distinct pairs. */
export function errorLimiter(max = ERRORS_PER_PAGE): (where: string, message: string) => boolean {
  const seen = new Set<string>();
  return (where, message) => {
    const key = `${where}\n${message}`;
    if (seen.has(key) || seen.size >= max) return false;
    seen.add(key);
    return true;
  };
}
