import type { CreateOrganisationCommand, OrganisationDetails, OrganisationKind } from '@/lib/api/schema-types';
import { blank } from '@/lib/forms/form-values';

/** Mapping between a partner organisation as the API reads and takes it and the values of its form (pure). */
export type OrganisationFormValues = {
  kind: OrganisationKind | null;
  nameAr: string;
  nameFr: string;
  nameEn: string;
  acronym: string;
  regionCode: string | null;
  provinceCode: string | null;
  contact: { phone: string; email: string; website: string };
};

export const emptyOrganisation: OrganisationFormValues = {
  kind: null,
  nameAr: '',
  nameFr: '',
  nameEn: '',
  acronym: '',
  regionCode: null,
  provinceCode: null,
  contact: { phone: '', email: '', website: '' },
};

export function organisationValuesFrom(o: OrganisationDetails): OrganisationFormValues {
  return {
    kind: o.kind,
    nameAr: o.nameAr ?? '',
    nameFr: o.nameFr ?? '',
    nameEn: o.nameEn ?? '',
    acronym: o.acronym ?? '',
    regionCode: o.regionCode ?? null,
    provinceCode: o.provinceCode ?? null,
    contact: { phone: o.contact.phone ?? '', email: o.contact.email ?? '', website: o.contact.website ?? '' },
  };
}

export function organisationCommandFrom(v: OrganisationFormValues): CreateOrganisationCommand {
  return {
    kind: v.kind ?? undefined,
    nameAr: blank(v.nameAr),
    nameFr: blank(v.nameFr),
    nameEn: blank(v.nameEn),
    acronym: blank(v.acronym),
    regionCode: v.regionCode,
    provinceCode: v.provinceCode,
    contact: { phone: blank(v.contact.phone), email: blank(v.contact.email), website: blank(v.contact.website) },
  };
}
