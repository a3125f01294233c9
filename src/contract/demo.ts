import { z } from 'zod';

/*
 * Endpoints only the mocked backend has (see mocks/README.md): the shell shows a chip naming the
 * scenarios on ("Demo: Viewer role (read-only)") and a "Reset demo data" action when mocks are on.
 */

/**
 * Scenarios a URL can switch on (`?scenario=viewer,large`); the *-next-save ones act once.
 * `large` is a 5,000-site account, `very-large` a 20,000-site one.
 */
export const SCENARIO_NAMES = [
  'viewer',
  'large',
  'very-large',
  'fail-next-save',
  'offline-next-save',
  'conflict-next-save',
] as const;
export const scenarioNameSchema = z.enum(SCENARIO_NAMES);
export type ScenarioName = z.infer<typeof scenarioNameSchema>;

/** GET /api/demo/scenarios: what is switched on now (a one-time scenario leaves once used). */
export const demoScenariosSchema = z.object({
  scenarios: z.array(scenarioNameSchema),
  /** Added to every answer, from `?latency=`. */
  latencyMs: z.int().min(0),
  /** Saved demo data the mocked backend could not read and replaced by the seed, until a reset. */
  unreadableSavedData: z
    .object({ foundAt: z.string(), reason: z.string(), keptUnder: z.string() })
    .nullable(),
});
export type DemoScenarios = z.infer<typeof demoScenariosSchema>;

/** POST /api/demo/reset answers 204 No Content (403 for a viewer: resetting is an administrator's action). */
export const demoResetSchema = z.undefined();
