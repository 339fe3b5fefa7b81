/**
 * `npm run demo`: the portal on synthetic data, for trying it and for load tests. Its own database
 * (data/demo.db), its own build folder (.next-demo) and port 3001 unless set; every page carries a
 * banner saying the data is synthetic. The normal `npm start` refuses a database holding demo data.
 */
import { DEMO_DATABASE_URL, DEMO_DIST_DIR } from '../lib/demo';

process.env.SHAFAFIYA_DEMO = '1';
process.env.DATABASE_URL ||= DEMO_DATABASE_URL;
process.env.NEXT_DIST_DIR ||= DEMO_DIST_DIR;
process.env.PORT ||= '3001';

// Loaded after the environment is set: start.ts reads it when it runs.
void import('./start').then(({ startPortal }) => startPortal());
