import { Alert, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/get-me';
import { useFormat, titleOf } from '@/lib/i18n/format';
import type { IdeaDetails, IdeaStatus } from '@/lib/api/schema-types';
import { useTransitionIdea } from '@/features/bank/api/transition-idea';
import { canAdopt, canCurate, canEditIdea } from '@/features/bank/components/bank-access';
import { AdoptDialog } from '@/features/bank/components/adopt-dialog';
import { problemMessage, problemCode } from '@/lib/forms/problem-message';
import { ReturnDialog } from '@/features/bank/components/return-dialog';

/**
 * What the caller can do with the idea: edit and submit it (its side, while draft or returned), curate it
 * (staff: publish or return a submitted idea, archive a published one), and take it up (a published idea).
 */
export function IdeaActions({ idea }: { idea: IdeaDetails }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const move = useTransitionIdea();
  const [returning, setReturning] = useState<{ id: string; title: string } | null>(null);
  const [adoptOpen, adopt] = useDisclosure(false);
  const title = fmt.name(titleOf(idea));
  const editable = canEditIdea(me, idea);
  const curator = canCurate(me);
  const go = (to: IdeaStatus) => move.mutate({ id: idea.id, body: { to } });
  const allowed =
    problemCode(move.error) === 'idea.transition_not_allowed' && isApiError(move.error)
      ? ((move.error.problem.allowed as string[] | undefined) ?? [])
      : null;
  const general = allowed
    ? t('bank.errors.idea_transition_not_allowed_list', {
        list: allowed.map((s) => t(`bank.ideaStatus.${s}`)).join(t('bank.listSeparator')) || t('bank.ideas.noMove'),
      })
    : problemMessage(t, 'bank', move.error);

  return (
    <>
      <Group gap="xs">
        {editable && (
          <Button component={Link} to={`/ideas/${idea.id}/edit`} variant="light">
            {t('bank.ideas.edit')}
          </Button>
        )}
        {editable && (
          <Button onClick={() => go('submitted')} loading={move.isPending && move.variables?.body.to === 'submitted'}>
            {t('bank.ideas.submit')}
          </Button>
        )}
        {curator && idea.status === 'submitted' && (
          <>
            <Button color="teal" onClick={() => go('published')} loading={move.isPending && move.variables?.body.to === 'published'}>
              {t('bank.curation.publish')}
            </Button>
            <Button color="orange" variant="light" onClick={() => setReturning({ id: idea.id, title })}>
              {t('bank.curation.return')}
            </Button>
          </>
        )}
        {curator && idea.status === 'published' && (
          <Button
            color="gray"
            variant="light"
            onClick={() => go('archived')}
            loading={move.isPending && move.variables?.body.to === 'archived'}
          >
            {t('bank.curation.archive')}
          </Button>
        )}
        {idea.status === 'published' && canAdopt(me) && (
          <Button variant="outline" onClick={adopt.open}>
            {t('bank.adoption.adopt')}
          </Button>
        )}
      </Group>
      {general && (
        <Alert color="red" role="alert" data-testid="idea-action-error">
          {general}
        </Alert>
      )}
      <ReturnDialog idea={returning} onClose={() => setReturning(null)} />
      {idea.status === 'published' && canAdopt(me) && <AdoptDialog ideaId={idea.id} opened={adoptOpen} onClose={adopt.close} />}
    </>
  );
}
