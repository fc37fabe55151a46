/** The numeric indicators of an impact assessment that the chart can show. */
export const IMPACT_METRICS = ['jobs', 'womenInvolved', 'youthInvolved', 'revenue', 'investment'] as const;
export type ImpactMetric = (typeof IMPACT_METRICS)[number];
