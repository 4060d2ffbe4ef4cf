import type { Payload } from 'payload'

import { ensure, type SeedReport } from '../ensure'

export const SATISFACTION_QUESTION = 'Theo bạn thông tin nội dung của website thế nào?'

/**
 * The satisfaction poll the portal rules ask for (readers rate the site's
 * information), open from the start with no closing date, results shown to
 * those who voted. Found by its question, so a second run (or an editor's
 * changes to options or dates) leaves it alone.
 */
export async function seedPoll(payload: Payload, report: SeedReport) {
  const { created } = await ensure(payload, 'polls', SATISFACTION_QUESTION, { question: { equals: SATISFACTION_QUESTION } }, {
    question: SATISFACTION_QUESTION,
    // Source 001 shows the question only; the answers are ours, and the poll says so.
    note: 'Các phương án trả lời do Ban biên tập đặt.',
    options: [{ label: 'Rất hữu ích' }, { label: 'Hữu ích' }, { label: 'Bình thường' }, { label: 'Chưa hữu ích' }],
    choice: 'single',
    showResults: 'afterVoting',
    staffOnly: false,
    showInSidebar: true,
  })
  report.add('polls', created)
}
