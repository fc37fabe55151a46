import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  /** How many pages the list has; nothing is shown for one page. */
  pages: number;
  page: number;
  onChange: (page: number) => void;
};

/** The paging of a list, each control and page named in the UI language for screen readers. */
export function Pager({ pages, page, onChange }: Props) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <Pagination
      total={pages}
      value={page}
      onChange={onChange}
      getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
      getItemProps={(p) => ({ 'aria-label': t('pagination.page', { page: p }) })}
    />
  );
}
