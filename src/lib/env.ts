import { z } from 'zod';

// Build-time settings, validated once so a typo in a deployment fails at start, not on first use.
const envSchema = z.object({
  // Where the real backend lives. Empty means "same origin", which is what the mocks serve.
  VITE_API_BASE_URL: z
    .string()
    .default('')
    .refine((value) => value === '' || /^https?:\/\//.test(value), 'must be an http(s) URL or empty')
    .transform((value) => value.replace(/\/+$/, '')),
  // The mocked backend is the embedded default; a build for a real backend turns it off.
  VITE_ENABLE_MOCKS: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value),
});

const parsed = envSchema.parse(import.meta.env);

export const env = {
  apiBaseUrl: parsed.VITE_API_BASE_URL,
  mocksEnabled:
    parsed.VITE_ENABLE_MOCKS === undefined
      ? parsed.VITE_API_BASE_URL === ''
      : parsed.VITE_ENABLE_MOCKS === 'true',
} as const;
