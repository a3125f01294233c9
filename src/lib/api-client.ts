import { z } from 'zod';
import { conflictBodySchema, errorBodySchema, validationErrorBodySchema } from '@/contract/common';
import { ApiError, type FieldError } from './api-error';
import { env } from './env';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequestOptions<TResponse, TCurrent> {
  method?: Method;
  /** Validates the success body; nothing reaches the UI without passing it. */
  schema: z.ZodType<TResponse>;
  /** Sent as JSON. */
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  /** Optimistic concurrency: the version the user started editing from. */
  ifMatch?: string | number;
  /** Validates the `current` state a 409 answer carries. */
  conflictSchema?: z.ZodType<TCurrent>;
  signal?: AbortSignal;
}

// Failure bodies as the contract writes them; whatever a body lacks falls back to words of ours.
const conflictBody = conflictBodySchema(z.unknown());

export function apiUrl(path: string, query?: ApiRequestOptions<unknown, unknown>['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${env.apiBaseUrl}${path}${search ? `?${search}` : ''}`;
}

/** The one way the console talks to its backend: JSON in, validated JSON out, typed errors. */
export async function apiRequest<TResponse, TCurrent = unknown>(
  path: string,
  options: ApiRequestOptions<TResponse, TCurrent>,
): Promise<TResponse> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: env.apiCredentials,
    });
  } catch (cause) {
    // An abort is the caller's choice, not a failure to report.
    // (Checked by name: Node's fetch throws its own DOMException class, not the page's.)
    if (options.signal?.aborted || (cause instanceof Error && cause.name === 'AbortError')) throw cause;
    throw new ApiError('network', 'The server could not be reached.', { cause });
  }

  const body = await readJson(response);
  if (response.ok) {
    const parsed = options.schema.safeParse(body);
    if (!parsed.success) {
      throw new ApiError('malformed-response', `Unexpected answer from ${method} ${path}.`, {
        status: response.status,
        issues: parsed.error.issues,
      });
    }
    return parsed.data;
  }
  throw toApiError(response.status, body, options.conflictSchema);
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toApiError<TCurrent>(
  status: number,
  body: unknown,
  conflictSchema: z.ZodType<TCurrent> | undefined,
): ApiError<TCurrent> {
  const serverMessage = errorBodySchema.safeParse(body).data?.message;
  switch (true) {
    case status === 400: {
      const fieldErrors: FieldError[] = validationErrorBodySchema.safeParse(body).data?.errors ?? [];
      return new ApiError('validation', serverMessage ?? 'The server rejected the request.', {
        status,
        fieldErrors,
      });
    }
    case status === 403:
      return new ApiError('forbidden', serverMessage ?? 'Forbidden.', { status });
    case status === 404:
      return new ApiError('not-found', serverMessage ?? 'Not found.', { status });
    case status === 409: {
      const current = conflictBody.safeParse(body).data?.current;
      const parsed = conflictSchema?.safeParse(current);
      if (parsed && !parsed.success) {
        return new ApiError('malformed-response', 'The conflict answer does not match the contract.', {
          status,
          issues: parsed.error.issues,
        });
      }
      return new ApiError('conflict', serverMessage ?? 'Someone else saved first.', {
        status,
        current: parsed?.data,
      });
    }
    case status === 428:
      return new ApiError('precondition-required', serverMessage ?? 'If-Match is required.', { status });
    case status >= 500:
      return new ApiError('server', serverMessage ?? `Server error (${status}).`, { status });
    default:
      return new ApiError('unexpected', serverMessage ?? `Unexpected status ${status}.`, { status });
  }
}
