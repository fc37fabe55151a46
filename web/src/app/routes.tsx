import { Navigate, type RouteObject } from 'react-router';
import { Layout } from '@/app/layout';
import { RouteError } from '@/app/route-error';
import { NotFound } from '@/app/not-found';
import { PageLoader } from '@/components/page-loader';

/**
 * Each screen is its own lazily loaded chunk. Until the first screen's chunk has arrived the router is not
 * initialised and renders the root's HydrateFallback (without one it renders nothing and warns in the console).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    HydrateFallback: PageLoader,
    errorElement: <RouteError />,
    children: [
      {
        // A screen that fails (its chunk cannot be fetched offline, or it throws) shows its error inside the layout.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/cooperatives" replace /> },
          {
            path: 'cooperatives',
            lazy: async () => ({ Component: (await import('@/features/cooperatives/routes/directory-route')).DirectoryRoute }),
          },
          {
            path: 'cooperatives/new',
            lazy: async () => ({ Component: (await import('@/features/cooperatives/routes/register-route')).RegisterRoute }),
          },
          {
            path: 'cooperatives/import',
            lazy: async () => ({ Component: (await import('@/features/cooperatives/routes/import-route')).ImportRoute }),
          },
          {
            path: 'cooperatives/:id',
            lazy: async () => ({ Component: (await import('@/features/cooperatives/routes/detail-route')).DetailRoute }),
          },
          {
            path: 'cooperatives/:id/edit',
            lazy: async () => ({ Component: (await import('@/features/cooperatives/routes/edit-route')).EditRoute }),
          },
          {
            path: 'networks',
            lazy: async () => ({ Component: (await import('@/features/networks/routes/networks-route')).NetworksRoute }),
          },
          {
            path: 'networks/new',
            lazy: async () => ({ Component: (await import('@/features/networks/routes/network-create-route')).NetworkCreateRoute }),
          },
          {
            path: 'networks/:id',
            lazy: async () => ({ Component: (await import('@/features/networks/routes/network-route')).NetworkRoute }),
          },
          {
            path: 'networks/:id/edit',
            lazy: async () => ({ Component: (await import('@/features/networks/routes/network-edit-route')).NetworkEditRoute }),
          },
          {
            path: 'organisations',
            lazy: async () => ({
              Component: (await import('@/features/organisations/routes/organisations-route')).OrganisationsRoute,
            }),
          },
          {
            path: 'organisations/new',
            lazy: async () => ({
              Component: (await import('@/features/organisations/routes/organisation-create-route')).OrganisationCreateRoute,
            }),
          },
          {
            path: 'organisations/:id',
            lazy: async () => ({
              Component: (await import('@/features/organisations/routes/organisation-route')).OrganisationRoute,
            }),
          },
          {
            path: 'organisations/:id/edit',
            lazy: async () => ({
              Component: (await import('@/features/organisations/routes/organisation-edit-route')).OrganisationEditRoute,
            }),
          },
          {
            path: 'programs',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/programs-route')).ProgramsRoute }),
          },
          {
            path: 'programs/new',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/program-create-route')).ProgramCreateRoute }),
          },
          {
            path: 'programs/:id',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/program-route')).ProgramRoute }),
          },
          {
            path: 'programs/:id/edit',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/program-edit-route')).ProgramEditRoute }),
          },
          {
            path: 'calls',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/calls-route')).CallsRoute }),
          },
          {
            path: 'calls/new',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/call-create-route')).CallCreateRoute }),
          },
          {
            path: 'calls/:id',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/call-route')).CallRoute }),
          },
          {
            path: 'calls/:id/edit',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/call-edit-route')).CallEditRoute }),
          },
          {
            path: 'calls/:id/board',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/call-board-route')).CallBoardRoute }),
          },
          {
            path: 'calls/:id/apply',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/apply-route')).ApplyRoute }),
          },
          {
            path: 'applications/:id',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/application-route')).ApplicationRoute }),
          },
          {
            path: 'applications/:id/review',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/review-route')).ReviewRoute }),
          },
          {
            path: 'reviews',
            lazy: async () => ({ Component: (await import('@/features/programs/routes/reviews-route')).ReviewsRoute }),
          },
          {
            path: 'ideas',
            lazy: async () => ({ Component: (await import('@/features/bank/routes/ideas-route')).IdeasRoute }),
          },
          {
            path: 'ideas/new',
            lazy: async () => ({ Component: (await import('@/features/bank/routes/idea-create-route')).IdeaCreateRoute }),
          },
          {
            path: 'ideas/curation',
            lazy: async () => ({ Component: (await import('@/features/bank/routes/curation-route')).CurationRoute }),
          },
          {
            path: 'ideas/:id',
            lazy: async () => ({ Component: (await import('@/features/bank/routes/idea-route')).IdeaRoute }),
          },
          {
            path: 'ideas/:id/edit',
            lazy: async () => ({ Component: (await import('@/features/bank/routes/idea-edit-route')).IdeaEditRoute }),
          },
          {
            path: 'competitions',
            lazy: async () => ({ Component: (await import('@/features/bank/routes/competitions-route')).CompetitionsRoute }),
          },
          {
            path: 'competitions/new',
            lazy: async () => ({
              Component: (await import('@/features/bank/routes/competition-create-route')).CompetitionCreateRoute,
            }),
          },
          {
            path: 'competitions/:id',
            lazy: async () => ({ Component: (await import('@/features/bank/routes/competition-route')).CompetitionRoute }),
          },
          {
            path: 'competitions/:id/edit',
            lazy: async () => ({
              Component: (await import('@/features/bank/routes/competition-edit-route')).CompetitionEditRoute,
            }),
          },
          {
            path: 'competitions/:id/jury',
            lazy: async () => ({ Component: (await import('@/features/bank/routes/jury-route')).JuryRoute }),
          },
          {
            path: 'competitions/:id/results',
            lazy: async () => ({ Component: (await import('@/features/bank/routes/results-route')).ResultsRoute }),
          },
          {
            path: 'events',
            lazy: async () => ({ Component: (await import('@/features/events/routes/events-route')).EventsRoute }),
          },
          {
            path: 'events/new',
            lazy: async () => ({ Component: (await import('@/features/events/routes/event-create-route')).EventCreateRoute }),
          },
          {
            path: 'events/:id',
            lazy: async () => ({ Component: (await import('@/features/events/routes/event-route')).EventRoute }),
          },
          {
            path: 'events/:id/edit',
            lazy: async () => ({ Component: (await import('@/features/events/routes/event-edit-route')).EventEditRoute }),
          },
          {
            path: 'events/:id/manage',
            lazy: async () => ({ Component: (await import('@/features/events/routes/event-manage-route')).EventManageRoute }),
          },
          {
            path: 'registrations/:code?',
            lazy: async () => ({
              Component: (await import('@/features/events/routes/registration-code-route')).RegistrationCodeRoute,
            }),
          },
          {
            path: 'notifications',
            lazy: async () => ({ Component: (await import('@/features/notifications/routes/notifications-route')).NotificationsRoute }),
          },
          {
            path: 'my-registrations',
            lazy: async () => ({
              Component: (await import('@/features/events/routes/my-registrations-route')).MyRegistrationsRoute,
            }),
          },
          {
            path: 'dashboard',
            lazy: async () => ({ Component: (await import('@/features/dashboard/routes/dashboard-route')).DashboardRoute }),
          },
          {
            path: 'sign-in',
            lazy: async () => ({ Component: (await import('@/features/auth/routes/sign-in-route')).SignInRoute }),
          },
          {
            path: 'account',
            lazy: async () => ({ Component: (await import('@/features/auth/routes/account-route')).AccountRoute }),
          },
          {
            path: 'admin/users',
            lazy: async () => ({ Component: (await import('@/features/users/routes/users-route')).UsersRoute }),
          },
          {
            path: 'admin/users/new',
            lazy: async () => ({ Component: (await import('@/features/users/routes/user-create-route')).UserCreateRoute }),
          },
          {
            path: 'admin/users/:id',
            lazy: async () => ({ Component: (await import('@/features/users/routes/user-edit-route')).UserEditRoute }),
          },
          {
            path: 'admin/api-keys',
            lazy: async () => ({ Component: (await import('@/features/api-keys/routes/api-keys-route')).ApiKeysRoute }),
          },
          {
            path: 'admin/audit',
            lazy: async () => ({ Component: (await import('@/features/audit/routes/audit-route')).AuditRoute }),
          },
          {
            path: 'admin/webhooks',
            lazy: async () => ({ Component: (await import('@/features/webhooks/routes/webhooks-route')).WebhooksRoute }),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
