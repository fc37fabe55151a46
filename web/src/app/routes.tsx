import { lazy, useMemo, type ComponentType } from 'react';
import { matchRoutes, Navigate, renderMatches, useLocation, type RouteObject } from 'react-router';
import { type CatalogueFeature, withCatalogues } from '@/app/catalogue-loader';
import { Layout } from '@/app/layout';
import { NotFound } from '@/app/not-found';

/**
 * A screen as its own lazily loaded chunk, with the catalogues of the features it speaks with (fetched beside it, see
 * catalogue-loader.ts); the layout shows a loader while they come and the screen's error if they fail.
 */
function page(load: () => Promise<ComponentType>, features: readonly CatalogueFeature[] = []) {
  const Page = lazy(async () => ({ default: await withCatalogues(features, load) }));
  return <Page />;
}

/** The document vault on a cooperative's page, its own chunk, fetched only for those who may see it. */
const DocumentVault = lazy(async () => ({
  default: (await withCatalogues(['documents'], () => import('@/features/documents/components/document-vault'))).DocumentVault,
}));

/** Its managers under the vault (leave, revoke), for the same readers: another feature's chunk. */
const CooperativeManagers = lazy(async () => ({
  default: (await withCatalogues(['claims'], () => import('@/features/claims/components/cooperative-managers'))).CooperativeManagers,
}));

/** The registry contact's consent to announcements, for staff of the cooperative's region: the notifications feature's chunk. */
const ContactConsent = lazy(async () => ({ default: (await import('@/features/notifications/components/contact-consent')).ContactConsent }));

function VaultAndManagers({ cooperativeId }: { cooperativeId: string }) {
  return (
    <>
      <DocumentVault cooperativeId={cooperativeId} />
      <CooperativeManagers cooperativeId={cooperativeId} />
    </>
  );
}

