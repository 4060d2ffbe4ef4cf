import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { env } from '../env/index'

/**
 * Mail is optional. With SMTP_HOST set, Payload sends through that server
 * (editors hear of new feedback, readers get their answer, staff can reset
 * their password); without it, nothing is sent and nothing else changes.
 * We skip nodemailer's start-up check so an unreachable mail server never
 * delays or breaks the start of the CMS or the site.
 */
export const mailConfigured = () => Boolean(env().mail.host)

export function mailAdapter(): Promise<EmailAdapter> | undefined {
  if (!mailConfigured()) return undefined
  const { host, port, user, pass, from } = env().mail
  // "Tên <dia-chi@...>" or a bare address.
  const named = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return nodemailerAdapter({
    defaultFromAddress: named?.[2] ?? from.trim(),
    defaultFromName: named?.[1] || 'Cổng thông tin Thi đua – Khen thưởng',
    skipVerify: true,
    transportOptions: {
      host: host!,
      port,
      secure: port === 465,
      ...(user ? { auth: { user, pass } } : {}),
    },
  })
}

/** Public addresses the mails link to. */
export const siteUrl = () => env().siteUrl
export const adminUrl = () => env().cmsUrl
