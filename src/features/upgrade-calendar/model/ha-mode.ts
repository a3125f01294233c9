import type { HaMode } from '@/contract/sites';

/*
 * What an upgrade does to a site, by its Sockets (the vendor's documentation): a single Socket
 * reboots into the new version, so the site is down for a few minutes of its upgrade; an HA site
 * upgrades its primary Socket, then its secondary, and only fails over between them.
 */

export interface HaModeWording {
  /** For legends and lists: "Single Socket". */
  readonly label: string;
  /** What the site's users notice: "down for a few minutes". */
  readonly interruption: string;
  /** The whole of it in a sentence. */
  readonly sentence: string;
}

export const HA_MODE_WORDING: Record<HaMode, HaModeWording> = {
  single: {
    label: 'Single Socket',
    interruption: 'down for a few minutes',
    sentence: 'A single-Socket site is down for a few minutes of its upgrade.',
  },
  ha: {
    label: 'HA (two Sockets)',
    interruption: 'fails over, seconds of interruption',
    sentence:
      'An HA site upgrades its primary Socket, then its secondary, and only fails over: seconds of interruption.',
  },
};

/** What the concurrency figures count, so nobody reads them as sites offline. */
export const IN_WINDOW_NOT_OFFLINE =
  'These are sites in their upgrade window, not sites offline: each upgrade takes about 20 minutes somewhere in the window.';
