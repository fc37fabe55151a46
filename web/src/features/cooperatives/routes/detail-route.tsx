import { Anchor, Badge, Button, Card, Grid, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useDeferredValue, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { ContactFields, DetailField } from '@/components/detail-field';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { canChangeStatus, canEditCooperative, canManageRegion } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useLegalForms } from '@/lib/reference/get-legal-forms';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { useCooperative } from '@/features/cooperatives/api/get-cooperative';
import { StatusBadge } from '@/features/cooperatives/components/status-badge';
import { StatusHistory } from '@/features/cooperatives/components/status-history';
import { LatinRun } from '@/components/latin-run';
import { LocalizedText } from '@/components/localized-text';

// The status dialog (a modal with a select and a form) only for those who may change the status: an anonymous visit
// on a phone does not download it (issue 16).
const StatusChangeDialog = lazy(async () => ({
  default: (await import('@/features/cooperatives/components/status-change-dialog')).StatusChangeDialog,
}));

type Slot = ComponentType<{ cooperativeId: string }>;

/**
 * The cooperative's page. The app layer hands it the document vault and the registry contact's consent (other
 * features, so not imported here); the vault is shown to those who keep the cooperative's documents, the consent to
 * staff of its region and administrators, and an anonymous visit downloads neither.
 */
