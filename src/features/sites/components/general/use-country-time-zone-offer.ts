import { useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { countryTimeZoneToOffer } from '@/components/time-zone-picker';
import type { SiteGeneralValues } from '@/contract/site-general-input';
import type { SiteFormValues } from './site-form-values';

type SiteForm = Pick<
  UseFormReturn<SiteFormValues, unknown, SiteGeneralValues>,
  'control' | 'getValues' | 'setValue' | 'setFocus'
>;

export interface CountryTimeZoneOffer {
  /** The zone offered for the country just chosen, until the administrator answers. */
  zone: string | undefined;
  countryCode: string;
  /** The zone the site keeps now ('' for none). */
  currentZone: string;
  /** Call when the administrator chooses a country (not when the form loads or resets). */
  countryChosen: (countryCode: string | null) => void;
  accept: () => void;
  decline: () => void;
}

/**
 * After the administrator chooses a country with a single time zone, offer to set it: asked,
 * never done silently, as the site may follow another clock on purpose. The offer lasts while
 * the country and the zone are what they were when it was made: choosing a zone by hand, or
 * another country, answers it too. A country with several zones gets no offer; the picker lists
 * its zones first.
 */
export function useCountryTimeZoneOffer(form: SiteForm): CountryTimeZoneOffer {
  const [asked, setAsked] = useState<{ countryCode: string; zone: string } | null>(null);
  const [countryCode, currentZone] = useWatch({ control: form.control, name: ['countryCode', 'timezone'] });
  const open = asked !== null && asked.countryCode === countryCode && asked.zone === currentZone;
  const zone = open ? countryTimeZoneToOffer(countryCode, currentZone) : undefined;
  return {
    zone,
    countryCode,
    currentZone,
    countryChosen: (code) => setAsked(code ? { countryCode: code, zone: form.getValues('timezone') } : null),
    accept: () => {
      if (zone === undefined) return;
      form.setValue('timezone', zone, { shouldDirty: true, shouldValidate: true });
      setAsked(null);
      // The button goes away: the keyboard focus goes to the field it changed.
      form.setFocus('timezone');
    },
    decline: () => {
      setAsked(null);
      form.setFocus('countryCode');
    },
  };
}
