import { screen, within } from '@testing-library/react';
import { server } from '@/testing/server';
import { signedInAs } from '@/testing/session';
import { http } from '@/testing/http';
import { staffMe } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';
import { i18n } from '@/lib/i18n/i18n';

describe('cooperative import', () => {
  afterEach(async () => {
    await i18n.changeLanguage('fr');
  });

  it('names each refused row by its line and the column as people know it, with the message the server wrote in Arabic', async () => {
    signedInAs(staffMe);
    let asked: string | null = null;
    server.use(
      http.post('/api/v1/cooperatives/import', ({ request, response }) => {
        asked = request.headers.get('Accept-Language');
        return response(200).json({
          imported: 0,
          rejected: 1,
          dryRun: true,
          errors: [{ row: 3, field: 'foundedOn', code: 'cooperatives.import.not_a_date', message: '«2024-13-45» ليس تاريخًا (سنة-شهر-يوم، مثلًا 2026-03-15).' }],
        });
      }),
    );
    await i18n.changeLanguage('ar');
    const { user } = renderApp('/cooperatives/import');
    await screen.findByRole('heading', { level: 1 });
    // Mantine's FileInput is a button over a hidden file input.
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, new File(['registrationNumber\n'], 'cooperatives.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'التحقق من الملف (تجربة)' }));

    const row = await screen.findByTestId('import-error');
    expect(row).toHaveTextContent('السطر 3');
    expect(row).toHaveTextContent('تاريخ التأسيس');
    // The file's own header stays beside the label, isolated left to right.
    const header = within(row).getByText('foundedOn');
    expect(header.tagName).toBe('BDI');
    expect(header).toHaveAttribute('dir', 'ltr');
    expect(row).toHaveTextContent('«2024-13-45» ليس تاريخًا (سنة-شهر-يوم، مثلًا 2026-03-15).');
    expect(asked).toBe('ar');
  });
});
