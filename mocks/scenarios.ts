import { SCENARIO_NAMES, type DemoScenarios, type ScenarioName } from '@/contract/demo';

/*
 * Scenarios make the mocked backend behave as production sometimes does: a viewer's role, a
 * 5,000- or 20,000-site account, a save that fails, never arrives, or loses to another admin. The browser
 * switches them on from URL parameters (./scenario-params.ts); tests call setScenarios().
 */

/** Act on the next save only (PUT, POST or DELETE), then switch themselves off; in this order, one per save. */
export const NEXT_SAVE_SCENARIOS = ['offline-next-save', 'fail-next-save', 'conflict-next-save'] as const;
export type NextSaveScenario = (typeof NEXT_SAVE_SCENARIOS)[number];

let active = new Set<ScenarioName>();
let latencyMs = 0;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Replaces the active scenarios: `setScenarios(['viewer', 'large'], { latencyMs: 2000 })`. */
export function setScenarios(scenarios: readonly ScenarioName[], options: { latencyMs?: number } = {}): void {
  active = new Set(scenarios);
  latencyMs = Math.max(0, options.latencyMs ?? 0);
  changed();
}

/** Tests: no scenario, and no one listening (a reload of the page, as far as scenarios go). */
export function resetScenarios(): void {
  listeners.clear();
  active = new Set();
  latencyMs = 0;
}

export function isScenarioOn(name: ScenarioName): boolean {
  return active.has(name);
}

/** The scenarios GET /api/demo/scenarios answers, in a stable order. */
export function getScenarios(): Pick<DemoScenarios, 'scenarios' | 'latencyMs'> {
  return { scenarios: SCENARIO_NAMES.filter((name) => active.has(name)), latencyMs };
}

/**
 * The one-time scenario the save being handled meets, if any; it is used up. A save with no
 * version to lose (creating a freeze) passes only the scenarios that can befall it.
 */
export function takeNextSaveScenario(
  among: readonly NextSaveScenario[] = NEXT_SAVE_SCENARIOS,
): NextSaveScenario | undefined {
  const next = NEXT_SAVE_SCENARIOS.find((name) => active.has(name) && among.includes(name));
  if (next) {
    active.delete(next);
    changed();
  }
  return next;
}

/** Called after every change, so the browser can keep the scenarios for the tab. */
export function onScenariosChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isScenarioName(name: string): name is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(name);
}
