import { http } from 'msw';
import { maintenanceWindowInputSchema } from '@/contract/maintenance-window';
import { apiPath } from '../api-path';
import { db, transact } from '../db';
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
    const json = await readJsonBody(request);
    // From here on nothing awaits: the checks and the save see one state of the account.
    return transact((data) => {
      const refusal = refuseSave({
        request,
        current: () => data.maintenanceWindow,
        rivalSave: () => rivalSavesMaintenanceWindow(data, RIVAL_ADMIN),
      });
      if (refusal) return refusal;

      if (!json) return notJson();
      const input = maintenanceWindowInputSchema.safeParse(json.body);
      if (!input.success) return invalidInput(input.error);
      return withVersion(saveMaintenanceWindow(data, input.data, CURRENT_USER));
    });
  }),
];
