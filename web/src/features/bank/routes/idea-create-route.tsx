import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireAccess } from '@/components/require-access';
import { useCreateIdea } from '@/features/bank/api/save-idea';
import { useTransitionIdea } from '@/features/bank/api/transition-idea';
import { canProposeIdea } from '@/features/bank/components/bank-access';
import { IdeaForm, type IdeaSubmitMode } from '@/features/bank/components/idea-form';
import { emptyIdea, ideaCommandFrom } from '@/features/bank/components/idea-form-values';

function CreateIdea() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateIdea();
  const move = useTransitionIdea();
  const [mode, setMode] = useState<IdeaSubmitMode | null>(null);

  return (
    <Stack>
      <Title order={1}>{t('bank.form.createTitle')}</Title>
      <Text c="dimmed">{t('bank.form.createIntro')}</Text>
      <IdeaForm
        initialValues={emptyIdea}
        creating
        pending={create.isPending || move.isPending ? mode : null}
        error={create.error ?? move.error}
        onSubmit={(values, submitMode) => {
          setMode(submitMode);
          create.mutate(ideaCommandFrom(values), {
            onSuccess: ({ idea }) => {
              if (submitMode === 'draft') {
                void navigate(`/ideas/${idea.id}`);
                return;
              }
              // Saved as a draft first; if the submission then fails, the draft page says why.
              move.mutate(
                { id: idea.id, body: { to: 'submitted' } },
                { onSettled: () => void navigate(`/ideas/${idea.id}`) },
              );
            },
          });
        }}
      />
    </Stack>
  );
}

/** Proposes an idea: a draft (staff, or a cooperative's manager), saved and possibly submitted for curation at once. */
export function IdeaCreateRoute() {
  return (
    <RequireAccess allow={canProposeIdea}>
      <CreateIdea />
    </RequireAccess>
  );
}
