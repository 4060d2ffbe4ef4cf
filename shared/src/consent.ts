/**
 * Consent before personal data (Luật Bảo vệ dữ liệu cá nhân, Luật số
 * 91/2025/QH15, in force from 01/01/2026; docs/portal-rules.md): a form that
 * takes a name, a contact or a file asks for it first, with a link to the
 * privacy notice, and nothing is stored without it. One rule for every form
 * that collects personal data (feedback, consultation comments); the site shows
 * it with components/ConsentField.astro.
 */

/** The privacy notice the consent refers to (a static page of the seed). */
export const PRIVACY_NOTICE_PATH = '/chinh-sach-bao-ve-du-lieu-ca-nhan'

/** The form field a reader ticks; any of these values means yes (a checkbox sends "on" without a value attribute). */
export const CONSENT_FIELD = 'consent'
const YES = new Set(['yes', 'on', 'true', 'co', 'dong-y'])

export const CONSENT_REQUIRED_MESSAGE =
  'Vui lòng đánh dấu ô đồng ý cho Ban biên tập xử lý dữ liệu cá nhân của bạn (họ tên, thông tin liên hệ, tệp đính kèm) để trả lời ý kiến. Không có sự đồng ý, ý kiến không được lưu.'

/** Whether a submitted form value says yes. */
export const consentGiven = (value: unknown): boolean => value === true || (typeof value === 'string' && YES.has(value.trim().toLowerCase()))

/** The per-field error for a form that lacks consent, or nothing. */
export const consentErrors = (given: boolean): { consent?: string } => (given ? {} : { consent: CONSENT_REQUIRED_MESSAGE })
