import { env } from '@/lib/env';

/** Handlers answer where the client sends: same origin by default, else VITE_API_BASE_URL. */
export function apiPath(path: string): string {
  return `${env.apiBaseUrl}${path}`;
}
