import { Alert, Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { Pager } from '@/components/pager';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { ELIGIBLE_PAGE_SIZE, useEligibleCooperatives } from '@/features/programs/api/get-eligible-cooperatives';
import { LatinRun } from '@/components/latin-run';
import { LocalizedText } from '@/components/localized-text';

/** Registry cooperatives meeting every rule of the call that have not applied: whom to invite, or apply for. */
export function InvitePanel({ callId, open }: { callId: string; open: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  const [page, setPage] = useState(1);
  const list = useEligibleCooperatives(callId, page);
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / ELIGIBLE_PAGE_SIZE));

  return (
    <Stack>
      <Text c="dimmed">{t('programs.invite.intro')}</Text>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {list.data && (
        <Text fw={500}>{t('programs.invite.count', { count: list.data.total, formatted: fmt.number(list.data.total) })}</Text>
      )}
      {list.data && list.data.items.length === 0 && <Alert color="gray">{t('programs.invite.empty')}</Alert>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="invite-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('fields.registrationNumber')}</Table.Th>
                <Table.Th>{t('fields.region')}</Table.Th>
                <Table.Th>{t('fields.membersTotal')}</Table.Th>
                <Table.Th>{t('programs.board.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((c) => {
                const name = fmt.name(c) || c.registrationNumber;
                return (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/cooperatives/${c.id}`}>
                        <LocalizedText value={c} empty={c.registrationNumber} />
                      </Anchor>
                      {c.womenLed && (
                        <Badge ms="xs" size="xs" color="grape" variant="light">
                          {t('fields.womenLed')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <LatinRun size="sm" monospace>
                        {c.registrationNumber}
                      </LatinRun>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{fmt.name(findRegion(regions, c.regionCode)) || c.regionCode}</Text>
                      <Text size="xs" c="dimmed">
                        {fmt.name(findProvince(regions, c.provinceCode)) || c.provinceCode}
                      </Text>
                    </Table.Td>
                    <Table.Td>{fmt.number(c.membersTotal)}</Table.Td>
                    <Table.Td>
                      {open && (
                        <Button
                          component={Link}
                          to={`/calls/${callId}/apply?cooperativeId=${c.id}`}
                          size="xs"
                          variant="light"
                          aria-label={t('programs.invite.applyFor', { name })}
                        >
                          {t('programs.invite.apply')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pager pages={pages} page={page} onChange={setPage} />
    </Stack>
  );
}
