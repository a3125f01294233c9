import { z } from 'zod';

export const ROLES = ['admin', 'viewer'] as const;
export const roleSchema = z.enum(ROLES);
/** An admin may change settings; a viewer sees everything and every save answers 403. */
export type Role = z.infer<typeof roleSchema>;

/** GET /api/me: the signed-in user. */
export const meSchema = z.object({
  name: z.string(),
  email: z.string(),
  role: roleSchema,
});
export type Me = z.infer<typeof meSchema>;
