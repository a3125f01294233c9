import { HttpResponse } from 'msw';
import type { z } from 'zod';
import { toFieldErrors, type FieldError, type ValidationErrorBody } from '@/contract/common';

/*
 * The answers of the contract, one helper each, so every handler words them alike. They return
 * plain `Response`s so one handler can answer with several of them.
 */

type MessageBody = { message: string };

/** 200 with the resource and its version as a strong ETag, as a real backend would send. */
export function withVersion<T extends { version: number }>(resource: T): Response {
  return HttpResponse.json<T>(resource, { headers: { ETag: `"${resource.version}"` } });
}

export function validationFailed(errors: FieldError[]): Response {
  const message = errors.length === 1 ? 'One field is not valid.' : `${errors.length} fields are not valid.`;
  return HttpResponse.json<ValidationErrorBody>({ message, errors }, { status: 400 });
}

export function invalidInput(error: z.ZodError): Response {
  return validationFailed(toFieldErrors(error.issues));
}

export function notJson(): Response {
  return validationFailed([{ field: '', message: 'The body must be a JSON object.' }]);
}

export function forbidden(
  message = 'Your role is viewer: you can see settings but not change them.',
): Response {
  return HttpResponse.json<MessageBody>({ message }, { status: 403 });
}

export function notFound(message: string): Response {
  return HttpResponse.json<MessageBody>({ message }, { status: 404 });
}

export function preconditionRequired(): Response {
  const message = 'Send If-Match with the version you edited, so a save never overwrites a newer one.';
  return HttpResponse.json<MessageBody>({ message }, { status: 428 });
}

export function conflict<T>(current: T): Response {
  const message = 'Someone else saved a newer version first.';
  return HttpResponse.json<MessageBody & { current: T }>({ message, current }, { status: 409 });
}

export function serverError(): Response {
  const message = 'The server had a problem and did not save.';
  return HttpResponse.json<MessageBody>({ message }, { status: 500 });
}
