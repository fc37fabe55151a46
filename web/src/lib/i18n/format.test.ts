import {
  dateTimeFormat,
  numberFormat,
  cooperativeOf,
  formatDate,
  formatDateTime,
  formatNumber,
  formatScore,
  formatWallClock,
  freeText,
  localizedName,
  localizedText,
  titleOf,
  todayInCasablanca,
  wallClockDate,
} from '@/lib/i18n/format';

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

  it('says which language a name is shown in and whether it is a fallback', () => {
    expect(localizedText({ nameAr: 'تعاونية', nameFr: 'Coopérative' }, 'ar')).toEqual({ text: 'تعاونية', lang: 'ar', isFallback: false });
    expect(localizedText({ nameAr: ' ', nameFr: 'Coopérative' }, 'ar')).toEqual({ text: 'Coopérative', lang: 'fr', isFallback: true });
    expect(localizedText({ nameAr: 'تعاونية', nameFr: null, nameEn: null }, 'en')).toEqual({ text: 'تعاونية', lang: 'ar', isFallback: true });
    expect(localizedText({ nameAr: null, nameFr: '' }, 'fr')).toEqual({ text: '', lang: undefined, isFallback: false });
  });

  it('tells a typed text’s language by its script', () => {
    expect(freeText('Comité de suivi', 'ar')).toMatchObject({ lang: 'fr', isFallback: true });
    expect(freeText('Comité de suivi', 'fr')).toMatchObject({ isFallback: false });
    expect(freeText('Follow-up committee', 'en')).toMatchObject({ isFallback: false });
    expect(freeText('لجنة التتبع', 'fr')).toMatchObject({ lang: 'ar', isFallback: true });
    expect(freeText('لجنة التتبع', 'ar')).toMatchObject({ lang: 'ar', isFallback: false });
    expect(freeText('2030', 'ar')).toMatchObject({ lang: undefined, isFallback: false });
  });

  it('reads titles and cooperative names as named records', () => {
    expect(localizedName(titleOf({ titleAr: 'ملتقى', titleFr: 'Forum', titleEn: null }), 'en')).toBe('Forum');
    expect(localizedName(cooperativeOf({ cooperativeNameAr: 'تعاونية', cooperativeNameFr: null }), 'fr')).toBe('تعاونية');
  });

  it('shows a Casablanca wall-clock time as sent, whatever the browser thinks of Morocco', () => {
    expect(wallClockDate('2025-09-23T11:05:00')?.toISOString()).toBe('2025-09-23T11:05:00.000Z');
    expect(wallClockDate('2025-09-23')?.toISOString()).toBe('2025-09-23T00:00:00.000Z');
    expect(wallClockDate('soon')).toBeNull();
    expect(formatWallClock('2025-09-30T23:59:00', 'en')).toMatch(/30 Sept? 2025.*23:59/);
    expect(formatWallClock('soon', 'en')).toBe('soon');
  });

  it('shows a score with at most two decimals in Western digits', () => {
    expect(formatScore(7.456, 'en')).toBe('7.46');
    expect(formatScore(7.5, 'ar')).not.toMatch(/[٠-٩]/);
  });
});

describe('formatters', () => {
  it('are built once per locale and options, and still format by them', () => {
    expect(numberFormat('ar-MA', { numberingSystem: 'latn' })).toBe(numberFormat('ar-MA', { numberingSystem: 'latn' }));
    expect(numberFormat('ar-MA', { numberingSystem: 'latn' })).not.toBe(numberFormat('fr-MA', { numberingSystem: 'latn' }));
    expect(numberFormat('fr-MA', { numberingSystem: 'latn', style: 'percent' }).format(0.5)).toMatch(/^50\s?%$/);
    const utc = dateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' });
    const tokyo = dateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });
    expect(utc).not.toBe(tokyo);
    expect(utc).toBe(dateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }));
    expect(utc.format(new Date('2026-07-01T12:00:00Z'))).toBe('12:00');
    expect(tokyo.format(new Date('2026-07-01T12:00:00Z'))).toBe('21:00'); // no summer time there, whatever the time-zone data
  });
});
