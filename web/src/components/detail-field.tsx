import { Anchor, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LatinRun } from '@/components/latin-run';

/** One labelled value on a detail page; an empty value shows as "—". */
export function DetailField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <div>{children || '—'}</div>
    </div>
  );
}

type Contact = { phone?: string | null; email?: string | null; website?: string | null };

/** Phone, e-mail (mailto link) and website (opens in a new tab) of a record. */
export function ContactFields({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <DetailField label={t('fields.phone')}>
        <LatinRun>{contact.phone}</LatinRun>
      </DetailField>
      <DetailField label={t('fields.email')}>
        {contact.email && <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>}
      </DetailField>
      <DetailField label={t('fields.website')}>
        {contact.website && (
          <Anchor href={contact.website} target="_blank" rel="noopener noreferrer" dir="ltr">
            {contact.website}
          </Anchor>
        )}
      </DetailField>
    </SimpleGrid>
  );
}
