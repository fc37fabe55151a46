import { describe, expect, it } from 'vitest';
import { organisation } from '@/testing/fixtures';
import {
  emptyOrganisation,
  organisationCommandFrom,
  organisationValuesFrom,
} from '@/features/organisations/components/organisation-form-values';

describe('organisation form values', () => {
  it('an organisation read and sent back unchanged keeps its kind, names and contact', () => {
    const command = organisationCommandFrom(organisationValuesFrom(organisation));
    expect(command.kind).toBe('donor');
    expect(command.nameFr).toBe(organisation.nameFr);
    expect(command.acronym).toBe('PNUD');
    expect(command.contact).toEqual({ phone: null, email: null, website: null });
  });

  it('blank texts are sent as null', () => {
    const command = organisationCommandFrom({
      ...emptyOrganisation,
      nameAr: ' جمعية ',
      contact: { phone: ' ', email: ' a@b.ma ', website: '' },
    });
    expect(command.nameAr).toBe('جمعية');
    expect(command.nameFr).toBeNull();
    expect(command.contact).toEqual({ phone: null, email: 'a@b.ma', website: null });
  });
});
