import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireAccess } from '@/components/require-access';
import { useCreateEvent } from '@/features/events/api/create-event';
import { canCreateEvent } from '@/features/events/components/event-access';
import { EventForm } from '@/features/events/components/event-form';
import { emptyEvent, eventCommandFrom } from '@/features/events/components/event-form-values';

function CreateEvent() {
  const { t } = useTranslation();
  const create = useCreateEvent();
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={1}>{t('events.createTitle')}</Title>
      <EventForm
        initialValues={emptyEvent}
        submitLabel={t('events.form.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(eventCommandFrom(values), { onSuccess: ({ event }) => void navigate(`/events/${event.id}`) })
        }
      />
    </Stack>
  );
}

/** Staff create an event (the server checks it is in their region). */
export function EventCreateRoute() {
  return (
    <RequireAccess allow={canCreateEvent}>
      <CreateEvent />
    </RequireAccess>
  );
}
