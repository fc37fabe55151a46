import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from '@/features/auth/components/language-switch.module.css';
import { usePhone } from '@/components/use-phone';
import { useMe } from '@/lib/auth/get-me';
import { isAppLanguage, rememberLanguage, SUPPORTED_LANGUAGES } from '@/lib/i18n/i18n';
import { useChangeLanguage } from '@/features/auth/api/change-language';

/** On a phone the closed switch shows the language's short mark, so the header fits on one line at 360 px. */
const SHORT: Record<string, string> = { ar: 'ع', fr: 'FR', en: 'EN' };

/**
 * Language switch: remembered in this browser, and saved to the account when signed in.
 * A native select (issue 16): the phone's own picker, large and touch-friendly, and no combobox code in the first
 * download of every page. On a phone the closed select shows the short mark over its (hidden) text; its options and
 * what a screen reader announces stay the full names.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const save = useChangeLanguage();
  const phone = usePhone();

  return (
    <div className={classes.switch}>
      <NativeSelect
        aria-label={t('language.label')}
        data-testid="language-switch"
        w={phone ? 72 : 120}
        size="xs"
        value={i18n.language}
        classNames={phone ? { input: classes.shortInput } : undefined}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (!isAppLanguage(value)) return;
          rememberLanguage(value);
          void i18n.changeLanguage(value);
          if (me && me.actorType === 'user') save.mutate(value);
        }}
      >
        {SUPPORTED_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </NativeSelect>
      {phone && (
        <span className={classes.short} aria-hidden="true">
          {SHORT[i18n.language]}
        </span>
      )}
    </div>
  );
}
