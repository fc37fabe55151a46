import { Anchor, Badge, Box, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useFormat } from '@/lib/i18n/format';
import type { DocumentDetails } from '@/lib/api/schema-types';
import { useCooperativeDocuments } from '@/features/documents/api/get-cooperative-documents';
import { DeleteDocumentButton } from '@/features/documents/components/delete-document-button';
import { DocumentThumbnail } from '@/features/documents/components/document-thumbnail';
import { expiryState, todayInCasablanca } from '@/features/documents/components/expiry';
import { UploadDocumentForm } from '@/features/documents/components/upload-document-form';

/** The cooperative's vault on its page: for its managers, staff of its region and administrators only. */
export function DocumentVault({ cooperativeId, today = todayInCasablanca() }: { cooperativeId: string; today?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useCooperativeDocuments(cooperativeId);
  return (
    <Card withBorder data-testid="document-vault" id="vault">
      <Title order={2} size="h4" mb="sm">
        {t('documents.title')}
      </Title>
      {query.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('documents.quota', { used: fmt.number(Math.ceil(query.data.usedBytes / 1024)), quota: fmt.number(Math.floor(query.data.quotaBytes / 1024)) })}
          </Text>
          {query.data.items.length === 0 ? (
            <Text c="dimmed">{t('documents.empty')}</Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('documents.title')}>
              {query.data.items.map((document) => (
                <DocumentItem key={document.id} document={document} today={today} />
              ))}
            </Stack>
          )}
          <Box mt="sm" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <UploadDocumentForm cooperativeId={cooperativeId} />
          </Box>
        </Stack>
      )}
    </Card>
  );
}

function DocumentItem({ document, today }: { document: DocumentDetails; today: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const state = expiryState(document.expiresOn, today);
  return (
    <Paper component="li" withBorder p="xs" data-testid="document-item">
      <Group justify="space-between" align="start" wrap="nowrap" gap="xs">
        <DocumentThumbnail document={document} />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6}>
            <Text fw={600}>{t(`documents.kinds.${document.kind}`)}</Text>
            {state === 'soon' && (
              <Badge color="orange" variant="light">
                {t('documents.expiresSoon')}
              </Badge>
            )}
            {state === 'expired' && (
              <Badge color="red" variant="light">
                {t('documents.expired')}
              </Badge>
            )}
          </Group>
          <Anchor href={document.contentUrl} download={document.fileName} size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {document.fileName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[
              document.issuedOn ? t('documents.issuedOnValue', { date: fmt.date(document.issuedOn) }) : null,
              document.expiresOn ? t('documents.expiresOnValue', { date: fmt.date(document.expiresOn) }) : null,
              t('documents.size', { size: fmt.number(Math.max(1, Math.round(document.sizeBytes / 1024))) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <DeleteDocumentButton document={document} />
      </Group>
    </Paper>
  );
}
