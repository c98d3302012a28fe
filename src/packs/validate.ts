/**
 * Runtime validation of election packs. Never throws: a broken pack becomes
 * a list of problems that name the pack, the field path and what is wrong,
 * and the caller decides (the engine skips it, the CLI prints it).
 */
import { PackSchema, type Pack } from './schema';

export interface PackProblem {
  /** The pack's id when it could be read, otherwise the label the caller gave. */
  pack: string;
  /** Field path in the pack, such as `pairs[0].members[1]`; empty for the whole document. */
  path: string;
  message: string;
}

export type PackValidation = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

export function formatProblem(problem: PackProblem): string {
  return `pack "${problem.pack}": ${problem.path || '(document)'}: ${problem.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Validates an already-parsed JSON value. `label` names the pack in errors
 * when the document has no readable id (a file name, a URL).
 */
export function validatePack(value: unknown, label = '(unnamed pack)'): PackValidation {
  const name =
    value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
      ? (value as { id: string }).id
      : label;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ pack: name, path: '', message: 'a pack must be a JSON object' }] };
  }
  const result = PackSchema.safeParse(value);
  if (result.success) return { ok: true, pack: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      pack: name,
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/** Parses JSON text and validates it; invalid JSON is a problem, not an exception. */
export function parsePack(json: string, label = '(unnamed pack)'): PackValidation {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ pack: label, path: '', message: `not valid JSON: ${message}` }] };
  }
  return validatePack(value, label);
}
