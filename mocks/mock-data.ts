import { z } from 'zod';
import { auditLogSchema } from '@/contract/audit-log';
import { maintenanceWindowSchema } from '@/contract/maintenance-window';
import { siteSchema } from '@/contract/sites';
import { socketReleasesSchema } from '@/contract/socket-releases';
import { upgradeFreezesSchema } from '@/contract/upgrade-freezes';

/** Everything the mocked backend knows about one account. */
export const mockDataSchema = z.object({
  maintenanceWindow: maintenanceWindowSchema,
  sites: z.array(siteSchema),
  /** Newest first. */
  socketReleases: socketReleasesSchema,
  /** By start date. */
  upgradeFreezes: upgradeFreezesSchema,
  /** Newest first. */
  auditLog: auditLogSchema,
});
export type MockData = z.infer<typeof mockDataSchema>;

/** Someone who saves: the signed-in user, or the other admin of the conflict scenario. */
export interface Actor {
  name: string;
  email: string;
}
