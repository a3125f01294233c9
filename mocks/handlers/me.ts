import { http, HttpResponse } from 'msw';
import type { Me } from '@/contract/me';
import { apiPath } from '../api-path';
import { networkDelay } from '../network-delay';
import { isScenarioOn } from '../scenarios';
import { CURRENT_USER } from '../seed';

export const meHandlers = [
  http.get(apiPath('/api/me'), async () => {
    await networkDelay();
    return HttpResponse.json<Me>({ ...CURRENT_USER, role: isScenarioOn('viewer') ? 'viewer' : 'admin' });
  }),
];
