/**
 * The licence the open data (/du-lieu-mo) is published under when the agency
 * has chosen none in "Cấu hình cổng thông tin": Creative Commons Attribution
 * 4.0, which lets anyone reuse the data, commercially or not, naming the source.
 * It is the licence most public-sector open-data portals use and has an official
 * Vietnamese text.
 */
export interface OpenDataLicence {
  name: string
  /** The licence's text; null when the agency named a licence without giving its address. */
  url: string | null
}

export const DEFAULT_OPEN_DATA_LICENCE = {
  name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const satisfies OpenDataLicence

/** The licence in force: what the editors entered, each part falling back to the default when left empty. */
export function openDataLicence(entered: { licenceName?: string | null; licenceUrl?: string | null } | null | undefined): OpenDataLicence {
  const name = entered?.licenceName?.trim()
  const url = entered?.licenceUrl?.trim()
  if (!name) return DEFAULT_OPEN_DATA_LICENCE
  return { name, url: url || null }
}
