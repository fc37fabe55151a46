import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import badges from '@/components/fit-badges.module.css';
import type { CompetitionStatus, IdeaStatus } from '@/lib/api/schema-types';

const IDEA_COLOURS: Record<IdeaStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  published: 'teal',
  returned: 'orange',
  archived: 'dark',
};

export function IdeaStatusBadge({ status, ...props }: { status: IdeaStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge className={badges.badge} color={IDEA_COLOURS[status]} variant="light" data-status={status} data-testid="idea-status" {...props}>
      {t(`bank.ideaStatus.${status}`)}
    </Badge>
  );
}

const COMPETITION_COLOURS: Record<CompetitionStatus, string> = {
  draft: 'gray',
  open: 'teal',
  judging: 'violet',
  resultsPublished: 'blue',
};

export function CompetitionStatusBadge({ status, ...props }: { status: CompetitionStatus } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge className={badges.badge} color={COMPETITION_COLOURS[status]} data-status={status} data-testid="competition-status" {...props}>
      {t(`bank.competitionStatus.${status}`)}
    </Badge>
  );
}
