import { errorResponse, preflight } from '@/lib/api/http';

/** Any other /api/v1 path: the one error shape, not the HTML 404 page. */
export function GET() {
  return errorResponse(404, 'not_found');
}
export const OPTIONS = preflight;
