import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EligibilityFailure } from '@/lib/api/schema-types';

/**
 * The rules a cooperative does not meet: the rule named in the UI language, then the server's explanation with the
 * figures, which the API writes in the language the app asks for (ADR 0020).
 */
export function EligibilityFailures({ failures }: { failures: readonly EligibilityFailure[] }) {
  const { t, i18n } = useTranslation();
  return (
    <List size="sm" spacing={4} data-testid="eligibility-failures">
      {failures.map((f) => {
        const key = `programs.failedRule.${f.rule}`;
        return (
          <List.Item key={`${f.rule}-${f.message}`}>
            <Text span fw={600} size="sm">
              {i18n.exists(key) ? t(key) : f.rule}
            </Text>
            <Text size="xs" c="dimmed">
              {f.message}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
