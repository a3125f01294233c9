import { http, HttpResponse } from 'msw';
import type { DemoScenarios } from '@/contract/demo';
import { apiPath } from '../api-path';
import { restoreSeedData, unreadableSavedData } from '../db';
import { networkDelay } from '../network-delay';
import { forbidden } from '../responses';
import { getScenarios, isScenarioOn } from '../scenarios';

/* Mock-only endpoints: no real backend has them (see mocks/README.md). */
export const demoHandlers = [
  http.post(apiPath('/api/demo/reset'), async () => {
    await networkDelay();
    // It wipes every administrator's edits: a viewer may not, as with any other change.
    if (isScenarioOn('viewer'))
      return forbidden('Your role is viewer: only an administrator can reset the demo data.');
    restoreSeedData();
    return new HttpResponse(null, { status: 204 });
  }),

  http.get(apiPath('/api/demo/scenarios'), async () => {
    await networkDelay();
    return HttpResponse.json<DemoScenarios>({
      ...getScenarios(),
      unreadableSavedData: unreadableSavedData() ?? null,
    });
  }),
];
