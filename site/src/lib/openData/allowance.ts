/**
 * Open data is rate limited per client address and clock hour, like the
 * site's other endpoints: an allowance counted in the database (atomic
 * increments, shared by every site process), keyed by a hash of the address.
 */
import { clockHour, limits, takeAddressAllowance } from '@portal/cms/engagement'

import { payload } from '../content'
import { OpenDataRefusal } from './refusal'

export async function takeOpenDataAllowance(address: string | null, now = new Date()): Promise<void> {
  // Without an address (an adapter that cannot tell) nobody can be told apart: not limited here, nginx limits.
  if (!address) return
  const p = await payload()
  const window = clockHour(now)
  const limit = limits.openDataPerIpHour()
  if (await takeAddressAllowance(p, 'open-data', address, window, limit)) return
  const retryAfter = Math.max(1, Math.ceil((window.endsAt.getTime() - now.getTime()) / 1000))
  throw new OpenDataRefusal(
    429,
    'rate_limited',
    `Quá ${limit} yêu cầu dữ liệu mở trong một giờ từ cùng một địa chỉ. Vui lòng thử lại sau ${Math.ceil(retryAfter / 60)} phút.`,
    'hourly allowance used up',
    { 'Retry-After': String(retryAfter) },
  )
}
