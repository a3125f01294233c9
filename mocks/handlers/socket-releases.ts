import { http, HttpResponse } from 'msw';
import type { SocketRelease } from '@/contract/socket-releases';
import { apiPath } from '../api-path';
import { db } from '../db';
import { networkDelay } from '../network-delay';

export const socketReleasesHandlers = [
  http.get(apiPath('/api/socket-releases'), async () => {
    await networkDelay();
    return HttpResponse.json<SocketRelease[]>(db().socketReleases);
  }),
];
