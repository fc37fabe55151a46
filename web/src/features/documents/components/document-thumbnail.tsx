import { Box } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentDetails } from '@/lib/api/schema-types';

/** The box every row keeps, picture or icon, so the list never moves when a thumbnail arrives (the server's are at most 160 px). */
export const THUMBNAIL_SIZE = 56;

/**
 * An image document's small picture (GetDocumentThumbnail, which draws it on the first request for an image uploaded
 * before thumbnails existed), loaded only when scrolled to; a file icon for a PDF, and for an image whose thumbnail
 * cannot be had (404: a picture the server could not decode). Fixed width and height, cropped to the square: nothing jumps.
 */
export function DocumentThumbnail({ document }: { document: DocumentDetails }) {
  const { t } = useTranslation();
  const alt = t('documents.thumbnailAlt', { kind: t(`documents.kinds.${document.kind}`), name: document.fileName });
  const [failed, setFailed] = useState(false);
  const box = { flex: `0 0 ${THUMBNAIL_SIZE}px`, width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE, borderRadius: 'var(--mantine-radius-sm)' };
  if (document.thumbnailUrl && !failed) {
    return (
      <Box
        component="img"
        src={document.thumbnailUrl}
        alt={alt}
        width={THUMBNAIL_SIZE}
        height={THUMBNAIL_SIZE}
        loading="lazy"
        decoding="async"
        onError={() => setFailed(true)}
        data-testid="document-thumbnail"
        style={{ ...box, objectFit: 'cover', background: 'var(--mantine-color-default-hover)' }}
      />
    );
  }
  return (
    <Box
      role="img"
      aria-label={alt}
      data-testid="document-file-icon"
      style={{ ...box, display: 'flex', alignItems: 'center', justifyContent: 'center', background: 'var(--mantine-color-default-hover)' }}
    >
      <svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
        <path d="M14 3v5h5" />
        <path d="M9 13h6M9 17h4" />
      </svg>
    </Box>
  );
}
