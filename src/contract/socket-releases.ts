import { z } from 'zod';
import { instantSchema } from './common';

/** One Socket software release; `releasedAt` starts the 48-hour notice. */
export const socketReleaseSchema = z.object({
  version: z.string().min(1),
  releasedAt: instantSchema,
});
export type SocketRelease = z.infer<typeof socketReleaseSchema>;

/** GET /api/socket-releases: newest first. */
export const socketReleasesSchema = z.array(socketReleaseSchema);
