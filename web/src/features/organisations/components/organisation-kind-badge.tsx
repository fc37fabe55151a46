import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import badges from '@/components/fit-badges.module.css';
import type { OrganisationKind } from '@/lib/api/schema-types';

const COLORS: Record<OrganisationKind, string> = {
  association: 'teal',
  publicBody: 'blue',
  donor: 'grape',
  hub: 'orange',
  company: 'cyan',
  other: 'gray',
};

export function OrganisationKindBadge({ kind }: { kind: OrganisationKind }) {
  const { t } = useTranslation();
  return (
    <Badge className={badges.badge} variant="light" color={COLORS[kind]}>
      {t(`organisationKind.${kind}`)}
    </Badge>
  );
}
