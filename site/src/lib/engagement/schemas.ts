/**
 * What each engagement endpoint accepts, as zod schemas with Vietnamese
 * messages. JSON must have the right types (a score is a number, not "5");
 * forms send text, so their schemas read text and convert it.
 */
import { CONSULTATION_LIMITS, FEEDBACK_LIMITS, passwordProblem, READER_LIMITS } from '@portal/shared'
import { z } from 'zod'

const SCORE_MESSAGE = 'Số sao phải là số nguyên từ 1 đến 5.'

/** POST /danh-gia/<id>.json: {"score": 1..5} */
export const ratingJson = z
  .object({ score: z.number({ invalid_type_error: SCORE_MESSAGE, required_error: SCORE_MESSAGE }).int(SCORE_MESSAGE).min(1, SCORE_MESSAGE).max(5, SCORE_MESSAGE) }, { invalid_type_error: 'Dữ liệu phải là một đối tượng JSON, ví dụ {"score": 4}.' })
  .strict('Dữ liệu có trường không được hỗ trợ; chỉ nhận "score".')

/** The rating form: score=1..5 */
export const ratingForm = z.object({ score: z.string({ required_error: 'Vui lòng chọn số sao.', invalid_type_error: SCORE_MESSAGE }).regex(/^[1-5]$/, SCORE_MESSAGE).transform(Number) })

const OPTION_MESSAGE = 'Phương án không hợp lệ.'
const optionId = z.string({ invalid_type_error: OPTION_MESSAGE }).min(1, OPTION_MESSAGE).max(64, OPTION_MESSAGE)

/** POST /tham-do/<id>.json: {"choices": ["<option id>", ...]} */
export const voteJson = z
  .object(
    {
      choices: z
        .array(optionId, { invalid_type_error: 'Trường "choices" phải là danh sách mã phương án.', required_error: 'Vui lòng chọn một phương án trước khi bình chọn.' })
        .max(50, 'Chọn quá nhiều phương án.'),
    },
    { invalid_type_error: 'Dữ liệu phải là một đối tượng JSON, ví dụ {"choices": ["..."]}.' },
  )
  .strict('Dữ liệu có trường không được hỗ trợ; chỉ nhận "choices".')

/** The poll form: one `choice` per ticked option. */
export const voteForm = z.object({ choices: z.array(optionId).max(50, 'Chọn quá nhiều phương án.') })

const email = z.string({ required_error: 'Vui lòng nhập thư điện tử.', invalid_type_error: 'Thư điện tử không hợp lệ.' }).trim().min(3, 'Vui lòng nhập thư điện tử.').max(254, 'Thư điện tử quá dài.').email('Thư điện tử không hợp lệ.')

export const signInForm = z.object({
  email,
  password: z.string({ required_error: 'Vui lòng nhập mật khẩu.', invalid_type_error: 'Mật khẩu không hợp lệ.' }).min(1, 'Vui lòng nhập mật khẩu.').max(200, 'Mật khẩu quá dài.'),
  back: z.string({ invalid_type_error: 'Địa chỉ quay lại không hợp lệ.' }).max(500, 'Địa chỉ quay lại quá dài.').optional(),
})

export const forgotPasswordForm = z.object({ email })

export const resetPasswordForm = z
  .object({
    token: z.string({ required_error: 'Liên kết đặt lại mật khẩu không hợp lệ.', invalid_type_error: 'Liên kết đặt lại mật khẩu không hợp lệ.' }).regex(/^[A-Za-z0-9]{20,200}$/, 'Liên kết đặt lại mật khẩu không hợp lệ.'),
    // The portal's one password rule (shared/src/passwordRule.ts), said on the form rather than after the link is used.
    password: z.string({ required_error: 'Vui lòng nhập mật khẩu mới.', invalid_type_error: 'Mật khẩu mới không hợp lệ.' }).superRefine((value, ctx) => {
      const problem = passwordProblem(value)
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem })
    }),
    confirm: z.string({ required_error: 'Vui lòng nhập lại mật khẩu mới.', invalid_type_error: 'Vui lòng nhập lại mật khẩu mới.' }),
  })
  .refine((v) => v.password === v.confirm, { message: 'Hai lần nhập mật khẩu không khớp.', path: ['confirm'] })

const UNREADABLE = 'Không đọc được biểu mẫu, vui lòng gửi lại.'
const field = (max: number) => z.string({ invalid_type_error: UNREADABLE }).max(max, UNREADABLE)

/** Text up to twice its limit passes here, so the form's rules (shared/src/readerForm.ts) can say precisely how long it may be; beyond that it is not a person typing. */
const text = (max: number) => z.string({ invalid_type_error: UNREADABLE }).max(max * 2, 'Nội dung gửi lên quá dài.').default('')

/** What every reader form sends besides its own fields: name, contact, consent, and the spam defences (honeypot, signed stamp). */
const readerForm = z.object({
  name: text(READER_LIMITS.name),
  email: text(254),
  phone: text(30),
  consent: field(10).default(''),
  website: field(500).default(''),
  startedAt: field(100).default(''),
})

/** The feedback form's text fields (their content rules are validateFeedback's, shared with the CMS). */
export const feedbackForm = readerForm.extend({
  subject: text(FEEDBACK_LIMITS.subject),
  message: text(FEEDBACK_LIMITS.message),
})

/** The consultation comment form's text fields (their content rules are validateConsultationComment's, shared with the CMS). */
export const commentForm = readerForm.extend({
  nominee: field(40).default(''),
  address: text(CONSULTATION_LIMITS.address),
  comment: text(CONSULTATION_LIMITS.comment),
})
