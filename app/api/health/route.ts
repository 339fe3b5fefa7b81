import { checkDatabase } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const ok = await checkDatabase();
  return Response.json(
    { status: ok ? 'ok' : 'unavailable', database: ok ? 'ok' : 'unavailable' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
