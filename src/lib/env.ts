import { z } from 'zod';

// Build-time settings, validated once so a typo in a deployment fails at start, not on first use.
const envSchema = z.object({
  // Where the real backend lives. Empty means "same origin" (a reverse proxy serves /api there).
  VITE_API_BASE_URL: z
    .string()
    .default('')
    .refine((value) => value === '' || /^https?:\/\//.test(value), 'must be an http(s) URL or empty')
    .transform((value) => value.replace(/\/+$/, '')),
  // "include" sends the session cookie to a backend on another origin (it must allow credentials).
  VITE_API_CREDENTIALS: z.enum(['same-origin', 'include']).default('same-origin'),
});

const parsed = envSchema.parse(import.meta.env);

/**
 * Whether the embedded mocked backend answers. vite.config.ts decides it (on for `npm start`, the
 * unit tests and `npm run build:demo`; off in a production build) and writes it into the code as
 * a literal, so the checks on it fold away and a production build holds no mock code at all.
 */
export const mocksEnabled: boolean = import.meta.env.VITE_ENABLE_MOCKS === 'true';

export const env = {
  apiBaseUrl: parsed.VITE_API_BASE_URL,
  apiCredentials: parsed.VITE_API_CREDENTIALS,
  mocksEnabled,
} as const;
