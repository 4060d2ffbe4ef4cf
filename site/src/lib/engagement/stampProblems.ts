/** What a reader reads when a form's one-use stamp (spam defence) refuses a submission: feedback and comments alike. */
export const STAMP_PROBLEMS = {
  missing: 'Biểu mẫu không hợp lệ hoặc đã cũ. Vui lòng kiểm tra nội dung và gửi lại.',
  tooFast: 'Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm "Gửi ý kiến" một lần nữa.',
  expired: 'Biểu mẫu đã mở quá lâu (hơn 24 giờ). Vui lòng kiểm tra nội dung và gửi lại.',
  used: 'Biểu mẫu này đã được gửi một lần. Nếu bạn muốn gửi thêm ý kiến, vui lòng kiểm tra nội dung và bấm "Gửi ý kiến" lần nữa.',
} as const
