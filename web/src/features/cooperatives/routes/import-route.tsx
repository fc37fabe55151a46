import { Alert, Button, FileInput, Group, List, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import type { CooperativeImportReport } from '@/lib/api/schema-types';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { problemDetail } from '@/lib/forms/problem-message';
import { useImportCooperatives } from '@/features/cooperatives/api/import-cooperatives';

const MAX_BYTES = 50 * 1024 * 1024;

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
        certifications, contactPhone, contactEmail, contactWebsite, status
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
            <Table.ScrollContainer minWidth={500}>
              <Table striped withTableBorder aria-label={t('import.errorsTable')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.row')}</Table.Th>
                    <Table.Th>{t('import.field')}</Table.Th>
                    <Table.Th>{t('import.message')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.errors.map((e, i) => (
                    <Table.Tr key={`${e.row}-${e.field}-${i}`}>
                      <Table.Td>{fmt.number(e.row)}</Table.Td>
                      <Table.Td dir="ltr">{e.field}</Table.Td>
                      <Table.Td>{e.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Stack>
  );
}
