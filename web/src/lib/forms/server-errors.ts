import { isApiError, type Problem } from '@/lib/api/problem';

/** "sectors[1]" → "sectors.1", "members.women" stays: the form paths used by @mantine/form. */
export function toFormPath(apiPath: string): string {
  return apiPath.replace(/\[(\d+)\]/g, '.$1').replace(/^\$\.?/, '');
}

/** The field errors of a problem, keyed by form path, messages joined. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const [path, messages] of Object.entries(error.fieldErrors)) {
    out[toFormPath(path)] = messages.join(' ');
  }
  return out;
}

export function problemOf(error: unknown): Problem | undefined {
  return isApiError(error) ? error.problem : undefined;
}
