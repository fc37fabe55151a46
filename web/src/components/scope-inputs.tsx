import { MultiSelect, TagsInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSearchable } from '@/lib/search/use-searchable';

export const ROLES = ['admin', 'staff', 'coop-manager', 'network-officer'] as const;

type Scoped = { roles: string[]; regions: string[]; cooperatives: string[] };

/** Roles, region scopes and cooperative bindings: shared by the user and API key forms. */
export function ScopeInputs<T extends Scoped>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const regions = useRegions().data ?? [];
  return (
    <>
      <MultiSelect
        label={t('admin.roles')}
        data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        {...form.getInputProps('roles')}
      />
      <MultiSelect
        label={t('admin.regions')}
        description={t('admin.regionsHint')}
        {...searchable}
        data={[
          { value: 'national', label: t('roles.national') },
          ...regions.map((r) => ({ value: r.code, label: `${r.code} — ${fmt.name(r)}` })),
        ]}
        {...form.getInputProps('regions')}
      />
      <TagsInput
        label={t('admin.cooperatives')}
        description={t('admin.cooperativesHint')}
        dir="ltr"
        {...form.getInputProps('cooperatives')}
      />
    </>
  );
}
