import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/get-me';
import { isStaff, managedCooperatives } from '@/lib/auth/permissions';
import { useFormat, cooperativeOf, titleOf } from '@/lib/i18n/format';
import { useEnterCompetition } from '@/features/bank/api/enter-competition';
import { useIdeas } from '@/features/bank/api/get-ideas';
import { problemMessage } from '@/lib/forms/problem-message';
import { Busy } from '@/components/busy';

type Props = { competitionId: string; entered: readonly string[]; opened: boolean; onClose: () => void };

/**
 * Enters one of the caller's published ideas: those of the cooperatives a manager acts for; staff may enter any
 * published idea (found by search). Ideas already entered are left out.
 */
export function EnterIdeaDialog({ competitionId, entered, opened, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const staff = isStaff(me);
  const own = managedCooperatives(me);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  // The list has no cooperative filter: a manager's ideas are picked out of the published ones.
  const ideas = useIdeas({ status: 'published', q: debounced || undefined }, 100);
  const enter = useEnterCompetition();
  const [ideaId, setIdeaId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const candidates = (ideas.data?.items ?? []).filter(
    (i) => !entered.includes(i.id) && (staff || (!!i.cooperativeId && own.includes(i.cooperativeId))),
  );
  const general = problemMessage(t, 'bank', enter.error);
  const close = () => {
    enter.reset();
    setIdeaId(null);
    setMissing(false);
    setQ('');
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('bank.entries.enterTitle')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!ideaId) {
            setMissing(true);
            return;
          }
          enter.mutate({ competitionId, ideaId }, { onSuccess: close });
        }}
      >
        <Stack>
          <Text size="sm">{t('bank.entries.enterText')}</Text>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <TextInput
            type="search"
            label={t('bank.entries.searchIdea')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            // The search's progress sits in the box, so the list never jumps under a finger about to choose.
            rightSection={ideas.isFetching ? <Busy size="xs" /> : null}
          />
          {ideas.data && candidates.length === 0 && <Text c="dimmed">{t('bank.entries.noIdea')}</Text>}
          {candidates.length > 0 && (
            <Radio.Group
              label={t('bank.entries.pickIdea')}
              required
              value={ideaId}
              onChange={(v) => {
                setIdeaId(v);
                setMissing(false);
              }}
              error={missing ? t('bank.entries.ideaRequired') : undefined}
            >
              <Stack gap={6} mt="xs" mah={360} style={{ overflowY: 'auto' }}>
                {candidates.map((i) => (
                  <Radio
                    key={i.id}
                    value={i.id}
                    label={fmt.name(titleOf(i))}
                    description={fmt.name(cooperativeOf(i)) || undefined}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={enter.isPending}>
              {t('bank.entries.enter')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
