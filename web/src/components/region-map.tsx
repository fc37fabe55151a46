import { Anchor, Group, Stack, Text, useDirection } from '@mantine/core';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import moroccoLow from '@amcharts/amcharts5-geodata/json/moroccoLow.json';
import type { CooperativeStatisticsRow } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';

const WIDTH = 520;
const HEIGHT = 560;
const LIGHT = [224, 242, 241];
const DARK = [0, 77, 64];

function shade(value: number, max: number): string {
  const k = max > 0 ? Math.sqrt(value / max) : 0;
  const c = LIGHT.map((l, i) => Math.round(l + (DARK[i]! - l) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

type RegionFeature = Feature<Geometry, { name?: string; id?: string }> & { id?: string };

/**
 * Choropleth of the 12 regions (amCharts geodata, ids MA-01…MA-12) coloured by the number of
 * cooperatives (or whatever the rows count); each region links to the directory filtered on it, or where linkTo says.
 */
export function RegionMap({
  rows,
  linkTo = (region) => `/cooperatives?region=${encodeURIComponent(region)}`,
}: {
  rows: CooperativeStatisticsRow[];
  linkTo?: (region: string) => string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { dir } = useDirection();
  const collection = moroccoLow as unknown as FeatureCollection<Geometry, { name?: string; id?: string }>;
  const paths = useMemo(() => {
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], collection);
    const path = geoPath(projection);
    return (collection.features as RegionFeature[]).map((f) => ({
      id: String(f.id ?? f.properties?.id ?? ''),
      d: path(f) ?? '',
    }));
  }, [collection]);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const max = Math.max(0, ...rows.map((r) => r.cooperatives));

  return (
    <Stack gap="xs">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={t('dashboard.mapLabel')}
        style={{ inlineSize: '100%', maxInlineSize: WIDTH, blockSize: 'auto' }}
        data-testid="region-map"
      >
        {paths.map(({ id, d }) => {
          const row = byKey.get(id);
          const count = row?.cooperatives ?? 0;
          const label = t('dashboard.mapRegion', { name: fmt.name(row) || id, count, formatted: fmt.number(count) });
          const href = linkTo(id);
          return (
            <a
              key={id}
              href={href}
              aria-label={label}
              onClick={(e) => {
                e.preventDefault();
                void navigate(href);
              }}
            >
              <path className="map-region" d={d} fill={shade(count, max)} data-region={id}>
                <title>{label}</title>
              </path>
            </a>
          );
        })}
      </svg>
      <Group gap="xs" align="center">
        <Text size="xs">{fmt.number(0)}</Text>
        <div
          aria-hidden
          style={{
            inlineSize: 160,
            blockSize: 10,
            background: `linear-gradient(${dir === 'rtl' ? 'to left' : 'to right'}, ${shade(0, 1)}, ${shade(1, 1)})`,
          }}
        />
        <Text size="xs">{fmt.number(max)}</Text>
        <Text size="xs" c="dimmed">
          {t('dashboard.mapLegend')}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        <Anchor href="https://www.amcharts.com/" target="_blank" rel="noopener noreferrer" size="xs">
          {t('dashboard.mapAttribution')}
        </Anchor>{' '}
        (
        <Anchor href="/licenses/amcharts5-geodata/LICENSE" size="xs">
          {t('dashboard.licence')}
        </Anchor>
        )
      </Text>
    </Stack>
  );
}

export default RegionMap;
