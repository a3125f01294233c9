import { act, waitFor } from '@testing-library/react';
import { renderApiHook } from '@mocks/render-api-hook';
import { setScenarios } from '@mocks/scenarios';
import { useMaintenanceWindow } from '@/api/maintenance-window/get-maintenance-window';
import { useUpdateMaintenanceWindow } from '@/api/maintenance-window/update-maintenance-window';
import { useDemoScenarios } from './get-demo-scenarios';
import { useResetDemoData } from './reset-demo-data';

describe('useDemoScenarios', () => {
  it('loads the active scenarios for the "Demo: …" chip', async () => {
    setScenarios(['viewer', 'large']);
    const { result } = renderApiHook(() => useDemoScenarios());
    await waitFor(() =>
      expect(result.current.data).toEqual({
        scenarios: ['viewer', 'large'],
        latencyMs: 0,
        unreadableSavedData: null,
      }),
    );
  });
});

describe('useResetDemoData', () => {
  it('restores the seed and refetches what is on screen', async () => {
    const { result } = renderApiHook(() => ({
      window: useMaintenanceWindow(),
      save: useUpdateMaintenanceWindow(),
      reset: useResetDemoData(),
    }));
    await waitFor(() => expect(result.current.window.isSuccess).toBe(true));
    act(() =>
      result.current.save.mutate({ data: { day: 'MONDAY', start: '04:00', end: '06:00' }, version: 2 }),
    );
    await waitFor(() => expect(result.current.window.data?.day).toBe('MONDAY'));

    act(() => result.current.reset.mutate());
    await waitFor(() => expect(result.current.window.data).toMatchObject({ day: 'SUNDAY', version: 2 }));
  });
});
