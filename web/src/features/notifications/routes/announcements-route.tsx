import { Alert, Badge, Button, Fieldset, Group, Paper, Progress, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-table';
import { Pager } from '@/components/pager';
import { QueryError } from '@/components/query-error';
import { RegionFilter, SectorFilter } from '@/components/reference-filters';
import { RequireAccess } from '@/components/require-access';
import { isApiError } from '@/lib/api/problem';
import { COOPERATIVE_STATUSES } from '@/lib/api/schema-types';
import type { SegmentFilter, SegmentMessageDetails, SegmentMessagePreview } from '@/lib/api/schema-types';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { useSearchable } from '@/lib/search/use-searchable';
import { usePreviewSegmentMessage } from '@/features/notifications/api/preview-segment-message';
import { useSendSegmentMessage } from '@/features/notifications/api/send-segment-message';
import { useSegmentMessage } from '@/features/notifications/api/get-segment-message';
import { SEGMENT_MESSAGES_PAGE_SIZE, useSegmentMessages } from '@/features/notifications/api/get-segment-messages';
import {
  MESSAGE_LANGUAGES,
  emptyTexts,
  filledTexts,
  type MessageLanguage,
  type MessageTexts,
} from '@/features/notifications/routes/announcement-values';

const STATUS_COLOR: Record<string, string> = { preparing: 'gray', sending: 'blue', completed: 'green' };

/** The preview's counts: cooperatives and messages per channel. */
function PreviewCounts({ preview }: { preview: SegmentMessagePreview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const cells = [
    ['cooperatives', preview.cooperatives],
    ['inapp', preview.inapp],
    ['email', preview.email],
    ['sms', preview.sms],
    ['total', preview.total],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs" data-testid="preview-counts">
      {cells.map(([key, value]) => (
        <Paper key={key} withBorder p="xs">
          <Text size="xs" c="dimmed">
            {t(`announcements.count.${key}`)}
          </Text>
          <Text fw={700} size="xl" data-testid={`preview-${key}`}>
            {fmt.number(value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** The progress of the message being sent, polled until every message is sent or given up. */
function SendingProgress({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useSegmentMessage(id);
  if (message.isError) return <QueryError error={message.error} onRetry={() => void message.refetch()} />;
  if (!message.data) return <Text c="dimmed">{t('common.loading')}</Text>;
  const { total, sent, queued, failed } = message.data.progress;
  const done = total === 0 ? 0 : Math.round(((sent + failed) / total) * 100);
  return (
    <Paper withBorder p="md" data-testid="sending-progress">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('announcements.progressTitle')}
          </Title>
          <Badge color={STATUS_COLOR[message.data.status] ?? 'gray'} data-testid="sending-status">
            {t(`announcements.status.${message.data.status}`, { defaultValue: message.data.status })}
          </Badge>
        </Group>
        <Progress value={done} aria-label={t('announcements.progressTitle')} />
        <Text role="status" data-testid="progress-text">
          {t('announcements.progress', {
            sent: fmt.number(sent),
            total: fmt.number(total),
            queued: fmt.number(queued),
            failed: fmt.number(failed),
          })}
        </Text>
        {message.data.status === 'completed' && (
          <Alert color={failed > 0 ? 'orange' : 'green'}>{t(failed > 0 ? 'announcements.completedWithFailures' : 'announcements.completed')}</Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** The audience of a past message, in words: its regions, province, sector, status, women-led. */
function AudienceText({ message }: { message: SegmentMessageDetails }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  const sectors = useSectors().data;
  const parts: string[] = [];
  const regionCodes = message.regions ?? [];
  const regionName = (code: string) => {
    const found = findRegion(regions, code);
    return found ? fmt.name(found) : code;
  };
  parts.push(regionCodes.length === 0 ? t('announcements.allRegions') : regionCodes.map(regionName).join(', '));
  if (message.filter.province) {
    const province = findProvince(regions, message.filter.province);
    parts.push(province ? fmt.name(province) : message.filter.province);
  }
  if (message.filter.sector) {
    const sector = sectors?.find((s) => s.code === message.filter.sector);
    parts.push(sector ? fmt.name(sector) : message.filter.sector);
  }
  if (message.filter.status) parts.push(t(`status.${message.filter.status}`));
  if (message.filter.womenLed === true) parts.push(t('fields.womenLed'));
  if (message.filter.womenLed === false) parts.push(t('announcements.notWomenLed'));
  return <Text size="sm">{parts.join(' · ')}</Text>;
}

function PastMessages() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [page, setPage] = useState(1);
  const list = useSegmentMessages(page);
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / SEGMENT_MESSAGES_PAGE_SIZE));
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('announcements.pastTitle')}
      </Title>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('announcements.none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <>
          <ListTable<SegmentMessageDetails>
            items={list.data.items}
            rowKey={(m) => m.id}
            rowTestId="segment-message"
            testId="segment-messages"
            columns={[
              {
                key: 'subject',
                label: t('announcements.subject'),
                render: (m) => (
                  <Text fw={500} dir="auto">
                    {m.texts[0]?.subject}
                  </Text>
                ),
              },
              { key: 'audience', label: t('announcements.audience'), render: (m) => <AudienceText message={m} /> },
              {
                key: 'progress',
                label: t('announcements.progressTitle'),
                render: (m) => (
                  <>
                    <Badge color={STATUS_COLOR[m.status] ?? 'gray'} variant="light">
                      {t(`announcements.status.${m.status}`, { defaultValue: m.status })}
                    </Badge>
                    <Text size="xs">
                      {t('announcements.progress', {
                        sent: fmt.number(m.progress.sent),
                        total: fmt.number(m.progress.total),
                        queued: fmt.number(m.progress.queued),
                        failed: fmt.number(m.progress.failed),
                      })}
                    </Text>
                  </>
                ),
              },
              {
                key: 'sentBy',
                label: t('announcements.sentBy'),
                render: (m) => (
                  <>
                    <Text size="sm">{m.createdBy}</Text>
                    <Text size="xs" c="dimmed">
                      {fmt.dateTime(m.createdAt)}
                    </Text>
                  </>
                ),
              },
            ]}
          />
          <Pager pages={pages} page={page} onChange={setPage} />
        </>
      )}
    </Stack>
  );
}

/** Staff write to a segment of the registry: choose the audience, preview it per channel, write, confirm, follow the sending. */
function Announcements() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const searchable = useSearchable();
  const regions = useRegions().data;
  const [filter, setFilter] = useState<SegmentFilter>({});
  const [texts, setTexts] = useState<MessageTexts>(emptyTexts);
  const [confirming, setConfirming] = useState(false);
  const [changed, setChanged] = useState(false);
  const [campaign, setCampaign] = useState<string>();
  const preview = usePreviewSegmentMessage();
  const send = useSendSegmentMessage();
  const region = findRegion(regions, filter.region);
  const written = filledTexts(texts);
  const canSend = !!preview.data && preview.data.total > 0 && written.length > 0;

  const changeFilter = (patch: Partial<SegmentFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    preview.reset();
    setConfirming(false);
    setChanged(false);
  };
  const changeText = (language: MessageLanguage, field: 'subject' | 'body', value: string) =>
    setTexts((all) => ({ ...all, [language]: { ...all[language], [field]: value } }));

  const confirm = () => {
    if (!preview.data) return;
    send.mutate(
      { filter, texts: written, fingerprint: preview.data.fingerprint },
      {
        onSuccess: (created) => {
          setCampaign(created.id);
          setConfirming(false);
          setTexts(emptyTexts);
          preview.reset();
        },
        onError: (error) => {
          if (isApiError(error) && error.problem.code === 'notifications.audience_changed') {
            setChanged(true);
            setConfirming(false);
            preview.mutate(filter);
          }
        },
      },
    );
  };

  return (
    <Stack>
      <Title order={1}>{t('announcements.title')}</Title>
      <Text c="dimmed">{t('announcements.intro')}</Text>

      <Fieldset legend={t('announcements.audience')}>
        <Group align="end" wrap="wrap">
          <RegionFilter value={filter.region} onChange={(value) => changeFilter({ region: value, province: null })} />
          <Select
            label={t('fields.province')}
            placeholder={region ? t('common.all') : t('directory.chooseRegionFirst')}
            clearable
            {...searchable}
            disabled={!region}
            w={200}
            value={filter.province ?? null}
            data={(region?.provinces ?? []).map((p) => ({ value: p.code, label: fmt.name(p) }))}
            onChange={(value) => changeFilter({ province: value })}
          />
          <SectorFilter value={filter.sector} onChange={(value) => changeFilter({ sector: value })} />
          <Select
            label={t('fields.status')}
            placeholder={t('common.all')}
            clearable
            w={160}
            value={filter.status ?? null}
            data={COOPERATIVE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(value) => changeFilter({ status: value })}
          />
          <Select
            label={t('fields.womenLed')}
            w={180}
            allowDeselect={false}
            value={filter.womenLed == null ? 'all' : String(filter.womenLed)}
            data={[
              { value: 'all', label: t('common.all') },
              { value: 'true', label: t('announcements.womenLedOnly') },
              { value: 'false', label: t('announcements.notWomenLed') },
            ]}
            onChange={(value) => changeFilter({ womenLed: value === 'true' ? true : value === 'false' ? false : null })}
          />
          <Button onClick={() => preview.mutate(filter)} loading={preview.isPending} data-testid="preview-button">
            {t('announcements.preview')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('announcements.regionsNote')}
        </Text>
      </Fieldset>

      {preview.isError && <QueryError error={preview.error} />}
      {changed && (
        <Alert color="orange" role="alert" data-testid="audience-changed">
          {t('announcements.audienceChanged')}
        </Alert>
      )}
      {preview.data && (
        <Stack gap="xs">
          <PreviewCounts preview={preview.data} />
          <Text size="sm" c="dimmed">
            {t('announcements.consentNote')}
          </Text>
        </Stack>
      )}

      <Fieldset legend={t('announcements.message')}>
        <Text size="sm" c="dimmed" mb="xs">
          {t('announcements.languagesNote')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {MESSAGE_LANGUAGES.map((language) => (
            <Stack key={language} gap="xs" lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
              <Text fw={600}>{t(`language.${language}`)}</Text>
              <TextInput
                label={t('announcements.subject')}
                maxLength={200}
                value={texts[language].subject}
                onChange={(e) => changeText(language, 'subject', e.currentTarget.value)}
                data-testid={`subject-${language}`}
              />
              <Textarea
                label={t('announcements.body')}
                autosize
                minRows={3}
                maxLength={4000}
                value={texts[language].body}
                onChange={(e) => changeText(language, 'body', e.currentTarget.value)}
                data-testid={`body-${language}`}
              />
            </Stack>
          ))}
        </SimpleGrid>
      </Fieldset>

      {!confirming && (
        <Group>
          <Button disabled={!canSend} onClick={() => setConfirming(true)} data-testid="review-button">
            {t('announcements.review')}
          </Button>
          {!preview.data && <Text size="sm" c="dimmed">{t('announcements.previewFirst')}</Text>}
        </Group>
      )}
      {confirming && preview.data && (
        <Alert color="blue" title={t('announcements.confirmTitle')} data-testid="confirmation">
          <Stack gap="xs">
            <Text>
              {t('announcements.confirmText', {
                total: fmt.number(preview.data.total),
                cooperatives: fmt.number(preview.data.cooperatives),
                languages: written.map((x) => t(`language.${x.language}`)).join(', '),
              })}
            </Text>
            <Group>
              <Button color="green" onClick={confirm} loading={send.isPending} data-testid="confirm-button">
                {t('announcements.confirm')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('announcements.back')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {send.isError && !(isApiError(send.error) && send.error.problem.code === 'notifications.audience_changed') && <QueryError error={send.error} />}

      {campaign && <SendingProgress id={campaign} />}

      <PastMessages />
    </Stack>
  );
}

export function AnnouncementsRoute() {
  return (
    <RequireAccess allow={isStaff}>
      <Announcements />
    </RequireAccess>
  );
}
