import type { DateField, Field, SanitizedConfig } from 'payload'

import { TIME_ZONE } from '@portal/shared'

/**
 * How editors enter dates: dd/mm/yyyy, 24-hour times, and times in Vietnam's
 * zone whatever the browser's. Payload's timezone support stores the instant
 * in UTC and the zone beside it (`<name>_tz`); the zone is the only option and
 * is shown under the field, so "31/12/2026 17:00" typed in a UTC browser still
 * means 17:00 in Hà Nội.
 */
export const VIETNAM_TIMEZONE = { label: 'Giờ Việt Nam (UTC+7)', value: TIME_ZONE }

/** For the config's `admin.timezones`. */
export const ADMIN_TIMEZONES = { supportedTimezones: [VIETNAM_TIMEZONE], defaultTimezone: TIME_ZONE }

/** A calendar day: no time, nothing for a time zone to move. */
export const DAY_PICKER: NonNullable<DateField['admin']>['date'] = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' }

/** Day and time, 24-hour, with the picker's time column captioned in Vietnamese. */
export const DAY_AND_TIME_PICKER: NonNullable<DateField['admin']>['date'] = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd/MM/yyyy HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 15,
  overrides: { timeCaption: 'Giờ' },
}

/** A date field with a time, entered and shown in Vietnam's time zone. */
export function vietnamDateTime(field: Omit<DateField, 'type'>): DateField {
  return {
    ...field,
    type: 'date',
    timezone: {
      defaultTimezone: TIME_ZONE,
      supportedTimezones: [VIETNAM_TIMEZONE],
      // The zone has a default, so writers through the API need not send it.
      override: ({ baseField }) => ({ ...baseField, required: false }),
    },
    admin: { ...field.admin, date: { ...DAY_AND_TIME_PICKER, ...field.admin?.date } },
  }
}

/** The list views' cell for every date field (components/VietnamDateCell.tsx). */
export const VIETNAM_DATE_CELL = '/components/VietnamDateCell#VietnamDateCell'

function giveDateCells(fields: readonly Field[]): void {
  for (const field of fields) {
    if (field.type === 'date') {
      field.admin ??= {}
      field.admin.components = { ...field.admin.components, Cell: field.admin.components?.Cell ?? VIETNAM_DATE_CELL }
    }
    if ('fields' in field && Array.isArray(field.fields)) giveDateCells(field.fields)
    if (field.type === 'tabs') for (const tab of field.tabs) giveDateCells(tab.fields)
    if (field.type === 'blocks') for (const block of field.blocks) if (typeof block === 'object') giveDateCells(block.fields)
  }
}

/**
 * Every date column of every list shows Vietnam's time (VietnamDateCell),
 * createdAt and updatedAt included: those Payload adds while it builds the
 * config, hence applied to the built config, in place, so the flattened copies
 * it keeps of the fields see the same admin settings.
 */
export async function withVietnamDateCells<T extends Pick<SanitizedConfig, 'collections' | 'globals'>>(built: Promise<T>): Promise<T> {
  const config = await built
  for (const entity of [...config.collections, ...config.globals]) {
    giveDateCells(entity.fields)
    if ('flattenedFields' in entity) giveDateCells(entity.flattenedFields as Field[])
  }
  return config
}
