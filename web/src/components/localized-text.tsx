import { VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dirOf, freeText, localizedText, type ContentLanguage, type LocalizedText as Shown } from '@/lib/i18n/format';
import classes from './localized-text.module.css';

type Named = { nameAr?: string | null; nameFr?: string | null; nameEn?: string | null };

/** What a content field holds: a bilingual record (`titleOf(x)`, `x` with names) or one person-typed text. */
export type Content = Named | string | null | undefined;

/** The text to show for `value` in `language`, with the language it is written in. */
export function shownText(value: Content, language: string): Shown {
  return typeof value === 'string' || value == null ? freeText(value, language) : localizedText(value, language);
}

/** The tag after a fallback: short and visual ("بالفرنسية", "FR"), read out in full ("text in French, …"). */
export function LanguageTag({ lang }: { lang: ContentLanguage }) {
  const { t } = useTranslation();
  const label = t(`language.tag.label.${lang}`);
  return (
    <span className={classes.tag} title={label} data-language-tag={lang}>
      <span aria-hidden="true">{t(`language.tag.short.${lang}`)}</span>
      <VisuallyHidden>{` (${label})`}</VisuallyHidden>
    </span>
  );
}

/**
 * A content field (a name, a title, a description, a purpose) in the UI language where it exists; shown in another
 * language, it carries that language's `lang` and `dir` (screen readers switch voice, bidi lays it out right) and a
 * small tag saying so. `empty` is shown when no language has the text. Plain strings (an option's label, the
 * document title, an aria-label) use `fmt.name` instead.
 */
export function LocalizedText({ value, empty = null }: { value: Content; empty?: ReactNode }) {
  const { i18n } = useTranslation();
  const shown = shownText(value, i18n.language);
  if (!shown.text) return <>{empty}</>;
  if (!shown.isFallback || !shown.lang) return <>{shown.text}</>;
  return (
    <>
      <span lang={shown.lang} dir={dirOf(shown.lang)}>
        {shown.text}
      </span>{' '}
      <LanguageTag lang={shown.lang} />
    </>
  );
}
