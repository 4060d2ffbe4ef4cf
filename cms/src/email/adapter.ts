import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Mail is optional. With SMTP_HOST set, Payload sends through that server
 * (editors hear of new feedback, readers get their answer, staff can reset
 * their password); without it, nothing is sent and nothing else changes.
 * We skip nodemailer's start-up check so an unreachable mail server never
 * delays or breaks the start of the CMS or the site.
 */
export const mailConfigured = () => Boolean(process.env.SMTP_HOST)

export function mailAdapter(): Promise<EmailAdapter> | undefined {
  if (!mailConfigured()) return undefined
  const port = Number(process.env.SMTP_PORT ?? 587)
  const from = process.env.MAIL_FROM ?? 'no-reply@localhost'
  // "Tên <dia-chi@...>" or a bare address.
  const named = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return nodemailerAdapter({
    defaultFromAddress: named?.[2] ?? from.trim(),
    defaultFromName: named?.[1] || 'Cổng thông tin Thi đua – Khen thưởng',
    skipVerify: true,
    transportOptions: {
      host: process.env.SMTP_HOST,
      port,
      secure: port === 465,
      ...(process.env.SMTP_USER ? { auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? '' } } : {}),
    },
  })
}

/** Public addresses the mails link to. */
export const siteUrl = () => (process.env.SITE_URL ?? `http://localhost:${process.env.SITE_PORT ?? 4321}`).replace(/\/$/, '')
export const adminUrl = () => (process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`).replace(/\/$/, '')
