/**
 * What every reader form's POST does on the site (feedback, consultation
 * comments): read the body with its file under a cap, parse the text fields,
 * check them with the form's rules (shared with the CMS), the honeypot and the
 * signed one-use time stamp, then hand over to the CMS rules, which store; and
 * say what the page shows. Spam defences without outside services: a
 * honeypot field, a signed time stamp (a person takes a few seconds), and a
 * per-address hourly limit (in the CMS rules).
 */
import { READER_LIMITS, type ReaderAttachment } from '@portal/shared'
import type { UploadedFile } from '@portal/cms/engagement'
import type { z } from 'zod'

import { pageRefusal } from '../http/answers'
import { formObject, readForm } from '../http/body'
import { readerAddress } from '../http/clientAddress'
import { firstMessage } from '../http/validation'
import { feedbackStampCheck, spendFeedbackStamp } from './index'
import { STAMP_PROBLEMS } from './stampProblems'

/** The text fields, the file and the size cap: text is small, the file at most 5 MB. */
const FORM_LIMIT = READER_LIMITS.attachmentBytes + 64 * 1024

export type ReaderFormOutcome<V> =
  /** Stored: the page redirects to its reference code. */
  | { sent: true; code: string }
  /** Not stored: the form is shown again with what was typed, per-field errors or a problem with the whole submission. */
  | { sent: false; status: number; values: V; errors: Record<string, string>; problem: string | null }

export interface ReaderForm<F extends { website: string; startedAt: string }, V> {
  schema: z.ZodType<F, z.ZodTypeDef, unknown>
  /** What the form shows when nothing could be read. */
  empty: V
  /** What the reader typed, as the form shows it again. */
  values: (fields: F) => V
  /** The form's rules (shared with the CMS): per-field messages. */
  validate: (values: V, attachment: ReaderAttachment | null) => Record<string, string | undefined>
  /** Stores through the CMS rules and returns the reference code. */
  store: (values: V, file: UploadedFile | null, ip: string | null) => Promise<string>
}

export async function receiveReaderForm<F extends { website: string; startedAt: string }, V>(context: { request: Request; clientAddress: string }, form: ReaderForm<F, V>): Promise<ReaderFormOutcome<V>> {
  let values = form.empty
  const refused = (problem: string | null, errors: Record<string, string> = {}, status = 400): ReaderFormOutcome<V> => ({ sent: false, status, values, errors, problem })
  try {
    const body = await readForm(context.request, FORM_LIMIT)
    const fields = form.schema.safeParse(formObject(body))
    if (!fields.success) return refused(firstMessage(fields.error))
    const file = body.get('attachment')
    const upload = file instanceof File && file.size > 0 ? file : null
    values = form.values(fields.data)
    // Consent is one of the rules, checked with the rest so the reader sees every problem at once; nothing is stored without it.
    const errors = Object.fromEntries(Object.entries(form.validate(values, upload ? { name: upload.name, type: upload.type, size: upload.size } : null)).filter((entry): entry is [string, string] => Boolean(entry[1])))
    if (Object.keys(errors).length > 0) return refused(null, errors)
    const stamp = await feedbackStampCheck(fields.data.startedAt)
    if (fields.data.website.trim()) return refused('Không gửi được: ô "Để trống ô này" phải để trống.')
    if (stamp !== 'ok') return refused(STAMP_PROBLEMS[stamp])
    if (!(await spendFeedbackStamp(fields.data.startedAt))) return refused(STAMP_PROBLEMS.used, {}, 409)
    const attachment = upload ? { data: Buffer.from(await upload.arrayBuffer()), name: upload.name, mimetype: upload.type, size: upload.size } : null
    return { sent: true, code: await form.store(values, attachment, readerAddress(context)) }
  } catch (error) {
    const refusal = pageRefusal(error)
    return refusal.fields ? refused(null, refusal.fields, refusal.status) : refused(refusal.message, {}, refusal.status)
  }
}
