/**
 * Fields kept by the portal itself (the folded search text, the seed's keys,
 * the review bookkeeping): nothing an editor wrote, so the version
 * comparison leaves them out.
 */
export function NoDiff() {
  return null
}
