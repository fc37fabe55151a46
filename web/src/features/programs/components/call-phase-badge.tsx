import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import badges from '@/components/fit-badges.module.css';
import type { CallDetails } from '@/lib/api/schema-types';
import { phaseOf } from '@/features/programs/components/call-text';

/** Open / upcoming / closed, or draft / cancelled for calls not published. */
export function CallPhaseBadge({ call }: { call: CallDetails }) {
  const { t } = useTranslation();
  if (call.status !== 'published') {
    return (
      <Badge className={badges.badge} color={call.status === 'draft' ? 'gray' : 'red'} variant="outline">
        {t(`programs.callStatus.${call.status}`)}
      </Badge>
    );
  }
  const phase = phaseOf(call);
  return (
    <Badge className={badges.badge} color={phase === 'open' ? 'teal' : phase === 'upcoming' ? 'blue' : 'gray'} variant="light">
      {t(`programs.phase.${phase}`)}
    </Badge>
  );
}
