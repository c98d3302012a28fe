/**
 * Checks a value against the JSON Schema subset Netral's policy schemas use
 * (type, properties, additionalProperties: false, items, enum, minimum,
 * maximum, pattern). Pure and small: the sample policies in docs/policies/
 * are checked with it, as an administrator's tool would.
 */
import type { PolicySchema } from './schema';

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Problems as "path: message"; empty when the value conforms. */
export function checkAgainstSchema(value: unknown, schema: PolicySchema, path = '$'): string[] {
  const actual = typeOf(value);
  const typeOk = actual === schema.type || (schema.type === 'number' && actual === 'integer');
  if (!typeOk) return [`${path}: expected ${schema.type}, got ${actual}`];
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value as string | number)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${path}: ${value} is below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${path}: ${value} is above ${schema.maximum}`);
  }
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern).test(value)) problems.push(`${path}: does not match ${schema.pattern}`);
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...checkAgainstSchema(item, schema.items!, `${path}[${i}]`)));
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record)) {
      const property = schema.properties?.[key];
      if (property) problems.push(...checkAgainstSchema(item, property, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}.${key}: unknown property`);
    }
  }
  return problems;
}
