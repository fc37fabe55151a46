import { describe, expect, it } from 'vitest';
import { network } from '@/testing/fixtures';
import { emptyNetwork, networkCommandFrom, networkValuesFrom } from '@/features/networks/components/network-form-values';

describe('network form values', () => {
  it('a network read and sent back unchanged keeps its names, scope, place and founding assembly', () => {
    const command = networkCommandFrom(networkValuesFrom(network));
    expect(command.nameAr).toBe(network.nameAr);
    expect(command.nameEn).toBeNull();
    expect(command.scope).toBe('provincial');
    expect(command.regionCode).toBe(network.regionCode);
    expect(command.provinceCode).toBe(network.provinceCode);
    expect(command.foundingAssembly).toEqual(network.foundingAssembly);
  });

  it('a national network sends no region or province, a regional one no province', () => {
    const values = { ...emptyNetwork, regionCode: 'MA-09', provinceCode: 'MA-TIZ' };
    expect(networkCommandFrom({ ...values, scope: 'national' })).toMatchObject({ regionCode: null, provinceCode: null });
    expect(networkCommandFrom({ ...values, scope: 'regional' })).toMatchObject({ regionCode: 'MA-09', provinceCode: null });
  });

  it('blank texts are sent as null', () => {
    const command = networkCommandFrom({ ...emptyNetwork, nameFr: ' Réseau ', acronym: ' ' });
    expect(command.nameFr).toBe('Réseau');
    expect(command.acronym).toBeNull();
    expect(command.foundedOn).toBeNull();
  });
});
