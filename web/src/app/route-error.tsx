import { Alert, Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Container py="xl">
      <Stack>
        <Alert color="red" title={t('common.errorTitle')} role="alert">
          {error instanceof Error ? error.message : t('common.errorText')}
        </Alert>
        <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
      </Stack>
    </Container>
  );
}
