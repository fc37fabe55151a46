import { isNetworkFailure } from '@/lib/offline/network-failure';
import { problemMessage } from '@/lib/forms/problem-message';
import { i18n } from '@/lib/i18n/i18n';
import { ApiError } from '@/lib/api/problem';

describe('a request that failed for want of a network', () => {
  it('is told by the browsers’ fetch errors, or by being offline', () => {
    expect(isNetworkFailure(new TypeError('Failed to fetch'), true)).toBe(true);
    expect(isNetworkFailure(new TypeError('NetworkError when attempting to fetch resource.'), true)).toBe(true);
    expect(isNetworkFailure(new TypeError('Load failed'), true)).toBe(true);
    expect(isNetworkFailure(new TypeError("Cannot read properties of undefined (reading 'id')"), true)).toBe(false);
    expect(isNetworkFailure(new Error('boom'), false)).toBe(true);
    expect(isNetworkFailure(null, false)).toBe(false);
  });

  it('a form says nothing was sent, in the UI language, instead of "the server could not answer"', () => {
    expect(problemMessage(i18n.t, 'events', new TypeError('Failed to fetch'))).toBe(
      "Rien n'a été envoyé : pas de connexion. Réessayez au retour du réseau.",
    );
    expect(problemMessage(i18n.t, 'events', new ApiError(500, undefined))).toBe("Le serveur n'a pas pu répondre. Réessayez dans un instant.");
  });
});
