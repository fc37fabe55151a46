import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/get-me';
import { isAppLanguage, rememberLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n/i18n';
import { useChangeLanguage } from '@/features/auth/api/change-language';

/** Language switch: remembered in this browser, and saved to the account when signed in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const save = useChangeLanguage();

  return (
    <Select
      aria-label={t('language.label')}
      data-testid="language-switch"
      w={120}
      size="xs"
      allowDeselect={false}
      value={i18n.language}
      data={SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      onChange={(value) => {
        if (!isAppLanguage(value)) return;
        rememberLanguage(value);
        void i18n.changeLanguage(value);
        if (me && me.actorType === 'user') save.mutate(value);
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
