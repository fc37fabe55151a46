import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhone } from '@/components/use-phone';
import { useMe } from '@/lib/auth/get-me';
import { isAppLanguage, rememberLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n/i18n';
import { useChangeLanguage } from '@/features/auth/api/change-language';

/** On a phone the closed switch shows the language's short mark, so the header fits on one line at 360 px. */
const SHORT: Record<string, string> = { ar: 'ع', fr: 'FR', en: 'EN' };

/** Language switch: remembered in this browser, and saved to the account when signed in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const save = useChangeLanguage();
  const phone = usePhone();
  const names: Record<string, string> = Object.fromEntries(SUPPORTED_LANGUAGES.map((l) => [l, t(`language.${l}`)]));

  return (
    <Select
      aria-label={t('language.label')}
      data-testid="language-switch"
      w={phone ? 72 : 120}
      size="xs"
      allowDeselect={false}
      value={i18n.language}
      data={SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: phone ? (SHORT[l] ?? l) : names[l]! }))}
      renderOption={({ option }) => <span lang={option.value}>{names[option.value]}</span>}
      comboboxProps={{ withinPortal: true, width: phone ? 140 : undefined, position: phone ? 'bottom-end' : undefined }}
      onChange={(value) => {
        if (!isAppLanguage(value)) return;
        rememberLanguage(value);
        void i18n.changeLanguage(value);
        if (me && me.actorType === 'user') save.mutate(value);
      }}
    />
  );
}
