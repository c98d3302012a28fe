import type { Pack } from './schema';
import { validatePack, type PackProblem } from './validate';

export interface LoadedPacks {
  packs: Pack[];
  problems: PackProblem[];
}

/** Validates documents; sound ones load, broken ones become problems. Duplicate ids keep the first. */
export function loadPacks(documents: readonly unknown[], labels: readonly string[] = []): LoadedPacks {
  const packs: Pack[] = [];
  const problems: PackProblem[] = [];
  const seen = new Set<string>();
  documents.forEach((document, index) => {
    const result = validatePack(document, labels[index] ?? `pack #${index + 1}`);
    if (!result.ok) {
      problems.push(...result.problems);
      return;
    }
    if (seen.has(result.pack.id)) {
      problems.push({ pack: result.pack.id, path: 'id', message: 'another loaded pack already has this id; this one is ignored' });
      return;
    }
    seen.add(result.pack.id);
    packs.push(result.pack);
  });
  return { packs, problems };
}
