import { Alert, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EditRecordPage } from '@/components/edit-record-page';
import { useFormat, cooperativeOf, titleOf } from '@/lib/i18n/format';
import { useIdea } from '@/features/bank/api/get-idea';
import { useUpdateIdea } from '@/features/bank/api/save-idea';
import { useTransitionIdea } from '@/features/bank/api/transition-idea';
import { canEditIdea } from '@/features/bank/components/bank-access';
import { IdeaForm, type IdeaSubmitMode } from '@/features/bank/components/idea-form';
import { ideaUpdateFrom, ideaValuesFrom } from '@/features/bank/components/idea-form-values';

/** Edits a draft or returned idea (its side), showing the curator's comments; saves, or saves and submits again. */
export function IdeaEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useIdea(id);
  const update = useUpdateIdea();
  const move = useTransitionIdea();
  const navigate = useNavigate();
  const [mode, setMode] = useState<IdeaSubmitMode | null>(null);

  return (
    <EditRecordPage
      query={query}
      update={update}
      canEdit={(me, { idea }) => canEditIdea(me, idea)}
      refusal={({ idea }) =>
        idea.status === 'draft' || idea.status === 'returned' ? t('common.forbidden') : t('bank.form.notEditable')
      }
      heading={({ idea }) => (
        <>
          <Title order={1}>{t('bank.form.editTitle', { title: fmt.name(titleOf(idea)) })}</Title>
          {idea.status === 'returned' && (
            <Alert color="orange" title={t('bank.ideas.returnedTitle')} data-testid="curation-comment">
              <Text style={{ whiteSpace: 'pre-line' }} dir="auto">
                {idea.curationComment || t('bank.ideas.noComment')}
              </Text>
            </Alert>
          )}
        </>
      )}
    >
      {({ idea, etag }, stale) => (
        <IdeaForm
          key={`${idea.id}-${idea.version}`}
          initialValues={ideaValuesFrom(idea)}
          cooperativeName={fmt.name(cooperativeOf(idea)) || undefined}
          creating={false}
          pending={update.isPending || move.isPending ? mode : null}
          error={update.error ?? move.error}
          extra={stale}
          onSubmit={(values, submitMode) => {
            setMode(submitMode);
            update.mutate(
              { id, etag: etag ?? '', body: ideaUpdateFrom(values) },
              {
                onSuccess: () => {
                  if (submitMode === 'draft') {
                    void navigate(`/ideas/${id}`);
                    return;
                  }
                  move.mutate({ id, body: { to: 'submitted' } }, { onSettled: () => void navigate(`/ideas/${id}`) });
                },
              },
            );
          }}
        />
      )}
    </EditRecordPage>
  );
}