export function DetailRoute({ vault: Vault, contactConsent: ContactConsent }: { vault?: Slot; contactConsent?: Slot } = {}) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useCooperative(id);
  const regions = useRegions().data;
  const sectors = useSectors().data;
  const legalForms = useLegalForms().data;
  const me = useMe().data;
  const [statusOpen, status] = useDisclosure(false);
  // The page renders as a transition when the cooperative arrives: React renders it in slices and a slow phone
  // answers in between (issue 16: one long task of the whole page before).
  const data = useDeferredValue(query.data);

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!data) return <PageLoader />;
  const { cooperative: c, etag } = data;
  const otherName = fmt.language === 'ar' ? c.nameFr : c.nameAr;

  return (
    <Stack>
      <Anchor component={Link} to="/cooperatives" size="sm">
        {t('detail.backToDirectory')}
      </Anchor>
      <Group justify="space-between" align="start">
        <div>
          <Title order={1}>
            <LocalizedText value={c} empty={c.registrationNumber} />
          </Title>
          {otherName && otherName !== fmt.name(c) && (
            <Text c="dimmed" lang={fmt.language === 'ar' ? 'fr' : 'ar'} dir="auto">
              {otherName}
            </Text>
          )}
          <Group gap="xs" mt="xs">
            <StatusBadge status={c.status} />
            {c.womenLed && (
              <Badge color="grape" variant="light">
                {t('fields.womenLed')}
              </Badge>
            )}
          </Group>
        </div>
        <Group>
          {canEditCooperative(me, c) && (
            <Button component={Link} to={`/cooperatives/${c.id}/edit`} variant="light">
              {t('detail.edit')}
            </Button>
          )}
          {canChangeStatus(me, c) && c.status !== 'dissolved' && (
            <Button onClick={status.open}>{t('detail.changeStatus')}</Button>
          )}
        </Group>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('form.sectionIdentity')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DetailField label={t('fields.registrationNumber')}>
                  <LatinRun monospace data-testid="registration-number">
                    {c.registrationNumber}
                  </LatinRun>
                </DetailField>
                <DetailField label={t('fields.legalForm')}>
                  {fmt.name(legalForms?.find((l) => l.code === c.legalForm)) || c.legalForm}
                </DetailField>
                <DetailField label={t('fields.nameAr')}>
                  <span lang="ar" dir="rtl">
                    {c.nameAr}
                  </span>
                </DetailField>
                <DetailField label={t('fields.nameFr')}>
                  <span lang="fr" dir="ltr">
                    {c.nameFr}
                  </span>
                </DetailField>
                <DetailField label={t('fields.foundedOn')}>{fmt.date(c.foundedOn)}</DetailField>
                <DetailField label={t('fields.sectors')}>
                  <Group gap={4}>
                    {c.sectors.map((code) => (
                      <Badge key={code} variant="outline">
                        {fmt.name(sectors?.find((s) => s.code === code)) || code}
                      </Badge>
                    ))}
                  </Group>
                </DetailField>
              </SimpleGrid>
              <DetailField label={t('fields.activities')}>
                <LocalizedText value={c.activities} />
              </DetailField>
              <DetailField label={t('fields.products')}>{c.products.length > 0 && c.products.join(' · ')}</DetailField>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('form.sectionPlace')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DetailField label={t('fields.region')}>{fmt.name(findRegion(regions, c.regionCode)) || c.regionCode}</DetailField>
                <DetailField label={t('fields.province')}>
                  {fmt.name(findProvince(regions, c.provinceCode)) || c.provinceCode}
                </DetailField>
                <DetailField label={t('fields.commune')}>{c.commune}</DetailField>
                <DetailField label={t('fields.address')}>{c.address}</DetailField>
              </SimpleGrid>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('form.sectionMembers')}
              </Title>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                <DetailField label={t('fields.membersTotal')}>{fmt.number(c.members.total)}</DetailField>
                <DetailField label={t('fields.membersWomen')}>{fmt.number(c.members.women)}</DetailField>
                <DetailField label={t('fields.membersYouth')}>{fmt.number(c.members.youth)}</DetailField>
                <DetailField label={t('fields.boardSize')}>{c.board.size != null ? fmt.number(c.board.size) : ''}</DetailField>
                <DetailField label={t('fields.managerRole')}>{c.board.managerRole}</DetailField>
              </SimpleGrid>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('form.sectionCertifications')}
              </Title>
              {c.certifications.length === 0 ? (
                <Text c="dimmed">{t('detail.noCertifications')}</Text>
              ) : (
                <List>
                  {c.certifications.map((cert, i) => (
                    <List.Item key={`${cert.name}-${i}`}>
                      {[cert.name, cert.issuer].filter(Boolean).join(' — ')}
                      {cert.obtainedOn && ` · ${t('fields.obtainedOn')}: ${fmt.date(cert.obtainedOn)}`}
                      {cert.expiresOn && ` · ${t('fields.expiresOn')}: ${fmt.date(cert.expiresOn)}`}
                    </List.Item>
                  ))}
                </List>
              )}
              <DetailField label={t('fields.needs')}>
                <Group gap={4}>
                  {c.needs.map((n) => (
                    <Badge key={n} variant="light" color="blue">
                      {t(`needs.${n}`)}
                    </Badge>
                  ))}
                </Group>
              </DetailField>
            </Card>
            {c.contact && (c.contact.phone || c.contact.email || c.contact.website) && (
              <Card withBorder>
                <Title order={2} size="h4" mb="sm">
                  {t('form.sectionContact')}
                </Title>
                <ContactFields contact={c.contact} />
              </Card>
            )}
            {ContactConsent && canManageRegion(me, c.regionCode) && (
              <Suspense fallback={null}>
                <ContactConsent cooperativeId={c.id} />
              </Suspense>
            )}
            {Vault && canEditCooperative(me, c) && (
              <Suspense fallback={null}>
                <Vault cooperativeId={c.id} />
              </Suspense>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('detail.statusHistory')}
            </Title>
            <StatusHistory id={c.id} />
            <Text size="xs" c="dimmed" mt="md">
              {t('detail.updatedAt', { date: fmt.dateTime(c.updatedAt) })}
            </Text>
          </Card>
        </Grid.Col>
      </Grid>
      {canChangeStatus(me, c) && (
        <Suspense fallback={null}>
          <StatusChangeDialog opened={statusOpen} onClose={status.close} id={c.id} etag={etag} current={c.status} />
        </Suspense>
      )}
    </Stack>
  );
}
