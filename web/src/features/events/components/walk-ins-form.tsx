import { Alert, Button, Group, NumberInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useRecordWalkIns } from '@/features/events/api/record-walk-ins';
import { problemMessage } from '@/lib/forms/problem-message';

/** The manual headcount of people present without a registration ("about 80 participants"). */
export function WalkInsForm({ eventId, walkIns }: { eventId: string; walkIns: number }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | string>(walkIns);
  useEffect(() => setValue(walkIns), [walkIns]);
  const record = useRecordWalkIns();
  const fieldError = fieldErrorsOf(record.error).walkIns;
  const error = fieldError ? null : problemMessage(t, 'events', record.error);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (value === '' || Number.isNaN(Number(value))) return;
        record.mutate({ id: eventId, walkIns: Number(value) });
      }}
    >
      <Group align="end" gap="xs">
        <NumberInput
          label={t('events.walkIns.label')}
          description={t('events.walkIns.hint')}
          min={0}
          max={100000}
          allowDecimal={false}
          allowNegative={false}
          value={value}
          onChange={setValue}
          error={fieldError}
          w={280}
        />
        <Button type="submit" loading={record.isPending}>
          {t('events.walkIns.save')}
        </Button>
      </Group>
      {record.isSuccess && (
        <Alert mt="xs" color="teal" role="status" data-testid="walk-ins-saved">
          {t('events.walkIns.saved')}
        </Alert>
      )}
      {error && (
        <Alert mt="xs" color="red" role="alert">
          {error}
        </Alert>
      )}
    </form>
  );
}
