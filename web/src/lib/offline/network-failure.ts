/**
 * Whether a request failed for want of a network rather than by the server's answer: fetch rejects with a TypeError
 * ("Failed to fetch" in Chromium, "NetworkError when attempting to fetch resource." in Firefox, "Load failed" in
 * Safari), and offline every failure is one.
 */
export function isNetworkFailure(error: unknown, online: boolean = typeof navigator === 'undefined' || navigator.onLine): boolean {
  if (!error) return false;
  if (!online) return true;
  return error instanceof TypeError && /Failed to fetch|NetworkError|Load failed|Network request failed/i.test(error.message);
}
