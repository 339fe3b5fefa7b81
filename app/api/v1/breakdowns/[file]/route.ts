import { getBreakdown } from '@/lib/data/breakdowns';
import { apiError, requestLocale } from '@/lib/api/response';
import { breakdownCsv, breakdownCsvFilename, breakdownJson } from '@/lib/serialize/breakdowns';
import { breakdownRequestSchema } from '@/lib/validation/breakdown';

/** GET /api/v1/breakdowns/12 (JSON) or /api/v1/breakdowns/12.csv, with ?locale=<a portal locale> for names. */
export async function GET(request: Request, ctx: RouteContext<'/api/v1/breakdowns/[file]'>) {
  const { file } = await ctx.params;
  const messageLocale = requestLocale(request);
  const parsed = breakdownRequestSchema.safeParse({ file, locale: new URL(request.url).searchParams.get('locale') ?? undefined });
  if (!parsed.success) return apiError(400, 'bad_request', messageLocale, 'badBreakdownRequest');
  const { file: { id, format }, locale } = parsed.data;
  const view = await getBreakdown(locale, id);
  if (!view) return apiError(404, 'not_found', locale, 'breakdownNotFound');
  if (format === 'csv') {
    return new Response(breakdownCsv(view, locale), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${breakdownCsvFilename(view, locale)}"`,
      },
    });
  }
  return Response.json({ data: breakdownJson(view, locale) });
}
