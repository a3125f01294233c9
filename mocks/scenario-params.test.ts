import { applyScenarioParams, parseScenarioParams, SCENARIOS_STORAGE_KEY } from './scenario-params';
import { getScenarios, resetScenarios, takeNextSaveScenario } from './scenarios';
import { createMemoryStorage } from './test-client';

describe('parseScenarioParams', () => {
  it('reads several scenarios separated by commas, and the latency', () => {
    expect(parseScenarioParams('?scenario=viewer,large&latency=2000')).toEqual({
      scenarios: ['viewer', 'large'],
      latencyMs: 2000,
      unknown: [],
    });
  });

  it('says nothing about what the URL does not mention', () => {
    expect(parseScenarioParams('?tab=general')).toEqual({ unknown: [] });
  });

  it('reads "none" as: no scenario and no latency', () => {
    expect(parseScenarioParams('?scenario=none')).toEqual({ scenarios: [], latencyMs: 0, unknown: [] });
    expect(parseScenarioParams('?scenario=none&latency=300')).toEqual({
      scenarios: [],
      latencyMs: 300,
      unknown: [],
    });
  });

  it('lists what it does not know, to warn about', () => {
    expect(parseScenarioParams('?scenario=viewer,slow&latency=fast')).toEqual({
      scenarios: ['viewer'],
      unknown: ['slow', 'latency=fast'],
    });
  });
});

describe('applyScenarioParams (browser start)', () => {
  it('switches on what the URL says and keeps it for the tab', () => {
    const session = createMemoryStorage();
    applyScenarioParams('?scenario=viewer,fail-next-save&latency=2000', session);
    expect(getScenarios()).toEqual({ scenarios: ['viewer', 'fail-next-save'], latencyMs: 2000 });
    expect(JSON.parse(session.getItem(SCENARIOS_STORAGE_KEY) ?? '')).toEqual(getScenarios());
  });

  it('after navigation or a reload without parameters, restores what the tab had', () => {
    const session = createMemoryStorage();
    applyScenarioParams('?scenario=large', session);
    resetScenarios(); // the page goes away
    applyScenarioParams('', session);
    expect(getScenarios().scenarios).toEqual(['large']);
  });

  it('remembers that a one-time scenario was used up', () => {
    const session = createMemoryStorage();
    applyScenarioParams('?scenario=conflict-next-save', session);
    expect(takeNextSaveScenario()).toBe('conflict-next-save');
    resetScenarios();
    applyScenarioParams('', session);
    expect(getScenarios().scenarios).toEqual([]);
  });

  it('clears everything with ?scenario=none', () => {
    const session = createMemoryStorage();
    applyScenarioParams('?scenario=viewer&latency=500', session);
    resetScenarios();
    applyScenarioParams('?scenario=none', session);
    expect(getScenarios()).toEqual({ scenarios: [], latencyMs: 0 });
  });

  it('goes by the URL alone where the browser blocks storage', () => {
    applyScenarioParams('?scenario=viewer', undefined);
    expect(getScenarios().scenarios).toEqual(['viewer']);
  });

  it('ignores stored data it cannot read', () => {
    const session = createMemoryStorage();
    session.setItem(SCENARIOS_STORAGE_KEY, '{"scenarios":["chaos"]}');
    applyScenarioParams('', session);
    expect(getScenarios()).toEqual({ scenarios: [], latencyMs: 0 });
  });
});
