import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Switch, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useFormat } from '@/lib/i18n/format';
import type { DocumentDetails, DocumentKind } from '@/lib/api/schema-types';
import { useCooperativeDocuments } from '@/features/documents/api/get-cooperative-documents';
import { DOCUMENT_KINDS } from '@/features/documents/components/document-kinds';
import { UploadDocumentForm } from '@/features/documents/components/upload-document-form';

import type { DocumentPickerProps, PickedDocumentProps } from '@/components/document-picker-slot';

const isKind = (kind: string | null | undefined): kind is DocumentKind => !!kind && (DOCUMENT_KINDS as readonly string[]).includes(kind);

/** The documents to offer: those of the required kind when there are any (unless all are asked for), else all. */
export function offeredDocuments(items: readonly DocumentDetails[], requiredKind: string | null | undefined, showAll: boolean) {
  if (showAll || !isKind(requiredKind)) return items;
  const matching = items.filter((d) => d.kind === requiredKind);
  return matching.length > 0 ? matching : items;
}

/**
 * "Choose from my documents" (the cooperative's vault, filtered by the required kind when it matches) and "upload now"
 * (the vault's own upload form: camera or files, with progress; the stored document is picked at once). ADR 0030.
 */
export function VaultDocumentPicker({ cooperativeId, requiredKind, label, onPick }: DocumentPickerProps) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const [uploading, setUploading] = useState(false);
  const pick = (d: DocumentDetails) => onPick({ documentId: d.id, fileName: d.fileName, kind: d.kind });
  return (
    <>
      {/* Side by side when they fit; wrapped, each takes the whole line (else cut to half a line at 360 px). */}
      <Group gap="xs" grow wrap="wrap" preventGrowOverflow={false}>
        <Button variant="light" size="sm" miw={150} onClick={() => setChoosing(true)}>
          {t('documents.picker.choose')}
        </Button>
        <Button variant="light" size="sm" miw={150} onClick={() => setUploading(true)}>
          {t('documents.picker.uploadNow')}
        </Button>
      </Group>
      <Modal opened={choosing} onClose={() => setChoosing(false)} title={t('documents.picker.chooseTitle', { name: label })} fullScreen={false}>
        {choosing && (
          <VaultList
            cooperativeId={cooperativeId}
            requiredKind={requiredKind}
            onPick={(d) => {
              pick(d);
              setChoosing(false);
            }}
          />
        )}
      </Modal>
      <Modal opened={uploading} onClose={() => setUploading(false)} title={t('documents.picker.uploadTitle', { name: label })}>
        {uploading && (
          <UploadDocumentForm
            cooperativeId={cooperativeId}
            defaultKind={isKind(requiredKind) ? requiredKind : 'other'}
            onUploaded={(d) => {
              pick(d);
              setUploading(false);
            }}
          />
        )}
      </Modal>
    </>
  );
}

function VaultList({ cooperativeId, requiredKind, onPick }: { cooperativeId: string; requiredKind?: string | null; onPick: (d: DocumentDetails) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useCooperativeDocuments(cooperativeId);
  const [showAll, setShowAll] = useState(false);
  if (query.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const items = offeredDocuments(query.data.items, requiredKind, showAll);
  const filtered = items.length < query.data.items.length;
  return (
    <Stack gap="xs" data-testid="vault-picker">
      {query.data.items.length === 0 ? (
        <Alert color="gray">{t('documents.picker.empty')}</Alert>
      ) : (
        <>
          {(filtered || showAll) && isKind(requiredKind) && (
            <Switch
              checked={showAll}
              onChange={(e) => setShowAll(e.currentTarget.checked)}
              label={t('documents.picker.showAll', { kind: t(`documents.kinds.${requiredKind}`) })}
            />
          )}
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((d) => (
              <Paper key={d.id} component="li" withBorder p={0}>
                <UnstyledButton onClick={() => onPick(d)} p="xs" w="100%" data-testid="vault-choice" aria-label={t('documents.picker.pickNamed', { name: d.fileName })}>
                  <Text fw={600} size="sm">
                    {t(`documents.kinds.${d.kind}`)}
                  </Text>
                  <Text size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
                    {d.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[
                      d.expiresOn ? t('documents.expiresOnValue', { date: fmt.date(d.expiresOn) }) : null,
                      t('documents.size', { size: fmt.number(Math.max(1, Math.round(d.sizeBytes / 1024))) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </UnstyledButton>
              </Paper>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}

/** The picked document, with the way back to a link or another document. */
export function PickedDocumentLine({ picked, href, onRemove }: PickedDocumentProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" data-testid="picked-document">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed">
            {t('documents.picker.picked', { kind: isKind(picked.kind) ? t(`documents.kinds.${picked.kind}`) : picked.kind })}
          </Text>
          {href ? (
            <Anchor href={href} download={picked.fileName} size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
              {picked.fileName}
            </Anchor>
          ) : (
            <Text size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
              {picked.fileName}
            </Text>
          )}
        </Stack>
        <Button size="xs" variant="subtle" onClick={onRemove} aria-label={t('documents.picker.removeNamed', { name: picked.fileName })}>
          {t('documents.picker.remove')}
        </Button>
      </Group>
    </Paper>
  );
}

/** What the app layer gives the programs feature (see DocumentPickerContext). */
export const vaultDocumentPicker = { Picker: VaultDocumentPicker, Picked: PickedDocumentLine };
