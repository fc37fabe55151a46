import { useTranslation } from 'react-i18next';
import { foldFilter } from './fold';

/**
 * The props of every searchable Select or MultiSelect whose options are in the page: the folding filter and a
 * "nothing found" line in the reader's language. Spread them: `<Select {...searchable} … />`.
 */
export function useSearchable() {
  const { t } = useTranslation();
  return { searchable: true, filter: foldFilter, nothingFoundMessage: t('common.nothingFound') } as const;
}
