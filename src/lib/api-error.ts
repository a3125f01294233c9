import type { z } from 'zod';
import type { FieldError } from '@/contract/common';

/** The kinds of failure the UI reacts to differently. */
export type ApiErrorKind =
  | 'validation' // 400: the server names the fields it rejected
  | 'forbidden' // 403: the signed-in user may not do this
  | 'not-found' // 404
  | 'conflict' // 409: someone else saved first; `current` holds their version
  | 'precondition-required' // 428: a save was sent without If-Match
  | 'server' // 5xx
  | 'network' // no answer at all: offline, DNS, connection reset
  | 'malformed-response' // an answer that does not match the contract
  | 'unexpected'; // any other status

export type { FieldError };

interface ApiErrorDetails<TCurrent> {
  status?: number;
  fieldErrors?: FieldError[];
  current?: TCurrent;
  issues?: z.core.$ZodIssue[];
  cause?: unknown;
}

export class ApiError<TCurrent = unknown> extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly fieldErrors: FieldError[];
  /** With `conflict`: the server's current state, already validated against the contract. */
  readonly current: TCurrent | undefined;
  /** With `malformed-response`: what did not match, for the console and bug reports. */
  readonly issues: z.core.$ZodIssue[];

  constructor(kind: ApiErrorKind, message: string, details: ApiErrorDetails<TCurrent> = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = details.status;
    this.fieldErrors = details.fieldErrors ?? [];
    this.current = details.current;
    this.issues = details.issues ?? [];
  }

  /** Worth trying again as it is: the request itself was not at fault. */
  get isTransient(): boolean {
    return this.kind === 'network' || this.kind === 'server';
  }
}

export function isApiError(error: unknown, kind?: ApiErrorKind): error is ApiError {
  return error instanceof ApiError && (kind === undefined || error.kind === kind);
}

/** A sentence a person can act on, for alerts and snackbars. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return error instanceof Error ? error.message : 'Something went wrong.';
  }
  switch (error.kind) {
    case 'validation':
      return error.fieldErrors.length > 0
        ? 'Some fields need attention: ' + error.fieldErrors.map((f) => f.message).join(' ')
        : error.message;
    case 'forbidden':
      return 'You do not have permission to do this. Ask an account administrator.';
    case 'not-found':
      return 'This item no longer exists. It may have been deleted.';
    case 'conflict':
      return 'Someone else saved a change first.';
    case 'precondition-required':
      return 'The server refused a save without its version. Reload the page and try again.';
    case 'server':
      return 'The server had a problem and could not finish. Your changes are kept; try again.';
    case 'network':
      return 'The server could not be reached. Check your connection; your changes are kept.';
    case 'malformed-response':
      return 'The server sent an answer the console does not understand.';
    case 'unexpected':
      return error.message;
  }
}
