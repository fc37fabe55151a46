import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EditRecordPage } from '@/components/edit-record-page';
import { useFormat } from '@/lib/i18n/format';
import { useProgram } from '@/features/programs/api/get-program';
import { useUpdateProgram } from '@/features/programs/api/update-program';
import { ProgramForm } from '@/features/programs/components/program-form';
import { programCommandFrom, programValuesFrom } from '@/features/programs/components/program-form-values';
import { canManageProgram } from '@/features/programs/components/program-access';

export function ProgramEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useProgram(id);
  const update = useUpdateProgram();
  const navigate = useNavigate();

  return (
    <EditRecordPage
      query={query}
      update={update}
      canEdit={(me, { program }) => canManageProgram(me, program.regions)}
      heading={({ program }) => <Title order={1}>{t('form.editTitle', { name: fmt.name(program) || program.code })}</Title>}
    >
      {({ program, etag }, stale) => (
        <ProgramForm
          key={`${program.id}-${program.version}`}
          initialValues={programValuesFrom(program, (x) => [fmt.name(x), x.acronym].filter(Boolean).join(' — '))}
          submitLabel={t('common.save')}
          pending={update.isPending}
          error={update.error}
          extra={stale}
          onSubmit={(values) =>
            update.mutate(
              { id, etag: etag ?? '', body: programCommandFrom(values) },
              { onSuccess: () => void navigate(`/programs/${id}`) },
            )
          }
        />
      )}
    </EditRecordPage>
  );
}
