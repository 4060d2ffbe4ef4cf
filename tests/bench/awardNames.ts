/**
 * Vietnamese names and units for synthetic honour rolls, with weights close to
 * their real frequency (family names after the common published shares:
 * Nguyễn about 38 %, Trần 11 %, Lê 9.5 %...). The given names cover every
 * vowel (a ă â e ê i o ô ơ u ư y) with every tone, and đ: the common ones
 * weigh most, the rarer ones are there so search is tested on every letter.
 */
export type Weighted = ReadonlyArray<readonly [string, number]>

export const FAMILY: Weighted = [
  ['Nguyễn', 380], ['Trần', 110], ['Lê', 95], ['Phạm', 71], ['Hoàng', 31], ['Huỳnh', 20], ['Phan', 45], ['Vũ', 22], ['Võ', 17],
  ['Đặng', 21], ['Bùi', 20], ['Đỗ', 14], ['Hồ', 13], ['Ngô', 13], ['Dương', 10], ['Lý', 5], ['Đinh', 6], ['Trương', 5],
  ['Lương', 3], ['Mai', 3], ['Tạ', 2], ['Lưu', 2], ['Quách', 1], ['Khổng', 1], ['Âu', 1], ['Ứng', 1], ['Ông', 1],
]

export const MIDDLE_MALE: Weighted = [['Văn', 50], ['Hữu', 10], ['Đức', 10], ['Minh', 12], ['Quốc', 8], ['Thanh', 8], ['Xuân', 5], ['Công', 6], ['Đình', 6], ['Ngọc', 4], ['Trọng', 4], ['Hoàng', 3]]
export const MIDDLE_FEMALE: Weighted = [['Thị', 60], ['Ngọc', 10], ['Thu', 8], ['Thanh', 8], ['Minh', 5], ['Kim', 5], ['Phương', 4], ['Hồng', 4], ['Mỹ', 3], ['Diệu', 2], ['Bích', 2]]

// Common given names weigh 10-30; the rest (1-3) complete the vowels and tones.
export const GIVEN_MALE: Weighted = [
  ['An', 20], ['Anh', 25], ['Bình', 15], ['Cường', 12], ['Dũng', 20], ['Đạt', 15], ['Đức', 15], ['Hải', 15], ['Hùng', 20], ['Hưng', 12],
  ['Huy', 15], ['Khánh', 10], ['Long', 15], ['Lộc', 8], ['Lực', 5], ['Minh', 20], ['Nam', 20], ['Phúc', 10], ['Quân', 12], ['Quốc', 6],
  ['Quý', 6], ['Sơn', 15], ['Tâm', 10], ['Thắng', 12], ['Thịnh', 8], ['Tiến', 10], ['Trí', 8], ['Tuấn', 20], ['Tùng', 12], ['Vũ', 8],
  ['Định', 5], ['Đông', 5], ['Hiển', 4], ['Kỳ', 3], ['Lợi', 5], ['Thận', 2], ['Thục', 2], ['Sĩ', 3], ['Thìn', 2], ['Trỗi', 1],
  ['Khẳng', 1], ['Lẵng', 1], ['Lặng', 1], ['Băng', 2], ['Trầm', 1], ['Lẫm', 1], ['Hãn', 1], ['Chỉnh', 1], ['Thổ', 1], ['Kỷ', 1],
  ['Tỵ', 1], ['Sử', 1], ['Lữ', 1], ['Từ', 1], ['Thời', 1], ['Lớn', 1], ['Sở', 1], ['Ngỡ', 1], ['Cõi', 1], ['Khẻ', 1], ['Vẽ', 1], ['Hè', 1],
]
export const GIVEN_FEMALE: Weighted = [
  ['Hà', 15], ['Hạnh', 12], ['Hằng', 15], ['Hương', 20], ['Lan', 15], ['Linh', 20], ['Mai', 15], ['Ngọc', 10], ['Nhung', 8], ['Oanh', 6],
  ['Phương', 12], ['Thảo', 15], ['Thủy', 12], ['Trang', 20], ['Yến', 8], ['Ánh', 6], ['Diệp', 4], ['Diễm', 4], ['Hồng', 8], ['Mỹ', 5],
  ['Nguyệt', 5], ['Cẩm', 2], ['Hòa', 5], ['Hóa', 1], ['Thỏa', 1], ['Sen', 2], ['Bé', 2], ['Yên', 2], ['Quyền', 2], ['Tiên', 4],
  ['Đào', 4], ['Thu', 6], ['Vân', 8], ['Ngân', 6], ['Tỵ', 1], ['Kỳ', 1], ['Thư', 6], ['Như', 4], ['Hẹn', 1],
]

export const POSITIONS: Weighted = [
  ['Chuyên viên', 40], ['Giáo viên', 30], ['Nhân viên', 15], ['Trưởng phòng', 6], ['Phó Trưởng phòng', 8], ['Kế toán', 5], ['Bác sĩ', 8],
  ['Điều dưỡng', 6], ['Hiệu trưởng', 2], ['Phó Hiệu trưởng', 3], ['Văn thư', 3], ['Cán sự', 4],
]

/** The agencies of a province: departments (Sở), each with its offices; schools and hospitals. */
export const DEPARTMENTS = ['Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Tư pháp', 'Sở Công Thương']
export const OFFICES = ['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Tổ chức cán bộ', 'Phòng Kế hoạch - Tài chính']
export const SCHOOLS = ['Trường THCS Lê Lợi', 'Trường THCS Nguyễn Trãi', 'Trường Tiểu học Kim Đồng', 'Trường THPT Chu Văn An', 'Trường Mầm non Hoa Sen', 'Trường THCS Trần Hưng Đạo', 'Trường Tiểu học Võ Thị Sáu', 'Trường THPT Ứng Hòa']
export const HOSPITALS = ['Bệnh viện Đa khoa tỉnh', 'Trung tâm Y tế huyện Đức Trọng', 'Bệnh viện Y học cổ truyền']

/** Collectives named after their parts ("Tổ Toán - Tin", "Khoa Nội"...). */
export const COLLECTIVE_PARTS = ['Tổ Toán - Tin', 'Tổ Ngữ văn', 'Tổ Khoa học tự nhiên', 'Khoa Nội', 'Khoa Ngoại', 'Khoa Nhi', 'Phòng Hành chính', 'Phòng Tổ chức cán bộ', 'Phòng Kế hoạch - Tài chính', 'Văn phòng']

export const MOVEMENTS = [
  'Phong trào thi đua "Dân vận khéo"',
  'Phong trào thi đua "Cả nước chung tay vì người nghèo"',
  'Phong trào thi đua "Đổi mới, sáng tạo trong dạy và học"',
  'Phong trào thi đua "Xây dựng văn hóa công sở"',
  'Phong trào thi đua "Chuyển đổi số"',
  'Phong trào thi đua "Ứng phó thiên tai, dịch bệnh"',
]
