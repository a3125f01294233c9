import { z } from 'zod';
import { scenarioNameSchema, type ScenarioName } from '@/contract/demo';
import { getScenarios, isScenarioName, onScenariosChange, setScenarios } from './scenarios';

/*
 * In the browser, scenarios come from the page URL when the worker starts
 * (`?scenario=viewer,large&latency=2000`, `?scenario=none` to clear) and are kept in
 * sessionStorage, so they last through navigation and reloads in that tab and no further.
 */

export const SCENARIOS_STORAGE_KEY = 'socket-upgrade-console.mock-scenarios';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const storedSchema = z.object({ scenarios: z.array(scenarioNameSchema), latencyMs: z.int().min(0) });

export interface ScenarioParams {
  /** Undefined when the URL does not say; empty for `scenario=none`. */
  scenarios?: ScenarioName[];
  latencyMs?: number;
  /** Names the URL gave that are not scenarios, to warn about. */
  unknown: string[];
}

export function parseScenarioParams(search: string): ScenarioParams {
  const params = new URLSearchParams(search);
  const result: ScenarioParams = { unknown: [] };
  const scenarioParam = params.get('scenario');
  if (scenarioParam !== null) {
    const names = scenarioParam
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '' && name !== 'none');
    result.scenarios = names.filter(isScenarioName);
    result.unknown = names.filter((name) => !isScenarioName(name));
  }
  const latency = params.get('latency');
  if (latency !== null) {
    if (/^\d+$/.test(latency)) result.latencyMs = Number(latency);
    else result.unknown.push(`latency=${latency}`);
  }
  // "none" clears the latency too, unless the same URL sets one.
  if (scenarioParam !== null && result.scenarios?.length === 0 && result.latencyMs === undefined)
    result.latencyMs = 0;
  return result;
}

/**
 * Sets the scenarios for this tab: what the URL says, else what the tab had, and keeps them in
 * `storage` from then on (a one-time scenario used up stays used up after a reload without it).
 * Without storage (a browser that blocks it) the URL alone decides.
 */
export function applyScenarioParams(search: string, storage: StorageLike | undefined): ScenarioParams {
  const stored = storage ? readStored(storage) : { scenarios: [], latencyMs: 0 };
  const fromUrl = parseScenarioParams(search);
  setScenarios(fromUrl.scenarios ?? stored.scenarios, { latencyMs: fromUrl.latencyMs ?? stored.latencyMs });
  if (storage) {
    const save = () => storage.setItem(SCENARIOS_STORAGE_KEY, JSON.stringify(getScenarios()));
    save();
    onScenariosChange(save);
  }
  return fromUrl;
}

function readStored(storage: StorageLike): z.infer<typeof storedSchema> {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(storage.getItem(SCENARIOS_STORAGE_KEY) ?? 'null'));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable: start without scenarios.
  }
  return { scenarios: [], latencyMs: 0 };
}
