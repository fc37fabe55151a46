import { Alert, Button, FileInput, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { LatinRun } from '@/components/latin-run';
import { ListTable } from '@/components/list-table';
import { PageLoader } from '@/components/page-loader';
import type { CooperativeImportReport } from '@/lib/api/schema-types';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { problemDetail } from '@/lib/forms/problem-message';
import { useImportCooperatives } from '@/features/cooperatives/api/import-cooperatives';

const MAX_BYTES = 50 * 1024 * 1024;

/** The CSV column a row error names, as people know it (the file's own header stays beside it). */
const COLUMN_LABELS: Readonly<Record<string, string>> = {
  registrationNumber: 'fields.registrationNumber',
  nameAr: 'fields.nameAr',
  nameFr: 'fields.nameFr',
  legalForm: 'fields.legalForm',
  sectors: 'fields.sectors',
  activities: 'fields.activities',
  products: 'fields.products',
  regionCode: 'fields.region',
  provinceCode: 'fields.province',
  commune: 'fields.commune',
  address: 'fields.address',
  foundedOn: 'fields.foundedOn',
  membersTotal: 'fields.membersTotal',
  membersWomen: 'fields.membersWomen',
  membersYouth: 'fields.membersYouth',
  womenLed: 'fields.womenLed',
  boardSize: 'fields.boardSize',
  managerRole: 'fields.managerRole',
  needs: 'fields.needs',
  certifications: 'import.certifications',
  contactPhone: 'fields.phone',
  contactEmail: 'fields.email',
  contactWebsite: 'fields.website',
  contactLanguage: 'fields.contactLanguage',
  contactConsent: 'fields.contactConsent',
  status: 'fields.status',
  header: 'import.header',
  file: 'import.wholeFile',
};

export function columnLabel(t: TFunction, field: string): string {
  const key = COLUMN_LABELS[field];
  return key ? t(key) : field;
}

export function ImportRoute() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const importer = useImportCooperatives();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CooperativeImportReport | null>(null);
  const [result, setResult] = useState<CooperativeImportReport | null>(null);

  if (me.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to="/sign-in?next=/cooperatives/import" replace />;
  if (!isStaff(me.data)) return <Alert color="red">{t('common.forbidden')}</Alert>;

  const tooLarge = !!file && file.size > MAX_BYTES;
  const run = (dryRun: boolean) => {
    if (!file) return;
    importer.mutate(
      { file, dryRun },
      {
        onSuccess: (report) => {
          if (dryRun) {
            setPreview(report);
            setResult(null);
          } else {
            setResult(report);
            setPreview(null);
          }
        },
      },
    );
  };
  const report = result ?? preview;
  const failed = importer.error;

  return (
    <Stack>
      <Title order={1}>{t('import.title')}</Title>
      <Text>{t('import.intro')}</Text>
      <Text size="sm" c="dimmed" dir="ltr" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        registrationNumber, nameAr, nameFr, legalForm, sectors, activities, products, regionCode, provinceCode, commune,
        address, foundedOn, membersTotal, membersWomen, membersYouth, womenLed, boardSize, managerRole, needs,
        certifications, contactPhone, contactEmail, contactWebsite, status, contactLanguage, contactConsent
      </Text>
      <FileInput
        label={t('import.file')}
        description={t('import.fileHint')}
        accept=".csv,text/csv"
        clearable
        value={file}
        onChange={(f) => {
          setFile(f);
          setPreview(null);
          setResult(null);
          importer.reset();
        }}
        error={tooLarge ? t('import.tooLarge') : undefined}
        maw={480}
      />
      <Group>
        <Button onClick={() => run(true)} disabled={!file || tooLarge || importer.isPending} variant="light">
          {t('import.dryRun')}
        </Button>
        <Button
          onClick={() => run(false)}
          disabled={!file || tooLarge || importer.isPending || !preview || preview.rejected > 0}
        >
          {t('import.import')}
        </Button>
      </Group>
      {!preview && !result && file && <Text size="sm">{t('import.dryRunFirst')}</Text>}
      {importer.isPending && (
        <Stack gap={4} role="status" aria-live="polite">
          <Text size="sm">
            {importer.variables?.dryRun ? t('import.checking') : t('import.importing')}
          </Text>
          <Progress value={100} animated striped aria-label={t('import.progress')} />
        </Stack>
      )}
      {failed && (
        <Alert color="red" role="alert" title={t('common.errorTitle')}>
          {problemDetail(t, failed)}
        </Alert>
      )}
      {report && (
        <Stack data-testid="import-report">
          <Alert
            color={report.rejected > 0 ? 'red' : 'teal'}
            role="status"
            title={report.dryRun ? t('import.previewTitle') : t('import.resultTitle')}
          >
            <List>
              <List.Item>
                {report.dryRun
                  ? t('import.wouldImport', { count: report.imported, formatted: fmt.number(report.imported) })
                  : t('import.imported', { count: report.imported, formatted: fmt.number(report.imported) })}
              </List.Item>
              <List.Item>{t('import.rejected', { count: report.rejected, formatted: fmt.number(report.rejected) })}</List.Item>
            </List>
            {report.rejected > 0 && <Text mt="xs">{t('import.allOrNothing')}</Text>}
          </Alert>
          {report.errors.length > 0 && (
            <ListTable
              items={report.errors}
              rowKey={(e) => `${e.row}-${e.field}-${report.errors.indexOf(e)}`}
              minWidth={500}
              caption={t('import.errorsTable')}
              testId="import-errors"
              rowTestId="import-error"
              columns={[
                { key: 'row', label: t('import.row'), render: (e) => t('import.rowNumber', { row: fmt.number(e.row) }) },
                {
                  key: 'field',
                  label: t('import.field'),
                  render: (e) => (
                    <>
                      <Text span size="sm" fw={500}>
                        {columnLabel(t, e.field)}
                      </Text>{' '}
                      <LatinRun size="xs" c="dimmed" monospace>
                        {e.field}
                      </LatinRun>
                    </>
                  ),
                },
                // The server writes the message in the reader's language (ADR 0020).
                { key: 'message', label: t('import.message'), render: (e) => <Text size="sm">{e.message}</Text> },
              ]}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
