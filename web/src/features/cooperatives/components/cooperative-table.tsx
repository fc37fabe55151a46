import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '@/components/list-table';
import type { CooperativeListItem, Region, Sector } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { StatusBadge } from '@/features/cooperatives/components/status-badge';
import { LatinRun } from '@/components/latin-run';
import { LocalizedText } from '@/components/localized-text';

type Props = { items: CooperativeListItem[]; regions: Region[] | undefined; sectors: Sector[] | undefined };

/** The directory's results: a table on a wide screen, cards (name, region, sectors, status…) on a phone. */
export function CooperativeTable({ items, regions, sectors }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ListTable
      items={items}
      rowKey={(c) => c.id}
      minWidth={800}
      testId="cooperative-list"
      rowTestId="cooperative-row"
      columns={[
        {
          key: 'name',
          label: t('fields.name'),
          render: (c) => (
            <>
              <Anchor component={Link} to={`/cooperatives/${c.id}`} fw={500}>
                <LocalizedText value={c} empty={c.registrationNumber} />
              </Anchor>
              {c.womenLed && (
                <Badge ms="xs" size="xs" color="grape" variant="light">
                  {t('fields.womenLed')}
                </Badge>
              )}
            </>
          ),
        },
        {
          key: 'registrationNumber',
          label: t('fields.registrationNumber'),
          render: (c) => (
            <LatinRun size="sm" monospace data-testid="registration-number">
              {c.registrationNumber}
            </LatinRun>
          ),
        },
        {
          key: 'region',
          label: t('fields.region'),
          render: (c) => (
            <>
              <Text size="sm">{fmt.name(findRegion(regions, c.regionCode)) || c.regionCode}</Text>
              <Text size="xs" c="dimmed">
                {fmt.name(findProvince(regions, c.provinceCode)) || c.provinceCode}
              </Text>
            </>
          ),
        },
        {
          key: 'sectors',
          label: t('fields.sectors'),
          render: (c) => (
            <Group gap={4}>
              {c.sectors.map((code) => (
                <Badge key={code} size="sm" variant="outline">
                  {fmt.name(sectors?.find((s) => s.code === code)) || code}
                </Badge>
              ))}
            </Group>
          ),
        },
        {
          key: 'members',
          label: t('fields.membersTotal'),
          render: (c) =>
            t('directory.membersSummary', {
              count: c.members.women,
              total: fmt.number(c.members.total),
              women: fmt.number(c.members.women),
            }),
        },
        { key: 'status', label: t('fields.status'), render: (c) => <StatusBadge status={c.status} /> },
      ]}
    />
  );
}
