import { useCallback, useEffect, useState } from 'react';

/**
 * Unsent form input kept on the device (localStorage), one entry per form and record, e.g.
 * `coophub.draft.application.<id>`: what a person typed survives a reload, a lost connection or a closed tab, and is
 * forgotten once the server has accepted it (ADR 0019).
 */
const PREFIX = 'coophub.draft.';

export type KeptDraft<V> = { values: V; keptAt: string };

export function draftKey(form: string, record: string): string {
  return `${PREFIX}${form}.${record}`;
}

export function readKeptDraft<V>(key: string): KeptDraft<V> | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<KeptDraft<V>>;
    return parsed && typeof parsed.keptAt === 'string' && parsed.values !== undefined
      ? { values: parsed.values, keptAt: parsed.keptAt }
      : null;
  } catch {
    return null; // storage unavailable or an entry this version cannot read
  }
}

export function keepDraft<V>(key: string, values: V, now: Date = new Date()): void {
  try {
    localStorage.setItem(key, JSON.stringify({ values, keptAt: now.toISOString() } satisfies KeptDraft<V>));
  } catch {
    // storage full or unavailable: the form still works, it is just not kept
  }
}

export function forgetDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // storage unavailable
  }
}

/** Forgets every kept draft (sign-out on a shared phone). */
export function forgetKeptDrafts(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    keys.forEach((key) => localStorage.removeItem(key));
  } catch {
    // storage unavailable
  }
}

/** What was kept under `key` when the form opened (null when nothing was); the caller puts it back in the form. */
export function useRestoredDraft<V>(key: string): KeptDraft<V> | null {
  const [restored] = useState(() => readKeptDraft<V>(key));
  return restored;
}

/**
 * Keeps `values` under `key` while `unsent` (the person changed something the server does not have yet); `forget` is
 * for when the server accepted it.
 */
export function useKeepDraft<V>(key: string, values: V, unsent: boolean): () => void {
  useEffect(() => {
    if (unsent) keepDraft(key, values);
  }, [key, values, unsent]);
  return useCallback(() => forgetDraft(key), [key]);
}
