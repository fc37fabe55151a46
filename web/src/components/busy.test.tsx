import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { Busy } from '@/components/busy';
import { i18n } from '@/lib/i18n/i18n';

afterEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('<Busy>', () => {
  it('is an indeterminate progress bar named "loading" in the reader\'s language, so its label is allowed (axe: aria-prohibited-attr)', async () => {
    render(
      <MantineProvider>
        <Busy size="xs" />
      </MantineProvider>,
    );
    const busy = screen.getByRole('progressbar', { name: 'Chargement…' });
    expect(busy).not.toHaveAttribute('aria-valuenow');

    await i18n.changeLanguage('ar');
    expect(await screen.findByRole('progressbar', { name: 'جارٍ التحميل…' })).toBe(busy);
  });
});
