import { useMe } from '@/api/account/get-me';

/**
 * Whether the signed-in user may change settings. While the role is unknown the answer is no, so
 * a viewer never sees an editable form flash before it turns read-only.
 */
export function useCanEdit(): { canEdit: boolean; isPending: boolean } {
  const me = useMe();
  return { canEdit: me.data?.role === 'admin', isPending: me.isPending };
}
