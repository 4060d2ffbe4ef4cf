/**
 * Public consultation on nominees for state awards (lấy ý kiến Nhân dân,
 * Decree 98/2023/NĐ-CP art. 46): the comment form's rules and messages, the
 * labels editors and readers see, and when a consultation takes comments.
 * One set of rules for the page, the CMS that stores comments, and the tests.
 */
import { READER_LIMITS, readerAttachment, readerConsent, readerContact, readerFormErrors, readerName, textRule, type ReaderAttachment, type ReaderRule } from './readerForm'
import { formatDateTime } from './format'

export interface ConsultationCommentInput {
  name: string
  email: string
  phone: string
  address: string
  comment: string
  /** The reader ticked the consent box (name, contact and file are taken only with it). */
  consent: boolean
  attachment?: ReaderAttachment | null
}

export type ConsultationCommentErrors = Partial<Record<keyof ConsultationCommentInput | 'contact', string>>

export const CONSULTATION_LIMITS = {
  name: READER_LIMITS.name,
  address: 300,
  commentMin: READER_LIMITS.messageMin,
  comment: READER_LIMITS.message,
  /** Working days a consultation lasts unless the editors set another duration (Decree 98/2023 art. 46). */
  defaultWorkingDays: 10,
  maxWorkingDays: 60,
} as const

const COMMENT_RULES: readonly ReaderRule<ConsultationCommentInput>[] = [
  readerName,
  readerContact,
  // Anonymous letters are not considered in award consultations: the address is asked, as the practice requires.
  textRule('address', { label: 'Địa chỉ', max: CONSULTATION_LIMITS.address, missing: 'Vui lòng nhập địa chỉ liên hệ.' }),
  textRule('comment', { label: 'Nội dung ý kiến', min: CONSULTATION_LIMITS.commentMin, max: CONSULTATION_LIMITS.comment }),
  readerConsent,
  readerAttachment,
]

export function validateConsultationComment(input: ConsultationCommentInput): ConsultationCommentErrors {
  return readerFormErrors(input, COMMENT_RULES)
}

/** Moderation of a comment by the editors. */
export const COMMENT_VERDICTS = ['unsorted', 'agree', 'objection', 'notRelevant'] as const
export type CommentVerdict = (typeof COMMENT_VERDICTS)[number]
export const COMMENT_VERDICT_LABELS: Record<CommentVerdict, string> = {
  unsorted: 'Chưa phân loại',
  agree: 'Đồng ý',
  objection: 'Phản ánh, không đồng ý',
  notRelevant: 'Không liên quan',
}

/** Where a comment stands as its writer sees it by its code: answered once the editors publish an answer. */
export const COMMENT_STATUSES = ['received', 'answered'] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = { received: 'Đã tiếp nhận', answered: 'Đã trả lời' }

/** The council's outcome for a nominee. */
export const NOMINEE_RESULTS = ['pending', 'approved', 'notApproved'] as const
export type NomineeResult = (typeof NOMINEE_RESULTS)[number]
export const NOMINEE_RESULT_LABELS: Record<NomineeResult, string> = {
  pending: 'Đang xem xét',
  approved: 'Được đề nghị khen thưởng',
  notApproved: 'Không được đề nghị',
}

export const NOMINEE_KINDS = ['individual', 'collective'] as const
export type NomineeKind = (typeof NOMINEE_KINDS)[number]
export const NOMINEE_KIND_LABELS: Record<NomineeKind, string> = { individual: 'Cá nhân', collective: 'Tập thể' }

/** What the editors say about the consultation as a whole. Taking comments also depends on the dates. */
export const CONSULTATION_STATUSES = ['scheduled', 'suspended', 'concluded'] as const
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number]
export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, string> = {
  scheduled: 'Theo lịch (mở và đóng theo ngày giờ)',
  suspended: 'Tạm dừng nhận ý kiến',
  concluded: 'Đã kết thúc, đã có kết quả',
}

export type ConsultationPhase = 'upcoming' | 'open' | 'closed' | 'suspended'

export interface ConsultationWindow {
  opensAt: string | Date
  closesAt: string | Date | null | undefined
  status?: ConsultationStatus | null
}

export function consultationPhase({ opensAt, closesAt, status }: ConsultationWindow, now: Date = new Date()): ConsultationPhase {
  if (status === 'suspended') return 'suspended'
  if (status === 'concluded') return 'closed'
  if (now.getTime() < new Date(opensAt).getTime()) return 'upcoming'
  if (!closesAt || now.getTime() > new Date(closesAt).getTime()) return 'closed'
  return 'open'
}

/** "từ 09:00 ngày 12/02/2026 đến 23:59 ngày 05/03/2026" */
export function windowSentence({ opensAt, closesAt }: ConsultationWindow): string {
  const at = (value: string | Date) => {
    const [day, time] = formatDateTime(value).split(' ')
    return `${time} ngày ${day}`
  }
  return closesAt ? `từ ${at(opensAt)} đến ${at(closesAt)}` : `từ ${at(opensAt)}`
}

/** Why a comment is refused in this phase (Vietnamese, with the dates), or null when comments are taken. */
export function closedSentence(window: ConsultationWindow, now: Date = new Date()): string | null {
  const phase = consultationPhase(window, now)
  if (phase === 'open') return null
  if (phase === 'upcoming') return `Đợt lấy ý kiến chưa bắt đầu: ý kiến được nhận ${windowSentence(window)}.`
  if (phase === 'suspended') return `Đợt lấy ý kiến đang tạm dừng nhận ý kiến (thời gian lấy ý kiến ${windowSentence(window)}).`
  return `Đợt lấy ý kiến đã kết thúc: ý kiến chỉ được nhận ${windowSentence(window)}.`
}
