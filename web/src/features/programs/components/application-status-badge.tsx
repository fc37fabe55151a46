import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import badges from '@/components/fit-badges.module.css';
import type { ApplicationStatus } from '@/lib/api/schema-types';

const COLORS: Record<ApplicationStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  eligible: 'teal',
  ineligible: 'red',
  underReview: 'indigo',
  selected: 'green',
  waitlisted: 'yellow',
  rejected: 'red',
  supported: 'grape',
  completed: 'dark',
  withdrawn: 'gray',
};

export function ApplicationStatusBadge({ status, ...props }: { status: ApplicationStatus } & Omit<BadgeProps, 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge className={badges.badge} color={COLORS[status]} variant={status === 'withdrawn' ? 'outline' : 'light'} data-status={status} {...props}>
      {t(`programs.applicationStatus.${status}`)}
    </Badge>
  );
}
