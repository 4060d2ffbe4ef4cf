import { escapeHtml } from '@portal/shared/escapeHtml'

import { siteUrl } from './adapter'

/**
 * The password-reset mail points at the public site's reset page, not the
 * admin's: staff accounts cannot open the admin, and editors can reset there
 * too, then sign in wherever they work.
 */
export const resetPasswordEmail = {
  generateEmailSubject: () => 'Đặt lại mật khẩu – Cổng thông tin Thi đua – Khen thưởng',
  generateEmailHTML: (args?: { token?: string; user?: { name?: string | null } }) => {
    const link = `${siteUrl()}/dat-lai-mat-khau?token=${encodeURIComponent(args?.token ?? '')}`
    const name = escapeHtml(args?.user?.name ?? '')
    return `<p>Xin chào ${name},</p>
<p>Có yêu cầu đặt lại mật khẩu cho tài khoản của bạn trên Cổng thông tin Thi đua – Khen thưởng.</p>
<p>Mở liên kết sau trong vòng 1 giờ để đặt mật khẩu mới: <a href="${link}">${link}</a></p>
<p>Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không thay đổi.</p>`
  },
}
