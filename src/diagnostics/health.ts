/**
 * An adapter's health on the page in front of the user: which of its
 * selectors find something. Computed only when the options page asks (never
 * while the user browses), so it costs the page nothing the rest of the time.
 * A selector that finds nothing is not necessarily broken (a share menu only
 * exists while open); the post and action selectors finding nothing on a
 * feed is the sign that the site changed.
 */
import type { PlatformAdapter } from '../platforms/types';

export interface SelectorHealth {
  name: string;
  found: boolean;
}

export interface AdapterHealth {
  platform: string;
  /** The page kind the adapter recognises ("feed", "post"…), or "other". */
  page: string;
  selectors: SelectorHealth[];
}

function pageKind(adapter: PlatformAdapter, url: URL): string {
  for (const [kind, detect] of Object.entries(adapter.pages)) {
    try {
      if (detect(url)) return kind;
    } catch {
      // a detector that throws says nothing
    }
  }
  return 'other';
}

export function adapterHealth(adapter: PlatformAdapter, root: ParentNode, href: string): AdapterHealth {
  const selectors = Object.entries(adapter.selectors).map(([name, alternatives]) => ({
    name,
    found: alternatives.some((selector) => {
      try {
        return root.querySelector(selector) !== null;
      } catch {
        return false; // a selector the browser rejects finds nothing
      }
    }),
  }));
  let page = 'other';
  try {
    page = pageKind(adapter, new URL(href));
  } catch {
    // not a URL: leave "other"
  }
  return { platform: adapter.id, page, selectors };
}
