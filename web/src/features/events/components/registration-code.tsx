import { Alert, Anchor, Button, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "ABCDEFGH…" in groups of four, easier to read out or copy by hand (spaces are ignored when it is typed back). */
export function groupCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * The self-service code of a new registration, shown once: large, with a copy button, the page where it is used,
 * and why it must be kept.
 */
export function RegistrationCode({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" bg="var(--mantine-color-yellow-0)" data-testid="registration-code-card">
      <Stack gap="xs">
        <Text fw={600}>{t('events.code.title')}</Text>
        <Text
          ff="monospace"
          fz={{ base: 'lg', sm: 'xl' }}
          fw={700}
          dir="ltr"
          ta="center"
          style={{ letterSpacing: '0.05em', wordBreak: 'break-all' }}
          data-testid="registration-code"
          data-code={code}
        >
          {groupCode(code)}
        </Text>
        <Group justify="center" gap="xs">
          <CopyButton value={code}>
            {({ copied, copy }) => (
              <Button size="xs" variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? t('events.code.copied') : t('events.code.copy')}
              </Button>
            )}
          </CopyButton>
          <Anchor component={Link} to={`/registrations/${code}`} size="sm">
            {t('events.code.open')}
          </Anchor>
        </Group>
        <Alert color="yellow" variant="light" p="xs">
          <Text size="sm">{t('events.code.explain')}</Text>
          <Text size="sm" fw={600}>
            {t('events.code.once')}
          </Text>
        </Alert>
      </Stack>
    </Paper>
  );
}
