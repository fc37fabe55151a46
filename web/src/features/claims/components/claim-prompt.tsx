import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '@/lib/auth/get-me';

/**
 * What a signed-in account without any role sees above every page (she lands on the directory after signing in):
 * the way to claim her cooperative. Hidden on the claim page itself.
 */
export function ClaimPrompt() {
  const { t } = useTranslation();
  const me = useMe().data;
  const location = useLocation();
  if (!me || me.actorType !== 'user' || me.roles.length > 0 || location.pathname === '/claim') return null;
  return (
    <Alert color="blue" mb="md" data-testid="claim-prompt">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="sm">{t('claimPrompt.text')}</Text>
        <Button component={Link} to="/claim" size="md" mih={44}>
          {t('claimPrompt.action')}
        </Button>
      </Group>
    </Alert>
  );
}
