import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import badges from '@/components/fit-badges.module.css';
import type { CooperativeStatus } from '@/lib/api/schema-types';

const COLORS: Record<CooperativeStatus, string> = {
  active: 'teal',
  dormant: 'yellow',
  inLiquidation: 'orange',
  dissolved: 'gray',
};

export function StatusBadge({ status }: { status: CooperativeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge className={badges.badge} color={COLORS[status]} variant="light" autoContrast>
      {t(`status.${status}`)}
    </Badge>
  );
}
