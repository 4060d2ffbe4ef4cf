/**
 * The one password rule of the portal, for accounts made in the admin, by
 * `npm run create-admin` and by a password reset on the public site: long
 * enough, and not one of the passwords tried first by anyone guessing
 * (a local list: no outside service is asked).
 */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 200

/** The most used passwords worldwide and in Vietnam, folded to lower case without spaces. */
const COMMON = new Set(
  `123456789012 1234567890ab 123456789abc 12345678910 123123123123 111111111111 000000000000 123456123456
  qwertyuiopas qwerty123456 1q2w3e4r5t6y 1qaz2wsx3edc zaq12wsxcde3 asdfghjkl123 abc123456789 abcd12345678
  password1234 password123! passw0rd1234 p@ssw0rd1234 p@ssword1234 iloveyou1234 welcome12345 welcome@1234
  admin1234567 administrator admin@123456 adminadmin12 changeme1234 letmein12345 trustno11234 football1234
  baseball1234 superman1234 sunshine1234 princess1234 dragon123456 monkey123456 master123456 shadow123456
  matkhau12345 matkhau123456 matkhaumoi123 anhyeuem1234 anhyeuem123456 emyeuanh1234 emyeuanh123456
  vietnam12345 vietnam123456 hanoi1234567 saigon123456 thiduakhenthuong khenthuong123 thidua123456
  quantri12345 quantri123456 quantrivien1 bientap12345 bientapvien1 congthongtin 123456789aa 987654321987
  abcdefghijkl qwertyqwerty aaaaaaaaaaaa 147258369147 159753159753 147852369147 zxcvbnm12345`
    .split(/\s+/)
    .filter(Boolean),
)

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/\s+/g, '')

/** What is wrong with a new password, in Vietnamese, or null when it may be used. */
export function passwordProblem(password: unknown, { email, name }: { email?: string | null; name?: string | null } = {}): string | null {
  if (typeof password !== 'string' || password.length === 0) return 'Vui lòng nhập mật khẩu.'
  if (password.length < PASSWORD_MIN_LENGTH) return `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`
  if (password.length > PASSWORD_MAX_LENGTH) return `Mật khẩu dài quá ${PASSWORD_MAX_LENGTH} ký tự.`
  const folded = fold(password)
  if (COMMON.has(folded) || new Set(folded).size < 4) return 'Mật khẩu quá phổ biến hoặc dễ đoán; hãy chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ).'
  const local = fold(email?.split('@')[0] ?? '')
  const person = fold(name ?? '')
  if ((local.length >= 4 && folded.includes(local)) || (person.length >= 4 && folded.includes(person))) return 'Mật khẩu không được chứa địa chỉ thư điện tử hoặc họ tên của bạn.'
  return null
}
