/** The body as JSON, or undefined when it is not JSON at all. */
export async function readJsonBody(request: Request): Promise<{ body: unknown } | undefined> {
  try {
    return { body: (await request.json()) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * Query parameters as an object for a strict zod schema (so an unknown parameter is an error).
 * Whole numbers become numbers; anything else stays text and fails the schema's number check.
 */
export function queryParams(url: URL, numericKeys: readonly string[] = []): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    params[key] = numericKeys.includes(key) && /^\d+$/.test(value) ? Number(value) : value;
  }
  return params;
}
