import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EditRecordPage } from '@/components/edit-record-page';
import { useFormat, titleOf } from '@/lib/i18n/format';
import { useCall } from '@/features/programs/api/get-call';
import { useProgram } from '@/features/programs/api/get-program';
import { useUpdateCall } from '@/features/programs/api/update-call';
import { CallForm } from '@/features/programs/components/call-form';
import { callCommandFrom, callValuesFrom } from '@/features/programs/components/call-form-values';
import { canManageProgram } from '@/features/programs/components/program-access';
import { LocalizedText } from '@/components/localized-text';

export function CallEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useCall(id);
  const program = useProgram(query.data?.call.program.id ?? '');
  const update = useUpdateCall();
  const navigate = useNavigate();

  return (
    <EditRecordPage
      query={query}
      waitFor={[program]}
      update={update}
      canEdit={(me) => canManageProgram(me, program.data!.program.regions)}
      heading={({ call }) => (
        <div>
          <Title order={1}>{t('form.editTitle', { name: fmt.name(titleOf(call)) })}</Title>
          <Text c="dimmed">
            <LocalizedText value={call.program} />
          </Text>
        </div>
      )}
    >
      {({ call, etag }, stale) => (
        <CallForm
          key={`${call.id}-${call.version}`}
          initialValues={callValuesFrom(call)}
          submitLabel={t('common.save')}
          pending={update.isPending}
          error={update.error}
          extra={stale}
          onSubmit={(values) =>
            update.mutate({ id, etag: etag ?? '', body: callCommandFrom(values) }, { onSuccess: () => void navigate(`/calls/${id}`) })
          }
        />
      )}
    </EditRecordPage>
  );
}
