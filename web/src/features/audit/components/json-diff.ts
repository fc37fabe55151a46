export type DiffRow = { path: string; before: string | undefined; after: string | undefined; changed: boolean };

function parse(json: string | null | undefined): unknown {
  if (!json) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, '{}');
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  if (value === undefined) return;
  out.set(prefix || '(value)', typeof value === 'string' ? value : JSON.stringify(value));
}

/** Field-by-field comparison of an audit row's before and after JSON. */
export function diffJson(before: string | null | undefined, after: string | null | undefined): DiffRow[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(parse(before), '', a);
  flatten(parse(after), '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.map((path) => ({ path, before: a.get(path), after: b.get(path), changed: a.get(path) !== b.get(path) }));
}
