import { formatDate, formatDateTime, formatNumber, localizedName, todayInCasablanca } from '@/lib/i18n/format';

describe('locale formatting', () => {
  it('uses Western digits in Arabic', () => {
    expect(formatNumber(12988, 'ar')).toMatch(/12.988/);
    expect(formatNumber(12988, 'ar')).not.toMatch(/[٠-٩]/);
    expect(formatDate('2015-03-08', 'ar')).not.toMatch(/[٠-٩]/);
    expect(formatDate('2015-03-08', 'ar')).toContain('2015');
  });

  it('shows calendar dates without a time-zone shift and instants in Africa/Casablanca', () => {
    expect(formatDate('2015-03-08', 'fr')).toContain('8');
    // 23:30 UTC on 31 Dec is already 1 January in Casablanca (UTC+1).
    expect(formatDateTime('2025-12-31T23:30:00Z', 'en')).toContain('2026');
    expect(todayInCasablanca(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });

  it('shows record names in the UI language, falling back to the other', () => {
    expect(localizedName({ nameAr: 'تعاونية', nameFr: 'Coopérative' }, 'ar')).toBe('تعاونية');
    expect(localizedName({ nameAr: 'تعاونية', nameFr: 'Coopérative' }, 'fr')).toBe('Coopérative');
    expect(localizedName({ nameAr: 'تعاونية', nameFr: null as unknown as string }, 'fr')).toBe('تعاونية');
    expect(localizedName({ nameAr: '', nameFr: 'Coopérative' }, 'ar')).toBe('Coopérative');
  });
});
