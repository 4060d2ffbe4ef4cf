import type { Payload } from 'payload'

import { mailConfigured } from './adapter'

export interface Mail {
  to: string | string[]
  subject: string
  text: string
}

/**
 * Sends a notification without ever failing the operation that caused it: a
 * reader's feedback or an editor's answer is already stored when this runs,
 * and a mail server that is down must not turn that into an error. Failures
 * go to the log. Returns whether the mail was handed to the server.
 */
export async function sendQuietly(payload: Payload, mail: Mail): Promise<boolean> {
  if (!mailConfigured()) return false
  const to = [mail.to].flat().filter(Boolean)
  if (to.length === 0) return false
  try {
    await payload.sendEmail({ to, subject: mail.subject, text: mail.text })
    return true
  } catch (error) {
    payload.logger.error({ err: error, msg: `Could not send the mail "${mail.subject}"` })
    return false
  }
}
