import { http } from 'msw';
import { maintenanceWindowInputSchema } from '@/contract/maintenance-window';
import { apiPath } from '../api-path';
import { db } from '../db';
import { networkDelay } from '../network-delay';
import { readJsonBody } from '../requests';
import { invalidInput, notJson, withVersion } from '../responses';
import { refuseSave } from '../save-guard';
import { rivalSavesMaintenanceWindow, saveMaintenanceWindow } from '../saves';
import { CURRENT_USER, RIVAL_ADMIN } from '../seed';

const path = apiPath('/api/account/maintenance-window');

export const maintenanceWindowHandlers = [
  http.get(path, async () => {
    await networkDelay();
    return withVersion(db().maintenanceWindow);
  }),

  http.put(path, async ({ request }) => {
    await networkDelay();
    const refusal = refuseSave({
      request,
      current: () => db().maintenanceWindow,
      rivalSave: () => rivalSavesMaintenanceWindow(RIVAL_ADMIN),
    });
    if (refusal) return refusal;

    const json = await readJsonBody(request);
    if (!json) return notJson();
    const input = maintenanceWindowInputSchema.safeParse(json.body);
    if (!input.success) return invalidInput(input.error);
    return withVersion(saveMaintenanceWindow(input.data, CURRENT_USER));
  }),
];
