/** The HTTP status a URL answers with (redirects not followed), or 0 when nothing answers. */
export async function status(url: string): Promise<number> {
  try {
    const res = await fetch(url, { redirect: 'manual' });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}
