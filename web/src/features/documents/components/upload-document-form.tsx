import { Alert, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { CameraOrFilePicker } from '@/components/file-picker';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import type { DocumentDetails, DocumentKind } from '@/lib/api/schema-types';
import { useUploadCooperativeDocument } from '@/features/documents/api/upload-cooperative-document';
import { DOCUMENT_KINDS, MAX_UPLOAD_BYTES } from '@/features/documents/components/document-kinds';

type UploadDocumentFormProps = {
  cooperativeId: string;
  /** The kind selected first (an application's required document may name one). */
  defaultKind?: DocumentKind;
  /** Called with the stored document once the server has it (the application form then picks it). */
  onUploaded?: (document: DocumentDetails) => void;
};

/**
 * The kind and dates first, then one tap: "take a photo" opens the phone's camera (capture), "choose a file" its
 * files. The upload starts as soon as a file is picked and shows how far it has gone.
 */
export function UploadDocumentForm({ cooperativeId, defaultKind = 'statutes', onUploaded }: UploadDocumentFormProps) {
  const { t } = useTranslation();
  const upload = useUploadCooperativeDocument(cooperativeId);
  const [kind, setKind] = useState<DocumentKind>(defaultKind);
  const [issuedOn, setIssuedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState<number | null>(null);
  const tooLargeFile = (size: number) => {
    setDone(null);
    upload.reset();
    setTooLarge(size);
  };

  const send = (file: File) => {
    setDone(null);
    upload.reset();
    setTooLarge(null);
    setProgress(0);
    upload.mutate(
      { cooperativeId, file, kind, issuedOn: issuedOn || undefined, expiresOn: expiresOn || undefined, onProgress: setProgress },
      {
        onSuccess: (document) => {
          setDone(document.fileName);
          onUploaded?.(document);
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const error = upload.error;
  const problem = isApiError(error) ? error.problem : undefined;
  const fieldMessages = problem?.errors ? Object.values(problem.errors).flat() : [];

  return (
    <Stack gap="xs" data-testid="document-upload">
      <Text fw={600}>{t('documents.addTitle')}</Text>
      <NativeSelect
        label={t('documents.kind')}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value as DocumentKind)}
        data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
      />
      <Group grow align="start" wrap="wrap" preventGrowOverflow={false}>
        <TextInput type="date" label={t('documents.issuedOn')} value={issuedOn} onChange={(e) => setIssuedOn(e.currentTarget.value)} miw={140} />
        <TextInput type="date" label={t('documents.expiresOn')} value={expiresOn} onChange={(e) => setExpiresOn(e.currentTarget.value)} miw={140} />
      </Group>
      <CameraOrFilePicker onPick={send} onTooLarge={tooLargeFile} progress={progress} disabled={upload.isPending} testId="document" />
      {done && (
        <Alert color="green" role="status">
          {t('documents.uploaded', { name: done })}
        </Alert>
      )}
      {tooLarge !== null && (
        <Alert color="red" role="alert" title={t('documents.uploadFailed')}>
          {t('documents.fileTooLarge', { size: (tooLarge / 1048576).toFixed(1), limit: MAX_UPLOAD_BYTES / 1048576 })}
        </Alert>
      )}
      {upload.isError && (
        <Alert color="red" role="alert" title={t('documents.uploadFailed')}>
          {fieldMessages.length > 0 ? fieldMessages.join(' ') : (problem?.detail ?? t('common.errorText'))}
        </Alert>
      )}
    </Stack>
  );
}
