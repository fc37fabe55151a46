import { act, renderHook } from '@testing-library/react';
import { draftKey, forgetDraft, forgetKeptDrafts, keepDraft, readKeptDraft, useKeepDraft, useRestoredDraft } from '@/lib/forms/kept-draft';

describe('kept drafts (unsent input on this phone)', () => {
  const key = draftKey('application', 'a1');

  it('keeps values per form and record, reads them back with the time, and forgets them', () => {
    keepDraft(key, { projectSummary: 'تعاونية الأركان' }, new Date('2026-03-01T10:00:00Z'));
    keepDraft(draftKey('application', 'a2'), { projectSummary: 'other' });
    expect(readKeptDraft(key)).toEqual({ values: { projectSummary: 'تعاونية الأركان' }, keptAt: '2026-03-01T10:00:00.000Z' });
    forgetDraft(key);
    expect(readKeptDraft(key)).toBeNull();
    expect(readKeptDraft(draftKey('application', 'a2'))).not.toBeNull();
  });

  it('reads nothing from an entry it cannot understand', () => {
    localStorage.setItem(key, '{not json');
    expect(readKeptDraft(key)).toBeNull();
    localStorage.setItem(key, JSON.stringify({ values: 1 }));
    expect(readKeptDraft(key)).toBeNull();
  });

  it('forgetting all drafts (sign-out) leaves the other settings alone', () => {
    keepDraft(draftKey('registration', 'e1'), { attendeeName: 'Fatima' });
    keepDraft(key, { projectSummary: 'x' });
    localStorage.setItem('coophub.language', 'ar');
    forgetKeptDrafts();
    expect(readKeptDraft(key)).toBeNull();
    expect(readKeptDraft(draftKey('registration', 'e1'))).toBeNull();
    expect(localStorage.getItem('coophub.language')).toBe('ar');
  });

  it('keeps the values only while they are unsent, restores them on the next opening, and forgets them when accepted', () => {
    const { rerender, result } = renderHook(({ values, unsent }) => useKeepDraft(key, values, unsent), {
      initialProps: { values: { projectSummary: '' }, unsent: false },
    });
    expect(readKeptDraft(key)).toBeNull();
    rerender({ values: { projectSummary: 'مشروع' }, unsent: true });
    expect(readKeptDraft(key)?.values).toEqual({ projectSummary: 'مشروع' });

    const reopened = renderHook(() => useRestoredDraft<{ projectSummary: string }>(key));
    expect(reopened.result.current?.values.projectSummary).toBe('مشروع');

    act(() => result.current());
    rerender({ values: { projectSummary: 'مشروع' }, unsent: false });
    expect(readKeptDraft(key)).toBeNull();
  });
});
