import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { translatedTheme } from '@/app/theme';
import { DocumentPickerContext } from '@/components/document-picker-slot';
import { vaultDocumentPicker } from '@/app/vault-picker-slot';
import { directionOf, i18n } from '@/lib/i18n/i18n';
import { createQueryClient } from '@/lib/query-client';

/** Keeps Mantine's direction in step with the UI language (the document's title and description: PageMeta). */
function DirectionSync() {
  const { i18n: instance } = useTranslation();
  const { setDirection } = useDirection();
  const language = instance.language;
  useEffect(() => {
    setDirection(directionOf(language));
  }, [language, setDirection]);
  return null;
}

/**
 * What the server wrote for the reader (messages, history it renders) is in the language asked: on a language change
 * the queries on screen are fetched again in the new language.
 */
function LanguageRefetch() {
  const { i18n: instance } = useTranslation();
  const queryClient = useQueryClient();
  const language = instance.language;
  const [shown, setShown] = useState(language);
  useEffect(() => {
    if (language === shown) return;
    setShown(language);
    void queryClient.invalidateQueries();
  }, [language, shown, queryClient]);
  return null;
}

/** Mantine with the labels it writes itself in the UI language (rebuilt on a language change). */
function TranslatedMantine({ children, env }: { children: ReactNode; env: 'default' | 'test' }) {
  const { t } = useTranslation();
  // t is bound to the language: a new one on each language change.
  const theme = useMemo(() => translatedTheme(t), [t]);
  return (
    // The theme's CSS variables must beat the defaults in Mantine's stylesheet (`:root, :host`), which the production
    // build loads after the provider's inline <style>: without the extra specificity the app shows Mantine's default
    // blue (3.5:1 on white) instead of its teal.
    <MantineProvider theme={theme} env={env} cssVariablesSelector="html:root">
      {children}
    </MantineProvider>
  );
}

type Props = { children: ReactNode; queryClient?: QueryClient; mantineEnv?: 'default' | 'test' };

export function AppProvider({ children, queryClient, mantineEnv = 'default' }: Props) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
        <TranslatedMantine env={mantineEnv}>
          <DirectionSync />
          <QueryClientProvider client={client}>
            <LanguageRefetch />
            <DocumentPickerContext.Provider value={vaultDocumentPicker}>{children}</DocumentPickerContext.Provider>
          </QueryClientProvider>
        </TranslatedMantine>
      </DirectionProvider>
    </I18nextProvider>
  );
}
