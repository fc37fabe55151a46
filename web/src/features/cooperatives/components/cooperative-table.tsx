import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CooperativeListItem, Region, Sector } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { StatusBadge } from '@/features/cooperatives/components/status-badge';
import { LatinRun } from '@/components/latin-run';

type Props = { items: CooperativeListItem[]; regions: Region[] | undefined; sectors: Sector[] | undefined };

export function CooperativeTable({ items, regions, sectors }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.name')}</Table.Th>
            <Table.Th>{t('fields.registrationNumber')}</Table.Th>
            <Table.Th>{t('fields.region')}</Table.Th>
            <Table.Th>{t('fields.sectors')}</Table.Th>
            <Table.Th>{t('fields.membersTotal')}</Table.Th>
            <Table.Th>{t('fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/cooperatives/${c.id}`} fw={500}>
                  {fmt.name(c) || c.registrationNumber}
                </Anchor>
                {c.womenLed && (
                  <Badge ms="xs" size="xs" color="grape" variant="light">
                    {t('fields.womenLed')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <LatinRun size="sm" monospace data-testid="registration-number">
                  {c.registrationNumber}
                </LatinRun>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{fmt.name(findRegion(regions, c.regionCode)) || c.regionCode}</Text>
                <Text size="xs" c="dimmed">
                  {fmt.name(findProvince(regions, c.provinceCode)) || c.provinceCode}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {c.sectors.map((code) => (
                    <Badge key={code} size="sm" variant="outline">
                      {fmt.name(sectors?.find((s) => s.code === code)) || code}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                {t('directory.membersSummary', {
                  count: c.members.women,
                  total: fmt.number(c.members.total),
                  women: fmt.number(c.members.women),
                })}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={c.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
