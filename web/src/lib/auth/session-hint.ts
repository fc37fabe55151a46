/**
 * Whether this browser has reason to think it is signed in. The session cookie is HttpOnly, so the SPA cannot see it;
 * asking `/auth/me` without a session answers 401, which the browser logs as an error on every anonymous page. So the
 * SPA keeps a non-secret mark: set when a sign-in succeeds, cleared on sign-out and when `/auth/me` answers 401 (the
 * session ended on the server). Without it the visitor is anonymous and nobody is asked. The mark grants nothing:
 * the server decides from the cookie alone.
 */
export const SESSION_HINT_KEY = 'coophub.signedIn';

/** True when the mark is set, or when storage is unavailable (then the server is asked, as without the mark). */
export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return true;
  }
}

export function setSessionHint(): void {
  try {
    localStorage.setItem(SESSION_HINT_KEY, '1');
  } catch {
    // storage unavailable: hasSessionHint() answers true
  }
}

export function clearSessionHint(): void {
  try {
    localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // storage unavailable
  }
}
