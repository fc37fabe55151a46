import { Anchor, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EditRecordPage } from '@/components/edit-record-page';
import { RequireAccess } from '@/components/require-access';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat, titleOf } from '@/lib/i18n/format';
import { useEvent } from '@/features/events/api/get-event';
import { useUpdateEvent } from '@/features/events/api/update-event';
import { canOrganise } from '@/features/events/components/event-access';
import { EventForm } from '@/features/events/components/event-form';
import { eventCommandFrom, eventLabelsFrom, eventValuesFrom } from '@/features/events/components/event-form-values';

function EditEvent() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useEvent(id);
  const update = useUpdateEvent();
  const navigate = useNavigate();

  return (
    <EditRecordPage
      query={query}
      update={update}
      canEdit={(me, { event }) => canOrganise(me, event)}
      heading={({ event }) => (
        <>
          <Anchor component={Link} to={`/events/${event.id}`} size="sm">
            {t('events.manage.backToEvent')}
          </Anchor>
          <Title order={1}>{t('form.editTitle', { name: fmt.name(titleOf(event)) })}</Title>
        </>
      )}
    >
      {({ event, etag }, stale) => (
        <EventForm
          key={`${event.id}-${event.version}`}
          initialValues={eventValuesFrom(event)}
          initialLabels={eventLabelsFrom(event, fmt.language)}
          submitLabel={t('common.save')}
          pending={update.isPending}
          error={update.error}
          extra={stale}
          onSubmit={(values) =>
            update.mutate(
              { id, etag: etag ?? '', body: eventCommandFrom(values) },
              { onSuccess: () => void navigate(`/events/${id}`) },
            )
          }
        />
      )}
    </EditRecordPage>
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
