import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { LocalizedText } from '@/components/localized-text';
import { i18n } from '@/lib/i18n/i18n';

afterEach(async () => {
  await i18n.changeLanguage('fr');
});

function show(value: Parameters<typeof LocalizedText>[0]['value'], empty?: string) {
  return render(
    <MantineProvider>
      <p data-testid="content">
        <LocalizedText value={value} empty={empty} />
      </p>
    </MantineProvider>,
  );
}

describe('<LocalizedText>', () => {
  it('Arabic UI, French-only name: the text carries lang="fr" dir="ltr" and a tag "بالفرنسية" read out in full', async () => {
    await i18n.changeLanguage('ar');
    show({ nameAr: null, nameFr: 'Coopérative Argan Tiznit' });

    const text = screen.getByText('Coopérative Argan Tiznit');
    expect(text).toHaveAttribute('lang', 'fr');
    expect(text).toHaveAttribute('dir', 'ltr');
    const tag = screen.getByTitle('النص بالفرنسية، غير متوفر بالعربية');
    expect(tag.querySelector('[aria-hidden="true"]')).toHaveTextContent('بالفرنسية');
    // What a screen reader reads: the name, then the language it is in.
    expect(screen.getByTestId('content')).toHaveTextContent('Coopérative Argan Tiznit بالفرنسية (النص بالفرنسية، غير متوفر بالعربية)');
  });

  it('Arabic UI, Arabic name present: the Arabic text alone, no tag and no lang switch', async () => {
    await i18n.changeLanguage('ar');
    show({ nameAr: 'تعاونية أركان تيزنيت', nameFr: 'Coopérative Argan Tiznit' });

    expect(screen.getByTestId('content')).toHaveTextContent(/^تعاونية أركان تيزنيت$/);
    expect(screen.getByTestId('content').querySelector('[lang]')).toBeNull();
    expect(screen.queryByTitle(/غير متوفر/)).not.toBeInTheDocument();
  });

  it('blank Arabic counts as missing; French UI with Arabic only gets lang="ar" dir="rtl" and an "AR" tag', async () => {
    await i18n.changeLanguage('ar');
    const { unmount } = show({ nameAr: '   ', nameFr: 'Réseau de l’Oriental' });
    expect(screen.getByText('Réseau de l’Oriental')).toHaveAttribute('lang', 'fr');
    unmount();

    await i18n.changeLanguage('fr');
    show({ nameAr: 'شبكة الشرق', nameFr: null });
    expect(screen.getByText('شبكة الشرق')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByTitle('texte en arabe, non disponible en français')).toHaveTextContent('AR');
  });

  it('English UI falls back to French first and says so', async () => {
    await i18n.changeLanguage('en');
    show({ nameAr: 'منتدى', nameFr: 'Forum', nameEn: '' });
    expect(screen.getByText('Forum')).toHaveAttribute('lang', 'fr');
    expect(screen.getByTitle('text in French, not available in English')).toHaveTextContent('FR');
  });

  it('a single-language text (a purpose, a prize) is tagged by its script: Latin in Arabic UI, Arabic in French UI', async () => {
    await i18n.changeLanguage('ar');
    const { unmount } = show('Suivi des projets communs');
    expect(screen.getByText('Suivi des projets communs')).toHaveAttribute('lang', 'fr');
    expect(screen.getByTitle('النص بالفرنسية، غير متوفر بالعربية')).toBeInTheDocument();
    unmount();

    await i18n.changeLanguage('fr');
    const second = show('Suivi des projets communs');
    expect(screen.getByTestId('content')).toHaveTextContent(/^Suivi des projets communs$/);
    second.unmount();
    show('الجائزة الأولى');
    expect(screen.getByText('الجائزة الأولى')).toHaveAttribute('lang', 'ar');
  });

  it('shows `empty` when no language has the text', () => {
    show({ nameAr: null, nameFr: '' }, '01-2014-000041');
    expect(screen.getByTestId('content')).toHaveTextContent(/^01-2014-000041$/);
  });
});
