import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useEvent } from '@/features/events/api/get-event';
import { useUpdateEvent } from '@/features/events/api/update-event';
import { canOrganise } from '@/features/events/components/event-access';
import { EventForm, eventCommandFrom, eventLabelsFrom, eventValuesFrom } from '@/features/events/components/event-form';
import { titleOf } from '@/features/events/components/event-text';

function EditEvent() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const query = useEvent(id);
  const update = useUpdateEvent();
  const navigate = useNavigate();

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { event, etag } = query.data;
  if (!canOrganise(me, event)) {
    return (
      <Alert color="red" role="alert">
        {t('common.forbidden')}
      </Alert>
    );
  }

  return (
    <Stack>
      <Anchor component={Link} to={`/events/${event.id}`} size="sm">
        {t('events.manage.backToEvent')}
      </Anchor>
      <Title order={1}>{t('form.editTitle', { name: fmt.name(titleOf(event)) })}</Title>
      <EventForm
        key={`${event.id}-${event.version}`}
        initialValues={eventValuesFrom(event)}
        initialLabels={eventLabelsFrom(event, fmt.language)}
        submitLabel={t('common.save')}
        pending={update.isPending}
        error={update.error}
        extra={
          <StaleRecordAlert
            error={update.error}
            onReload={() => {
              update.reset();
              void query.refetch();
            }}
          />
        }
        onSubmit={(values) =>
          update.mutate(
            { id, etag: etag ?? '', body: eventCommandFrom(values) },
            { onSuccess: () => void navigate(`/events/${id}`) },
          )
        }
      />
    </Stack>
  );
}

/** The organisers change an event: If-Match with the version read; a concurrent change is a 412 to reload. */
export function EventEditRoute() {
  return (
    <RequireAccess allow={isStaff}>
      <EditEvent />
    </RequireAccess>
  );
}