/**
 * The app's routes, for React Router's declarative mode (AppRoutes): its data router, with loaders and actions the
 * app does not use, was ~12 KB more for every first visit on a phone (issue 16). Each screen is its own chunk; a
 * screen that fails (its chunk cannot be fetched offline, or it throws) shows its error inside the layout
 * (RouteBoundary in layout.tsx).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      {
        children: [
          { index: true, element: <Navigate to="/cooperatives" replace /> },
          {
            path: 'cooperatives',
            element: page(async () => (await import('@/features/cooperatives/routes/directory-route')).DirectoryRoute),
          },
          {
            path: 'cooperatives/new',
            element: page(async () => (await import('@/features/cooperatives/routes/register-route')).RegisterRoute),
          },
          {
            path: 'cooperatives/import',
            element: page(async () => (await import('@/features/cooperatives/routes/import-route')).ImportRoute),
          },
          {
            path: 'cooperatives/:id',
            element: page(async () => {
              const { DetailRoute } = await import('@/features/cooperatives/routes/detail-route');
              return function CooperativePage() {
                return <DetailRoute vault={VaultAndManagers} contactConsent={ContactConsent} />;
              };
            }),
          },
          {
            path: 'cooperatives/:id/edit',
            element: page(async () => (await import('@/features/cooperatives/routes/edit-route')).EditRoute),
          },
          {
            path: 'networks',
            element: page(async () => (await import('@/features/networks/routes/networks-route')).NetworksRoute, ['networks']),
          },
          {
            path: 'networks/new',
            element: page(async () => (await import('@/features/networks/routes/network-create-route')).NetworkCreateRoute, ['networks']),
          },
          {
            path: 'networks/:id',
            element: page(async () => (await import('@/features/networks/routes/network-route')).NetworkRoute, ['networks']),
          },
          {
            path: 'networks/:id/edit',
            element: page(async () => (await import('@/features/networks/routes/network-edit-route')).NetworkEditRoute, ['networks']),
          },
          {
            path: 'organisations',
            element: page(async () => (await import('@/features/organisations/routes/organisations-route')).OrganisationsRoute),
          },
          {
            path: 'organisations/new',
            element: page(async () => (await import('@/features/organisations/routes/organisation-create-route')).OrganisationCreateRoute),
          },
          {
            path: 'organisations/:id',
            element: page(async () => (await import('@/features/organisations/routes/organisation-route')).OrganisationRoute),
          },
          {
            path: 'organisations/:id/edit',
            element: page(async () => (await import('@/features/organisations/routes/organisation-edit-route')).OrganisationEditRoute),
          },
          {
            path: 'programs',
            element: page(async () => (await import('@/features/programs/routes/programs-route')).ProgramsRoute, ['programs']),
          },
          {
            path: 'programs/new',
            element: page(async () => (await import('@/features/programs/routes/program-create-route')).ProgramCreateRoute, ['programs']),
          },
          {
            path: 'programs/:id',
            element: page(async () => (await import('@/features/programs/routes/program-route')).ProgramRoute, ['programs']),
          },
          {
            path: 'programs/:id/edit',
            element: page(async () => (await import('@/features/programs/routes/program-edit-route')).ProgramEditRoute, ['programs']),
          },
          {
            path: 'calls',
            element: page(async () => (await import('@/features/programs/routes/calls-route')).CallsRoute, ['programs']),
          },
          {
            path: 'calls/new',
            element: page(async () => (await import('@/features/programs/routes/call-create-route')).CallCreateRoute, ['programs']),
          },
          {
            path: 'calls/:id',
            element: page(async () => (await import('@/features/programs/routes/call-route')).CallRoute, ['programs']),
          },
          {
            path: 'calls/:id/edit',
            element: page(async () => (await import('@/features/programs/routes/call-edit-route')).CallEditRoute, ['programs']),
          },
          {
            path: 'calls/:id/board',
            element: page(async () => (await import('@/features/programs/routes/call-board-route')).CallBoardRoute, ['programs']),
          },
          {
            path: 'calls/:id/apply',
            element: page(async () => (await import('@/features/programs/routes/apply-route')).ApplyRoute, ['programs']),
          },
          {
            path: 'applications/:id',
            element: page(async () => (await import('@/features/programs/routes/application-route')).ApplicationRoute, ['programs']),
          },
          {
            path: 'applications/:id/review',
            element: page(async () => (await import('@/features/programs/routes/review-route')).ReviewRoute, ['programs']),
          },
          {
            path: 'reviews',
            element: page(async () => (await import('@/features/programs/routes/reviews-route')).ReviewsRoute, ['programs']),
          },
          {
            path: 'ideas',
            element: page(async () => (await import('@/features/bank/routes/ideas-route')).IdeasRoute, ['bank']),
          },
          {
            path: 'ideas/new',
            element: page(async () => (await import('@/features/bank/routes/idea-create-route')).IdeaCreateRoute, ['bank']),
          },
          {
            path: 'ideas/curation',
            element: page(async () => (await import('@/features/bank/routes/curation-route')).CurationRoute, ['bank']),
          },
          {
            path: 'ideas/:id',
            element: page(async () => (await import('@/features/bank/routes/idea-route')).IdeaRoute, ['bank']),
          },
          {
            path: 'ideas/:id/edit',
            element: page(async () => (await import('@/features/bank/routes/idea-edit-route')).IdeaEditRoute, ['bank']),
          },
          {
            path: 'competitions',
            element: page(async () => (await import('@/features/bank/routes/competitions-route')).CompetitionsRoute, ['bank']),
          },
          {
            path: 'competitions/new',
            element: page(async () => (await import('@/features/bank/routes/competition-create-route')).CompetitionCreateRoute, ['bank']),
          },
          {
            path: 'competitions/:id',
            element: page(async () => (await import('@/features/bank/routes/competition-route')).CompetitionRoute, ['bank']),
          },
          {
            path: 'competitions/:id/edit',
            element: page(async () => (await import('@/features/bank/routes/competition-edit-route')).CompetitionEditRoute, ['bank']),
          },
          {
            path: 'competitions/:id/jury',
            element: page(async () => (await import('@/features/bank/routes/jury-route')).JuryRoute, ['bank']),
          },
          {
            path: 'competitions/:id/results',
            element: page(async () => (await import('@/features/bank/routes/results-route')).ResultsRoute, ['bank']),
          },
          {
            path: 'events',
            element: page(async () => (await import('@/features/events/routes/events-route')).EventsRoute, ['events']),
          },
          {
            path: 'events/new',
            element: page(async () => (await import('@/features/events/routes/event-create-route')).EventCreateRoute, ['events']),
          },
          {
            path: 'events/:id',
            element: page(async () => (await import('@/features/events/routes/event-route')).EventRoute, ['events']),
          },
          {
            path: 'events/:id/edit',
            element: page(async () => (await import('@/features/events/routes/event-edit-route')).EventEditRoute, ['events']),
          },
          {
            path: 'events/:id/manage',
            element: page(async () => (await import('@/features/events/routes/event-manage-route')).EventManageRoute, ['events']),
          },
          {
            path: 'registrations/:code?',
            element: page(async () => (await import('@/features/events/routes/registration-code-route')).RegistrationCodeRoute, ['events']),
          },
          {
            path: 'notifications',
            element: page(async () => (await import('@/features/notifications/routes/notifications-route')).NotificationsRoute),
          },
          {
            path: 'my-registrations',
            element: page(async () => (await import('@/features/events/routes/my-registrations-route')).MyRegistrationsRoute, ['events']),
          },
          {
            path: 'dashboard',
            element: page(async () => (await import('@/features/dashboard/routes/dashboard-route')).DashboardRoute),
          },
          {
            path: 'sign-in',
            element: page(async () => (await import('@/features/auth/routes/sign-in-route')).SignInRoute),
          },
          {
            path: 'sign-up',
            element: page(async () => (await import('@/features/auth/routes/sign-up-route')).SignUpRoute),
          },
          {
            path: 'verify-account',
            element: page(async () => (await import('@/features/auth/routes/verify-account-route')).VerifyAccountRoute),
          },
          {
            path: 'forgot-password',
            element: page(async () => (await import('@/features/auth/routes/forgot-password-route')).ForgotPasswordRoute),
          },
          {
            path: 'reset-password',
            element: page(async () => (await import('@/features/auth/routes/reset-password-route')).ResetPasswordRoute),
          },
          {
            path: 'account',
            element: page(async () => (await import('@/features/auth/routes/account-route')).AccountRoute),
          },
          {
            path: 'account/notifications',
            element: page(async () => (await import('@/features/notifications/routes/preferences-route')).PreferencesRoute),
          },
          {
            path: 'unsubscribe',
            element: page(async () => (await import('@/features/notifications/routes/unsubscribe-route')).UnsubscribeRoute),
          },
          {
            path: 'unsubscribe/preferences',
            element: page(async () => (await import('@/features/notifications/routes/contact-preferences-route')).ContactPreferencesRoute),
          },
          {
            path: 'claim',
            element: page(async () => (await import('@/features/claims/routes/claim-route')).ClaimRoute, ['claims', 'documents']),
          },
          {
            path: 'admin/claims',
            element: page(async () => (await import('@/features/claims/routes/claims-queue-route')).ClaimsQueueRoute, ['claims']),
          },
          {
            path: 'admin/users',
            element: page(async () => (await import('@/features/users/routes/users-route')).UsersRoute),
          },
          {
            path: 'admin/users/new',
            element: page(async () => (await import('@/features/users/routes/user-create-route')).UserCreateRoute),
          },
          {
            path: 'admin/users/:id',
            element: page(async () => (await import('@/features/users/routes/user-edit-route')).UserEditRoute),
          },
          {
            path: 'admin/api-keys',
            element: page(async () => (await import('@/features/api-keys/routes/api-keys-route')).ApiKeysRoute),
          },
          {
            path: 'admin/audit',
            element: page(async () => (await import('@/features/audit/routes/audit-route')).AuditRoute),
          },
          {
            path: 'admin/webhooks',
            element: page(async () => (await import('@/features/webhooks/routes/webhooks-route')).WebhooksRoute, ['webhooks']),
          },
          {
            path: 'admin/notifications',
            element: page(async () => (await import('@/features/notifications/routes/deliveries-route')).DeliveriesRoute),
          },
          {
            path: 'admin/announcements',
            element: page(async () => (await import('@/features/notifications/routes/announcements-route')).AnnouncementsRoute),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

/**
 * The routes rendered at the current location (inside a BrowserRouter, or a MemoryRouter in tests). Matched once per
 * path: `useRoutes` flattens, ranks and matches the ~90 routes on every render of the app's root (each try compiles a
 * regular expression), several milliseconds a time on a slow phone; the query string does not change the match.
 */
export function AppRoutes() {
  const { pathname } = useLocation();
  const matches = useMemo(() => matchRoutes(routes, pathname), [pathname]);
  return renderMatches(matches);
}
