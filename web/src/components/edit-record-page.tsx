import { Alert, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import type { Me } from '@/lib/api/schema-types';
import { useMe } from '@/lib/auth/get-me';

type Props<T> = {
  /** The record as read, with its ETag. */
  query: UseQueryResult<T>;
  /** Other reads the access rule needs (e.g. a call's program). */
  waitFor?: readonly UseQueryResult<unknown>[];
  /** The save: its 412 shows the "someone else changed this record" alert. */
  update: { error: unknown; reset: () => void };
  canEdit: (me: Me, record: T) => boolean;
  /** What a refused caller reads (default: "forbidden"). */
  refusal?: (record: T) => ReactNode;
  /** The page's heading (a title, and a back link or a subtitle where the page has one). */
  heading: (record: T) => ReactNode;
  /** The form; `stale` is the alert to show above its buttons. */
  children: (record: T, stale: ReactNode, me: Me) => ReactNode;
};

/**
 * An edit page: the caller must be signed in (else sign-in, then back here) and allowed to edit the record; the
 * form saves with If-Match, and a concurrent change (412) offers to reload the record.
 */
export function EditRecordPage<T>({ query, waitFor = [], update, canEdit, refusal, heading, children }: Props<T>) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();

  if (me.isPending || query.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to={`/sign-in?next=${location.pathname}`} replace />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  for (const other of waitFor) {
    if (other.isPending) return <PageLoader />;
    if (other.isError) return <QueryError error={other.error} onRetry={() => void other.refetch()} />;
  }
  const record = query.data;
  if (!canEdit(me.data, record))
    return (
      <Alert color="red" role="alert">
        {refusal ? refusal(record) : t('common.forbidden')}
      </Alert>
    );

  const stale = (
    <StaleRecordAlert
      error={update.error}
      onReload={() => {
        update.reset();
        void query.refetch();
      }}
    />
  );
  return (
    <Stack>
      {heading(record)}
      {children(record, stale, me.data)}
    </Stack>
  );
}
