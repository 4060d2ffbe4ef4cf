/**
 * The owner details the portal rules ask every page to show (Nghị định
 * 42/2022/NĐ-CP; docs/portal-rules.md). The site leaves empty ones out rather
 * than show a placeholder; the admin dashboard lists them (components/OwnerChecklist.tsx).
 */
export const OWNER_DETAILS = [
  { name: 'agencyName', label: 'Cơ quan chủ quản' },
  { name: 'responsiblePerson', label: 'Người chịu trách nhiệm' },
  { name: 'address', label: 'Địa chỉ' },
  { name: 'phone', label: 'Điện thoại' },
  { name: 'fax', label: 'Fax' },
  { name: 'email', label: 'Thư điện tử' },
  { name: 'licence', label: 'Giấy phép' },
] as const

/** The owner details still empty, in the order the rules list them. */
export function missingOwnerDetails(settings: Record<string, unknown>) {
  return OWNER_DETAILS.filter(({ name }) => typeof settings[name] !== 'string' || (settings[name] as string).trim() === '')
}

/** The missing details as links to where each is entered in the admin. */
export const ownerChecklist = (settings: Record<string, unknown>, adminRoute: string) =>
  missingOwnerDetails(settings).map(({ name, label }) => ({ name, label, href: `${adminRoute}/globals/site-settings#field-${name}` }))
