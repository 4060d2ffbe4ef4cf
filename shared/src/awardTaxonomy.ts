/**
 * Titles and commendation forms of the Law on Emulation and Commendation 2022
 * (Luật Thi đua, khen thưởng số 06/2022/QH15). This is the starting list the
 * seed loads into the `award-types` collection; editors extend it there, since
 * the rules keep changing.
 */
export type AwardKind = 'emulation-title' | 'commendation-form'
export type AwardLevel = 'state' | 'ministry-province' | 'grassroots'
export type RecipientKind = 'individual' | 'collective' | 'household'

export interface AwardTypeSeed {
  name: string
  kind: AwardKind
  /** Family of the form: "Huân chương", "Bằng khen"... */
  family: string
  grade?: 'Nhất' | 'Nhì' | 'Ba'
  level: AwardLevel
  recipientKinds: RecipientKind[]
  /** Position in lists, highest honour first. */
  rank: number
}

export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  'emulation-title': 'Danh hiệu thi đua',
  'commendation-form': 'Hình thức khen thưởng',
}

export const AWARD_LEVEL_LABELS: Record<AwardLevel, string> = {
  state: 'Cấp Nhà nước',
  'ministry-province': 'Cấp bộ, ban, ngành, tỉnh',
  grassroots: 'Cấp cơ sở',
}

export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
}

const graded = (
  family: string,
  level: AwardLevel,
  recipientKinds: RecipientKind[],
  rank: number,
): AwardTypeSeed[] =>
  (['Nhất', 'Nhì', 'Ba'] as const).map((grade, i) => ({
    name: `${family} hạng ${grade}`,
    kind: 'commendation-form',
    family: family.split(' ')[0] === 'Huân' ? 'Huân chương' : family,
    grade,
    level,
    recipientKinds,
    rank: rank + i,
  }))

const both: RecipientKind[] = ['individual', 'collective']

