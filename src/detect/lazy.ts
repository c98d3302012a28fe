/**
 * A value made on first use. The engine runs in a content script on every
 * page of a guarded site, most of which the user only reads: Unicode
 * property regexes, lookup tables and scratch buffers cost milliseconds to
 * build, so they are built when the first text is read, not at load.
 */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
