import type { CreateNetworkCommand, NetworkDetails, NetworkKind, NetworkScope, NetworkStatus } from '@/lib/api/schema-types';
import { blank } from '@/lib/forms/form-values';

/** Mapping between a network as the API reads and takes it and the values of its form (pure). */
export type NetworkFormValues = {
  kind: NetworkKind | null;
  nameAr: string;
  nameFr: string;
  nameEn: string;
  acronym: string;
  scope: NetworkScope | null;
  regionCode: string | null;
  provinceCode: string | null;
  sectors: string[];
  foundedOn: string;
  status: NetworkStatus | null;
  foundingAssembly: { heldOn: string; place: string };
};

export const emptyNetwork: NetworkFormValues = {
  kind: 'network',
  nameAr: '',
  nameFr: '',
  nameEn: '',
  acronym: '',
  scope: null,
  regionCode: null,
  provinceCode: null,
  sectors: [],
  foundedOn: '',
  status: 'active',
  foundingAssembly: { heldOn: '', place: '' },
};

export function networkValuesFrom(n: NetworkDetails): NetworkFormValues {
  return {
    kind: n.kind,
    nameAr: n.nameAr ?? '',
    nameFr: n.nameFr ?? '',
    nameEn: n.nameEn ?? '',
    acronym: n.acronym ?? '',
    scope: n.scope,
    regionCode: n.regionCode ?? null,
    provinceCode: n.provinceCode ?? null,
    sectors: n.sectors,
    foundedOn: n.foundedOn ?? '',
    status: n.status,
    foundingAssembly: { heldOn: n.foundingAssembly.heldOn ?? '', place: n.foundingAssembly.place ?? '' },
  };
}

export function networkCommandFrom(v: NetworkFormValues): CreateNetworkCommand {
  return {
    kind: v.kind ?? undefined,
    nameAr: blank(v.nameAr),
    nameFr: blank(v.nameFr),
    nameEn: blank(v.nameEn),
    acronym: blank(v.acronym),
    scope: v.scope ?? undefined,
    regionCode: v.scope === 'national' ? null : v.regionCode,
    provinceCode: v.scope === 'national' || v.scope === 'regional' ? null : v.provinceCode,
    sectors: v.sectors,
    foundedOn: blank(v.foundedOn),
    status: v.status ?? undefined,
    foundingAssembly: { heldOn: blank(v.foundingAssembly.heldOn), place: blank(v.foundingAssembly.place) },
  };
}
