import { screen, waitFor, within } from '@testing-library/react';
import { server } from '@/testing/server';
import { http } from '@/testing/http';
import { listItem } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';
import { i18n } from '@/lib/i18n/i18n';

describe('directory', () => {
  it('writes the search and filters into the URL and sends them to the API', async () => {
    const seen: URLSearchParams[] = [];
    server.use(
      http.get('/api/v1/cooperatives', ({ request, response }) => {
        seen.push(new URL(request.url).searchParams);
        return response(200).json({ items: [listItem], page: 1, pageSize: 20, total: 1 });
      }),
    );
    const { user, router } = renderApp('/cooperatives');
    expect(await screen.findByText('1 coopérative')).toBeInTheDocument();
    // Past the first list of a visit's first rows, the rows follow the count as a transition (ListTable).
    expect(await screen.findByRole('link', { name: "Coopérative Tifaout d'huile d'argane" })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Recherche' }), 'argane');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(router.state.location.search).toContain('q=argane'));

    await user.click(screen.getByRole('combobox', { name: 'Région' }));
    await user.click(await screen.findByRole('option', { name: 'Souss-Massa' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('region')).toBe('MA-09'));

    // The province list now holds the chosen region's provinces only.
    await user.click(screen.getByRole('combobox', { name: 'Province' }));
    expect(await screen.findByRole('option', { name: 'Tiznit' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Oujda-Angad' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Tiznit' }));

    await user.click(screen.getByRole('checkbox', { name: 'Dirigée par des femmes' }));
    await waitFor(() => {
      const params = new URLSearchParams(router.state.location.search);
      expect(params.get('province')).toBe('MA-TIZ');
      expect(params.get('womenLed')).toBe('true');
      expect(params.get('q')).toBe('argane');
    });
    await waitFor(() => {
      const last = seen.at(-1)!;
      expect(last.get('q')).toBe('argane');
      expect(last.get('region')).toBe('MA-09');
      expect(last.get('province')).toBe('MA-TIZ');
      expect(last.get('womenLed')).toBe('true');
    });
  });

  it('reads filters from a shared link and shows the empty state', async () => {
    server.use(
      http.get('/api/v1/cooperatives', ({ response }) => response(200).json({ items: [], page: 1, pageSize: 20, total: 0 })),
    );
    renderApp('/cooperatives?q=zzz&status=dissolved');
    expect(await screen.findByText('Aucune coopérative trouvée')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Recherche' })).toHaveValue('zzz');
  });

  it('finds a sector typed without hamza or article, and says when nothing matches (issue 17)', async () => {
    await i18n.changeLanguage('ar');
    try {
      server.use(
        http.get('/api/v1/cooperatives', ({ response }) => response(200).json({ items: [], page: 1, pageSize: 20, total: 0 })),
      );
      const { user } = renderApp('/cooperatives');
      const sector = await screen.findByRole('combobox', { name: 'القطاع' });

      await user.type(sector, 'اركان');
      expect(await screen.findByRole('option', { name: 'الأركان' })).toBeInTheDocument();
      expect(screen.queryByRole('option', { name: 'الفلاحة' })).not.toBeInTheDocument();

      await user.clear(sector);
      await user.type(sector, 'تجفيف');
      const dropdown = document.getElementById(sector.getAttribute('aria-controls')!)!;
      expect(await within(dropdown).findByText('لا توجد نتائج')).toBeInTheDocument();
      expect(within(dropdown).queryByRole('option')).not.toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('fr');
    }
  });
});
