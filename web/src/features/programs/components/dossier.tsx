import { Alert, Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailField } from '@/components/detail-field';
import { useFormat } from '@/lib/i18n/format';
import type { ApplicationDetails, CallDetails, ProgramDetails } from '@/lib/api/schema-types';
import { EligibilityFailures } from '@/features/programs/components/eligibility-failures';
import { LocalizedText } from '@/components/localized-text';

/** The dossier as filed: project, support asked for, linked documents. */
export function Dossier({ application, call, program }: { application: ApplicationDetails; call: CallDetails; program: ProgramDetails | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const entries = Object.fromEntries(application.documents.map((d) => [d.key, d]));
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('programs.application.dossier')}
      </Title>
      <Stack gap="sm">
        <DetailField label={t('programs.application.projectSummary')}>
          {application.projectSummary && (
            <Text style={{ whiteSpace: 'pre-line' }} dir="auto">
              {application.projectSummary}
            </Text>
          )}
        </DetailField>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DetailField label={t('programs.application.requestedAxes')}>
            {application.requestedAxes.length > 0 && (
              <Group gap={4}>
                {application.requestedAxes.map((code) => (
                  <Badge key={code} variant="outline">
                    {fmt.name(program?.supportAxes.find((a) => a.code === code)) || code}
                  </Badge>
                ))}
              </Group>
            )}
          </DetailField>
          <DetailField label={t('programs.application.requestedAmount', { currency: program?.currency ?? 'MAD' })}>
            {application.requestedAmount != null ? fmt.number(application.requestedAmount) : ''}
          </DetailField>
        </SimpleGrid>
        <DetailField label={t('programs.application.documents')}>
          <List size="sm" spacing={2}>
            {call.documents.map((d) => (
              <List.Item key={d.key}>
                <LocalizedText value={d} empty={d.key} />:{' '}
                {entries[d.key]?.file ? (
                  <>
                    <Anchor
                      href={entries[d.key]!.file!.contentUrl ?? undefined}
                      download={entries[d.key]!.file!.fileName}
                      dir="auto"
                      style={{ overflowWrap: 'anywhere' }}
                      data-testid="application-document"
                    >
                      {entries[d.key]!.file!.fileName}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      {entries[d.key]!.file!.pinnedAt
                        ? t('programs.application.pinnedOn', { date: fmt.date(entries[d.key]!.file!.pinnedAt!.slice(0, 10)) })
                        : t('programs.application.fromVault')}
                    </Text>
                  </>
                ) : entries[d.key]?.url ? (
                  <Anchor href={entries[d.key]!.url!} target="_blank" rel="noopener noreferrer" dir="ltr">
                    {entries[d.key]!.url}
                  </Anchor>
                ) : (
                  <Text span c="dimmed">
                    {t('programs.application.notLinked')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </DetailField>
      </Stack>
    </Card>
  );
}

/** Eligible, or not with each reason; the override is marked. */
export function EligibilityResult({ application }: { application: ApplicationDetails }) {
  const { t } = useTranslation();
  if (application.status === 'eligible' || (application.eligibility.length === 0 && application.status !== 'ineligible')) {
    return (
      <Alert color="green" title={t('programs.application.eligibleTitle')} data-testid="eligibility-result" data-eligible="true">
        {application.eligibilityOverridden ? t('programs.application.eligibleOverridden') : t('programs.application.eligibleText')}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('programs.application.ineligibleTitle')} data-testid="eligibility-result" data-eligible="false">
      {application.eligibilityOverridden && (
        <Text size="sm" mb="xs">
          {t('programs.application.ineligibleOverridden')}
        </Text>
      )}
      {application.eligibility.length > 0 && <EligibilityFailures failures={application.eligibility} />}
    </Alert>
  );
}
