import { Alert, Button, Group, Modal, Radio, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import type { MemberType } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { problemDetail } from '@/lib/forms/problem-message';
import { todayInCasablanca, useFormat } from '@/lib/i18n/format';
import { useAddNetworkMember } from '@/features/networks/api/add-network-member';
import { useCooperativeSearch } from '@/lib/directory/search-cooperatives';
import { useOrganisationSearch } from '@/lib/directory/search-organisations';

type Props = { networkId: string; opened: boolean; onClose: () => void };

type Candidate = { id: string; label: string; hint: string };

export function AddMemberDialog({ networkId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [memberType, setMemberType] = useState<MemberType>('cooperative');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [joinedOn, setJoinedOn] = useState(todayInCasablanca());
  const add = useAddNetworkMember();
  const cooperatives = useCooperativeSearch(memberType === 'cooperative' ? debounced : '');
  const organisations = useOrganisationSearch(memberType === 'organisation' ? debounced : '');
  const search = memberType === 'cooperative' ? cooperatives : organisations;

  const candidates: Candidate[] =
    memberType === 'cooperative'
      ? (cooperatives.data?.items ?? []).map((c) => ({ id: c.id, label: fmt.name(c) || c.registrationNumber, hint: c.registrationNumber }))
      : (organisations.data?.items ?? []).map((o) => ({
          id: o.id,
          label: fmt.name(o) || o.acronym || '',
          hint: [o.acronym, t(`organisationKind.${o.kind}`)].filter(Boolean).join(' · '),
        }));

  const close = () => {
    add.reset();
    setQ('');
    setMemberId(null);
    setMemberType('cooperative');
    onClose();
  };
  const errors = fieldErrorsOf(add.error);
  const general = add.error
    ? isApiError(add.error) && add.error.problem.code === 'network.already_member'
      ? t('networks.alreadyMember')
      : isApiError(add.error) && add.error.problem.code === 'network.member_dissolved'
        ? t('networks.memberDissolved')
        : Object.keys(errors).length > 0
          ? Object.values(errors).join(' ')
          : problemDetail(t, add.error)
    : null;

  return (
    <Modal opened={opened} onClose={close} title={t('networks.addMember')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!memberId) return;
          add.mutate({ networkId, body: { memberType, memberId, joinedOn: joinedOn || null } }, { onSuccess: close });
        }}
      >
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <SegmentedControl
            aria-label={t('networks.memberType')}
            value={memberType}
            onChange={(v) => {
              setMemberType(v as MemberType);
              setMemberId(null);
            }}
            data={[
              { value: 'cooperative', label: t('memberType.cooperative') },
              { value: 'organisation', label: t('memberType.organisation') },
            ]}
          />
          <TextInput
            type="search"
            label={memberType === 'cooperative' ? t('networks.searchCooperative') : t('networks.searchOrganisation')}
            description={t('networks.searchHint')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            data-autofocus
          />
          {debounced.length >= 2 && search.isFetching && <Text c="dimmed">{t('common.loading')}</Text>}
          {debounced.length >= 2 && search.data && candidates.length === 0 && (
            <Text c="dimmed">{t('networks.noMatch')}</Text>
          )}
          {candidates.length > 0 && (
            <Radio.Group label={t('networks.pickMember')} value={memberId} onChange={setMemberId}>
              <Stack gap={6} mt="xs">
                {candidates.map((c) => (
                  <Radio key={c.id} value={c.id} label={c.label} description={c.hint} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <TextInput
            type="date"
            label={t('networks.joinedOn')}
            value={joinedOn}
            onChange={(e) => setJoinedOn(e.currentTarget.value)}
            error={errors.joinedOn}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!memberId} loading={add.isPending}>
              {t('networks.addMember')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
