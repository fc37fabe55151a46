import { useTranslation } from 'react-i18next';
import { LocalizedText } from '@/components/localized-text';
import { useFormat } from '@/lib/i18n/format';
import type { CallDetails } from '@/lib/api/schema-types';
import classes from '@/features/programs/components/criteria-table.module.css';

/** A call's scoring criteria and their weights, as the public call page shows them. */
export function CriteriaTable({ criteria }: { criteria: CallDetails['criteria'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          <th scope="col">{t('programs.calls.criterion')}</th>
          <th scope="col">{t('programs.calls.weight')}</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => (
          <tr key={c.key}>
            <td>
              <LocalizedText value={c} empty={c.key} />
            </td>
            <td>{t('programs.calls.weightValue', { weight: fmt.number(c.weight) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
