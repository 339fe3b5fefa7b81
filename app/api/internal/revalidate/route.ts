import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { revalidateLocally } from '@/lib/data/revalidate';
import { internalSecret } from '@/lib/cache/listener';

export const dynamic = 'force-dynamic';

const planSchema = z.object({
  paths: z.array(z.object({ path: z.string().startsWith('/').max(300), type: z.enum(['page', 'layout']).optional() })).max(500),
  tags: z.array(z.string().max(200)).max(500),
});

/** Only this process's own revalidation listener can call this: it alone knows the per-process secret. */
export async function POST(request: Request) {
  const secret = internalSecret();
  const given = request.headers.get('x-internal-secret') ?? '';
  if (!secret || given.length !== secret.length || !timingSafeEqual(Buffer.from(given), Buffer.from(secret))) {
    return new Response('Not Found', { status: 404 });
  }
  const plan = planSchema.safeParse(await request.json().catch(() => null));
  if (!plan.success) return new Response('Bad Request', { status: 400 });
  revalidateLocally(plan.data);
  return Response.json({ revalidated: true });
}
