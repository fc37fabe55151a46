import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetails } from '@/lib/api/schema-types';
import { useDeleteDocument } from '@/features/documents/api/delete-document';

/** "Delete", confirmed in a dialog naming the file. */
export function DeleteDocumentButton({ document }: { document: DocumentDetails }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const remove = useDeleteDocument(document.cooperativeId);
  const close = () => {
    setOpened(false);
    remove.reset();
  };
  return (
    <>
      <Button size="xs" color="red" variant="subtle" onClick={() => setOpened(true)} aria-label={t('documents.deleteNamed', { name: document.fileName })}>
        {t('documents.delete')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('documents.confirmDeleteTitle')}>
        <Stack>
          <Text size="sm">{t('documents.confirmDelete')}</Text>
          <Text size="sm" dir="auto" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {document.fileName}
          </Text>
          {remove.isError && (
            <Alert color="red" role="alert">
              {t('common.errorText')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(document.id, { onSuccess: () => setOpened(false) })}>
              {t('documents.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
