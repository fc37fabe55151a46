import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import { useCheckInByCode } from '@/features/events/api/check-in';
import { normaliseCode } from '@/features/events/api/registration-by-code';
import { registrantName } from '@/features/events/components/event-text';
import { problemMessage } from '@/lib/forms/problem-message';

/** At the door: type (or scan) the code a participant shows and check them in; checking in twice is harmless. */
export function CheckInByCode({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [code, setCode] = useState('');
  const checkIn = useCheckInByCode();
  const result = checkIn.data;
  const error = problemMessage(t, 'events', checkIn.error);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const normalised = normaliseCode(code);
        if (!normalised) return;
        checkIn.mutate({ eventId, code: normalised }, { onSuccess: () => setCode('') });
      }}
    >
      <Group align="end" gap="xs">
        <TextInput
          label={t('events.checkIn.codeLabel')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          dir="ltr"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          w={{ base: '100%', sm: 380 }}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" loading={checkIn.isPending}>
          {t('events.checkIn.button')}
        </Button>
      </Group>
      {result && !checkIn.isPending && (
        <Alert
          mt="xs"
          color={result.alreadyCheckedIn ? 'yellow' : 'teal'}
          role="status"
          data-testid="check-in-result"
        >
          {result.alreadyCheckedIn
            ? t('events.checkIn.already', {
                name: registrantName(result.registration, fmt.language),
                time: fmt.dateTime(result.registration.checkedInAt),
              })
            : t('events.checkIn.done', { name: registrantName(result.registration, fmt.language) })}
        </Alert>
      )}
      {error && (
        <Alert mt="xs" color="red" role="alert" data-testid="check-in-error">
          {error}
        </Alert>
      )}
    </form>
  );
}
