import type { Field, TextField } from 'payload'

/**
 * Who cast a vote or a rating, in the form the database can check: one
 * record per `voterKey` ("<subject id>|staff:<user id>" for a signed-in staff
 * member, "<subject id>|anon:<reader cookie id>" for a reader), enforced by a
 * unique index, so concurrent duplicates cannot both be stored.
 */
export const AUDIENCES = ['staff', 'public'] as const
export type Audience = (typeof AUDIENCES)[number]

export const AUDIENCE_LABELS: Record<Audience, string> = {
  staff: 'Cán bộ, công chức (đã đăng nhập)',
  public: 'Người đọc',
}

/** A keyed hash (HMAC) of the sender's IP address, never the address itself; cleared after the retention period. */
export const ipHashField: TextField = {
  name: 'ipHash',
  label: 'Mã băm địa chỉ IP',
  type: 'text',
  index: true,
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'Không lưu địa chỉ IP, chỉ lưu mã băm có khóa; tự xóa sau thời hạn lưu giữ.',
  },
}

export const voterFields: Field[] = [
  {
    name: 'audience',
    label: 'Đối tượng',
    type: 'select',
    required: true,
    index: true,
    options: AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] })),
    admin: { readOnly: true },
  },
  { name: 'user', label: 'Tài khoản', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
  {
    name: 'voterKey',
    label: 'Khóa người bình chọn',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    admin: { readOnly: true, position: 'sidebar' },
  },
  ipHashField,
]
