import type { Payload } from 'payload'

import { blocksToLexical, type TextBlock } from '@portal/shared'

import { ensure, type SeedReport } from '../ensure'

const p = (text: string): TextBlock => ({ type: 'paragraph', text })

/** Static pages every state portal carries. Their wording is ours; editors replace the details in the admin. */
const PAGES: Array<{ title: string; slug: string; summary: string; body: TextBlock[] }> = [
  {
    title: 'Giới thiệu',
    slug: 'gioi-thieu',
    summary: 'Giới thiệu chuyên mục Thi đua - Khen thưởng trên Cổng thông tin điện tử Sở.',
    body: [
      p('Chuyên mục “Thi đua - Khen thưởng” trên Cổng thông tin điện tử Sở Lao động - Thương binh và Xã hội tuyên truyền về phong trào thi đua, công tác thi đua, khen thưởng; giới thiệu, tuyên dương các điển hình tiên tiến, các mô hình tiêu biểu trong các phong trào thi đua.'),
      p('Chuyên mục đăng tải tin hoạt động, văn bản chỉ đạo (kế hoạch, quyết định), các phong trào thi đua, gương điển hình tiên tiến và danh sách khen thưởng.'),
    ],
  },
  {
    title: 'Cơ cấu tổ chức',
    slug: 'co-cau-to-chuc',
    summary: 'Hội đồng Thi đua - Khen thưởng và các đơn vị tham mưu công tác thi đua, khen thưởng.',
    body: [
      p('Hội đồng Thi đua - Khen thưởng Sở tham mưu cho Giám đốc Sở về công tác thi đua, khen thưởng; Văn phòng Sở là bộ phận thường trực.'),
      p('Danh sách thành viên Hội đồng được Ban biên tập cập nhật trong trang quản trị.'),
    ],
  },
  {
    title: 'Liên hệ',
    slug: 'lien-he',
    summary: 'Thông tin liên hệ Ban biên tập.',
    body: [p('Mọi ý kiến đóng góp về nội dung chuyên mục xin gửi Ban biên tập theo địa chỉ, điện thoại và thư điện tử ở chân trang, hoặc qua mục Tiếp nhận ý kiến.')],
  },
  {
    title: 'Chính sách bảo vệ dữ liệu cá nhân',
    slug: 'chinh-sach-bao-ve-du-lieu-ca-nhan',
    summary: 'Cách Cổng thông tin thu thập, sử dụng và bảo vệ dữ liệu cá nhân của người dùng.',
    body: [
      p('Cổng thông tin xử lý dữ liệu cá nhân theo Luật Bảo vệ dữ liệu cá nhân (Luật số 91/2025/QH15, có hiệu lực từ ngày 01/01/2026) và Nghị định số 356/2025/NĐ-CP quy định chi tiết Luật này.'),
      p('Dữ liệu được thu thập: khi gửi ý kiến, người dùng cung cấp họ tên, thư điện tử hoặc số điện thoại, tiêu đề, nội dung và tệp đính kèm (nếu có). Biểu mẫu chỉ nhận các dữ liệu này khi người dùng đánh dấu ô đồng ý; không có sự đồng ý, ý kiến không được lưu. Khi đánh giá bài viết hoặc tham gia thăm dò ý kiến, cổng không hỏi họ tên hay thông tin liên hệ.'),
      p('Mục đích: tiếp nhận, xử lý và trả lời ý kiến của người dùng. Thông tin liên hệ không được công khai; câu hỏi được đăng trên trang Hỏi đáp không kèm họ tên, thư điện tử, số điện thoại. Chỉ Ban biên tập xem được ý kiến và tệp đính kèm.'),
      p('Địa chỉ IP không được lưu: cổng chỉ lưu mã băm có khóa của địa chỉ để chống gửi tự động, và xóa mã này sau thời hạn lưu trữ (mặc định 30 ngày). Cổng không dùng dịch vụ theo dõi hay quảng cáo của bên thứ ba.'),
      p('Thời hạn lưu trữ: ý kiến được lưu đến khi Ban biên tập xóa hoặc người gửi yêu cầu xóa.'),
      p('Quyền của người dùng: được biết, rút lại sự đồng ý, xem, chỉnh sửa, yêu cầu xóa dữ liệu của mình và khiếu nại theo quy định của pháp luật, bằng cách liên hệ Ban biên tập qua mục Tiếp nhận ý kiến hoặc các thông tin liên hệ ở chân trang.'),
    ],
  },
  {
    title: 'Tuyên bố về khả năng tiếp cận',
    slug: 'tuyen-bo-kha-nang-tiep-can',
    summary: 'Cam kết bảo đảm người khuyết tật tiếp cận, sử dụng Cổng thông tin.',
    body: [
      p('Cổng thông tin được xây dựng theo tiêu chuẩn WCAG 2.1 mức AA để người khuyết tật có thể tiếp cận, sử dụng: dùng được bằng bàn phím, tương thích trình đọc màn hình, có chức năng phóng to chữ (A- A A+) và tăng tương phản.'),
      p('Nếu gặp khó khăn khi sử dụng, xin báo cho Ban biên tập để được hỗ trợ và khắc phục.'),
    ],
  },
]

export async function seedPages(payload: Payload, report: SeedReport) {
  for (const [order, page] of PAGES.entries()) {
    const { created } = await ensure(
      payload,
      'pages',
      page.slug,
      { slug: { equals: page.slug } },
      { title: page.title, slug: page.slug, summary: page.summary, body: blocksToLexical(page.body), order },
      { drafts: true },
    )
    report.add('pages', created)
  }
}
