import { HttpResponse } from 'msw';
import { details, listItem, regions, sectors } from '@/testing/fixtures';
import { http } from '@/testing/http';


/** Default answers at the HTTP boundary: anonymous caller, reference data, one cooperative. */
export const handlers = [
  http.get('/api/v1/auth/me', ({ response }) =>
    response(401).json({ status: 401, title: 'Unauthorized', code: 'auth.required' }),
  ),
  http.get('/api/v1/auth/antiforgery', ({ response }) =>
    response(200).json({ headerName: 'X-CSRF-TOKEN', token: 'csrf-token-1' }),
  ),
  http.get('/api/v1/reference/regions', ({ response }) => response(200).json(regions)),
  // A cooperative's managers, under its vault: none unless a test says so.
  http.get('/api/v1/cooperatives/{cooperativeId}/managers', ({ response }) => response(200).json([])),
  http.get('/api/v1/reference/sectors', ({ response }) => response(200).json(sectors)),
  http.get('/api/v1/reference/legal-forms', ({ response }) =>
    response(200).json([{ code: 'cooperative', nameFr: 'Coopérative', nameAr: 'تعاونية', nameEn: 'Cooperative' }]),
  ),
  http.get('/api/v1/cooperatives', ({ response }) =>
    response(200).json({ items: [listItem], page: 1, pageSize: 20, total: 1 }),
  ),
  http.get('/api/v1/cooperatives/{id}', () => HttpResponse.json(details, { headers: { ETag: 'W/"3"' } })),
  http.get('/api/v1/cooperatives/{id}/status-history', ({ response }) => response(200).json([])),
  // A registry contact's consent, on a cooperative's page for staff of its region: nothing recorded unless a test says so.
  http.get('/api/v1/notifications/registry-contacts/{cooperativeId}/consent', ({ params, response }) =>
    response(200).json({
      cooperativeId: params.cooperativeId,
      channels: [
        { channel: 'email', hasAddress: true, enabled: false, source: null, method: null, givenOn: null, changedAt: null, changedBy: null },
        { channel: 'sms', hasAddress: true, enabled: false, source: null, method: null, givenOn: null, changedAt: null, changedBy: null },
      ],
      objections: [],
    }),
  ),
  http.get('/api/v1/notifications', ({ response }) => response(200).json({ items: [], page: 1, pageSize: 20, total: 0, unread: 0 })),
];
