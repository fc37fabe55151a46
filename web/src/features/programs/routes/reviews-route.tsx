import { Alert, Anchor, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { useFormat, formatScore, cooperativeOf } from '@/lib/i18n/format';
import { useReviewQueue } from '@/features/programs/api/get-review-queue';
import { ApplicationStatusBadge } from '@/features/programs/components/application-status-badge';
import { LocalizedText } from '@/components/localized-text';

function Reviews() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queue = useReviewQueue();
  if (queue.isPending) return <PageLoader />;
  if (queue.isError) return <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;
  const toScore = queue.data.filter((x) => x.myScore == null).length;

  return (
    <Stack>
      <Title order={1}>{t('programs.reviews.title')}</Title>
      <Text c="dimmed">{t('programs.reviews.intro')}</Text>
      {queue.data.length === 0 ? (
        <Alert color="gray" title={t('programs.reviews.emptyTitle')}>
          {t('programs.reviews.emptyText')}
        </Alert>
      ) : (
        <>
          <Text fw={500} data-testid="result-count">
            {t('programs.reviews.toScore', { count: toScore, formatted: fmt.number(toScore) })}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover data-testid="review-queue">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('programs.application.cooperative')}</Table.Th>
                  <Table.Th>{t('programs.application.call')}</Table.Th>
                  <Table.Th>{t('fields.status')}</Table.Th>
                  <Table.Th>{t('programs.reviews.myScore')}</Table.Th>
                  <Table.Th>{t('programs.board.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {queue.data.map((item) => {
                  const name = fmt.name(cooperativeOf(item));
                  return (
                    <Table.Tr key={item.applicationId} data-testid="review-item">
                      <Table.Td>
                        <LocalizedText value={cooperativeOf(item)} />
                      </Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/calls/${item.callId}`} size="sm">
                          <LocalizedText value={{ nameAr: item.callTitleAr, nameFr: item.callTitleFr }} />
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <ApplicationStatusBadge status={item.status} />
                      </Table.Td>
                      <Table.Td>
                        {item.myScore != null ? (
                          <Text fw={600}>{formatScore(item.myScore, fmt.language)}</Text>
                        ) : (
                          <Text c="dimmed" size="sm">
                            {t('programs.reviews.notScored')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          component={Link}
                          to={`/applications/${item.applicationId}/review`}
                          size="xs"
                          variant={item.myScore == null ? 'filled' : 'light'}
                          aria-label={
                            item.myScore == null
                              ? t('programs.reviews.scoreFor', { name })
                              : t('programs.reviews.rescoreFor', { name })
                          }
                        >
                          {item.myScore == null ? t('programs.reviews.score') : t('programs.reviews.rescore')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

/** "My reviews": the applications under review in the calls the signed-in staff member reviews. */
export function ReviewsRoute() {
  return (
    <RequireAccess allow={(me) => !!me}>
      <Reviews />
    </RequireAccess>
  );
}