export const AWARD_TYPES: AwardTypeSeed[] = [
  // Emulation titles (Điều 23-28)
  { name: 'Chiến sĩ thi đua toàn quốc', kind: 'emulation-title', family: 'Chiến sĩ thi đua', level: 'state', recipientKinds: ['individual'], rank: 100 },
  { name: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh', kind: 'emulation-title', family: 'Chiến sĩ thi đua', level: 'ministry-province', recipientKinds: ['individual'], rank: 110 },
  { name: 'Chiến sĩ thi đua cơ sở', kind: 'emulation-title', family: 'Chiến sĩ thi đua', level: 'grassroots', recipientKinds: ['individual'], rank: 120 },
  { name: 'Lao động tiên tiến', kind: 'emulation-title', family: 'Lao động tiên tiến', level: 'grassroots', recipientKinds: ['individual'], rank: 130 },
  { name: 'Chiến sĩ tiên tiến', kind: 'emulation-title', family: 'Lao động tiên tiến', level: 'grassroots', recipientKinds: ['individual'], rank: 131 },
  { name: 'Cờ thi đua của Chính phủ', kind: 'emulation-title', family: 'Cờ thi đua', level: 'state', recipientKinds: ['collective'], rank: 200 },
  { name: 'Cờ thi đua bộ, ban, ngành, tỉnh', kind: 'emulation-title', family: 'Cờ thi đua', level: 'ministry-province', recipientKinds: ['collective'], rank: 210 },
  { name: 'Tập thể lao động xuất sắc', kind: 'emulation-title', family: 'Tập thể lao động', level: 'grassroots', recipientKinds: ['collective'], rank: 220 },
  { name: 'Tập thể lao động tiên tiến', kind: 'emulation-title', family: 'Tập thể lao động', level: 'grassroots', recipientKinds: ['collective'], rank: 230 },
  { name: 'Xã, phường, thị trấn tiêu biểu', kind: 'emulation-title', family: 'Xã, phường, thị trấn tiêu biểu', level: 'grassroots', recipientKinds: ['collective'], rank: 240 },
  { name: 'Thôn, tổ dân phố văn hóa', kind: 'emulation-title', family: 'Thôn, tổ dân phố văn hóa', level: 'grassroots', recipientKinds: ['collective'], rank: 250 },
  { name: 'Gia đình văn hóa', kind: 'emulation-title', family: 'Gia đình văn hóa', level: 'grassroots', recipientKinds: ['household'], rank: 260 },
  // Orders (Huân chương)
  { name: 'Huân chương Sao vàng', kind: 'commendation-form', family: 'Huân chương', level: 'state', recipientKinds: both, rank: 300 },
  { name: 'Huân chương Hồ Chí Minh', kind: 'commendation-form', family: 'Huân chương', level: 'state', recipientKinds: both, rank: 301 },
  ...graded('Huân chương Độc lập', 'state', both, 310),
  ...graded('Huân chương Quân công', 'state', both, 320),
  ...graded('Huân chương Lao động', 'state', both, 330),
  ...graded('Huân chương Bảo vệ Tổ quốc', 'state', both, 340),
  ...graded('Huân chương Chiến công', 'state', both, 350),
  { name: 'Huân chương Đại đoàn kết dân tộc', kind: 'commendation-form', family: 'Huân chương', level: 'state', recipientKinds: ['individual'], rank: 360 },
  { name: 'Huân chương Dũng cảm', kind: 'commendation-form', family: 'Huân chương', level: 'state', recipientKinds: ['individual'], rank: 361 },
  { name: 'Huân chương Hữu nghị', kind: 'commendation-form', family: 'Huân chương', level: 'state', recipientKinds: both, rank: 362 },
  { name: 'Huy chương', kind: 'commendation-form', family: 'Huy chương', level: 'state', recipientKinds: ['individual'], rank: 400 },
  // State honorary titles
  { name: 'Anh hùng Lao động', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: both, rank: 500 },
  { name: 'Anh hùng Lực lượng vũ trang nhân dân', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: both, rank: 501 },
  { name: 'Bà mẹ Việt Nam anh hùng', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: ['individual'], rank: 502 },
  { name: 'Nhà giáo Nhân dân', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: ['individual'], rank: 510 },
  { name: 'Nhà giáo Ưu tú', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: ['individual'], rank: 511 },
  { name: 'Thầy thuốc Nhân dân', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: ['individual'], rank: 512 },
  { name: 'Thầy thuốc Ưu tú', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: ['individual'], rank: 513 },
  { name: 'Nghệ sĩ Nhân dân', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: ['individual'], rank: 514 },
  { name: 'Nghệ sĩ Ưu tú', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: ['individual'], rank: 515 },
  { name: 'Nghệ nhân Nhân dân', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: ['individual'], rank: 516 },
  { name: 'Nghệ nhân Ưu tú', kind: 'commendation-form', family: 'Danh hiệu vinh dự Nhà nước', level: 'state', recipientKinds: ['individual'], rank: 517 },
  { name: 'Giải thưởng Hồ Chí Minh', kind: 'commendation-form', family: 'Giải thưởng', level: 'state', recipientKinds: both, rank: 600 },
  { name: 'Giải thưởng Nhà nước', kind: 'commendation-form', family: 'Giải thưởng', level: 'state', recipientKinds: both, rank: 601 },
  { name: 'Kỷ niệm chương', kind: 'commendation-form', family: 'Kỷ niệm chương', level: 'ministry-province', recipientKinds: ['individual'], rank: 700 },
  { name: 'Bằng khen của Thủ tướng Chính phủ', kind: 'commendation-form', family: 'Bằng khen', level: 'state', recipientKinds: [...both, 'household'], rank: 800 },
  { name: 'Bằng khen của Bộ trưởng', kind: 'commendation-form', family: 'Bằng khen', level: 'ministry-province', recipientKinds: [...both, 'household'], rank: 810 },
  { name: 'Bằng khen của Chủ tịch UBND tỉnh', kind: 'commendation-form', family: 'Bằng khen', level: 'ministry-province', recipientKinds: [...both, 'household'], rank: 811 },
  { name: 'Giấy khen của Giám đốc Sở', kind: 'commendation-form', family: 'Giấy khen', level: 'grassroots', recipientKinds: [...both, 'household'], rank: 900 },
]

/** Commendation types of Art. 8 (loại hình khen thưởng). */
export const COMMENDATION_TYPES = {
  merit: 'Khen thưởng theo công trạng và thành tích',
  adHoc: 'Khen thưởng đột xuất',
  campaign: 'Khen thưởng theo đợt hoặc chuyên đề',
  dedication: 'Khen thưởng quá trình cống hiến',
  seniority: 'Khen thưởng theo niên hạn',
  foreign: 'Khen thưởng đối ngoại',
} as const
