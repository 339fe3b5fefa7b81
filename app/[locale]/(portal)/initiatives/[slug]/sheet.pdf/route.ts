import { sheetPdfRoute } from '@/lib/sheets/respond';

// Printed on request from live data, then kept in memory per content (lib/sheets/respond.ts).
export const dynamic = 'force-dynamic';

export const GET = sheetPdfRoute('initiatives');
