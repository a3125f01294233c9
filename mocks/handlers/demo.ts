import { http, HttpResponse } from 'msw';
import type { DemoScenarios } from '@/contract/demo';
import { apiPath } from '../api-path';
import { restoreSeedData } from '../db';
import { networkDelay } from '../network-delay';
import { getScenarios } from '../scenarios';

/* Mock-only endpoints: no real backend has them (see mocks/README.md). */
export const demoHandlers = [
  http.post(apiPath('/api/demo/reset'), async () => {
    await networkDelay();
    restoreSeedData();
    return new HttpResponse(null, { status: 204 });
  }),

  http.get(apiPath('/api/demo/scenarios'), async () => {
    await networkDelay();
    return HttpResponse.json<DemoScenarios>(getScenarios());
  }),
];
