import { Button, Group, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** What the file inputs offer: the four types the server keeps in a vault (it checks the content itself). */
export const ACCEPTED_UPLOAD_TYPES = 'application/pdf,image/jpeg,image/png,image/webp';

/**
 * The server's default ceiling for one file (Documents:MaxBytes). Checked before sending so a phone on a weak link does
 * not spend minutes uploading a file that will be refused; the server still decides.
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * A document from the phone: "take a photo" opens its camera (capture), "choose a file" its files; a file over the
 * ceiling is reported instead of sent; the progress while it is sent. Used by the vault and by a claim's certificate.
 */
export function CameraOrFilePicker({
  onPick,
  onTooLarge,
  progress,
  disabled,
  testId,
}: {
  onPick: (file: File) => void;
  onTooLarge: (size: number) => void;
  progress: number | null;
  disabled?: boolean;
  /** Prefix of the inputs' and progress bar's test ids (`<prefix>-camera`, `-file`, `-progress`). */
  testId: string;
}) {
  const { t } = useTranslation();
  const camera = useRef<HTMLInputElement>(null);
  const files = useRef<HTMLInputElement>(null);
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) onTooLarge(file.size);
    else onPick(file);
  };
  return (
    <Stack gap="xs">
      {/* Side by side when they fit; wrapped, each takes the whole line (else cut to half a line at 360 px). */}
      <Group grow wrap="wrap" preventGrowOverflow={false}>
        <Button variant="light" size="md" mih={44} miw={140} onClick={() => camera.current?.click()} disabled={disabled}>
          {t('documents.takePhoto')}
        </Button>
        <Button size="md" mih={44} miw={140} onClick={() => files.current?.click()} disabled={disabled}>
          {t('documents.chooseFile')}
        </Button>
      </Group>
      <VisuallyHidden>
        <label>
          {t('documents.takePhoto')}
          <input ref={camera} type="file" accept="image/*" capture="environment" onChange={pick} tabIndex={-1} data-testid={`${testId}-camera`} />
        </label>
        <label>
          {t('documents.chooseFile')}
          <input ref={files} type="file" accept={ACCEPTED_UPLOAD_TYPES} onChange={pick} tabIndex={-1} data-testid={`${testId}-file`} />
        </label>
      </VisuallyHidden>
      {progress !== null && (
        <Stack gap={2}>
          <Progress value={progress} aria-label={t('documents.uploading')} data-testid={`${testId}-progress`} striped animated />
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('documents.uploadingPercent', { percent: progress })}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
