import type { Province, Region } from '@/lib/api/schema-types';

export function findRegion(regions: Region[] | undefined, code: string | null | undefined): Region | undefined {
  return regions?.find((r) => r.code === code);
}

export function findProvince(regions: Region[] | undefined, code: string | null | undefined): Province | undefined {
  if (!regions || !code) return undefined;
  for (const r of regions) {
    const p = r.provinces.find((x) => x.code === code);
    if (p) return p;
  }
  return undefined;
}
