/** Demo mode, declared once: where its data lives and how synthetic records are marked. */
export const DEMO_DATABASE_URL = 'file:./data/demo.db';
export const DEMO_DIST_DIR = '.next-demo';
/** The DatasetMarker key the demo seed writes; any marker makes the portal show the synthetic-data banner. */
export const DEMO_MARKER_KEY = 'synthetic-demo';
/** Every synthetic name starts with this, so a screenshot can never pass for real data. */
export const DEMO_PREFIX = { ar: '[تجريبي]', en: '[Demo]' } as const;
