import { describe, expect, it } from 'vitest'

import type { MediaDoc } from '../../site/src/lib/media'
import { EMPTY_REFS, refKey, richTextToHtml, type RichTextRefs } from '../../site/src/lib/richText'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const el = (type: string, children: unknown[] = [], extra: Record<string, unknown> = {}) => ({ type, format: '', indent: 0, version: 1, children, ...extra })
const doc = (...children: unknown[]) => ({ root: el('root', children) })
const render = (...children: unknown[]) => richTextToHtml(doc(...children))
const renderWith = (refs: RichTextRefs, ...children: unknown[]) => richTextToHtml(doc(...children), refs)

const photo: MediaDoc = {
  id: 7,
  filename: 'hoi-nghi.jpg',
  mimeType: 'image/jpeg',
  width: 2400,
  height: 1600,
  alt: 'Hội nghị "tổng kết" <2024>',
  caption: 'Toàn cảnh hội nghị',
  filesize: 345678,
  sizes: {
    thumbnail: { filename: 'hoi-nghi-400x267.jpg', width: 400, height: 267 },
    card: { filename: 'hoi-nghi-800x533.jpg', width: 800, height: 533 },
    full: { filename: 'hoi-nghi-1600x1067.jpg', width: 1600, height: 1067 },
    thumbnailWebp: { filename: 'hoi-nghi-400x267.webp', width: 400, height: 267 },
    cardWebp: { filename: 'hoi-nghi-800x533.webp', width: 800, height: 533 },
  },
}
const pdf: MediaDoc = { id: 8, filename: 'ke-hoach.pdf', mimeType: 'application/pdf', filesize: 1572864, alt: 'Kế hoạch 443' }

const refs: RichTextRefs = {
  docs: new Map([
    [refKey('documents', 3), { url: '/van-ban/443-kh-sldtbxh', title: 'Kế hoạch 443', kind: 'Văn bản', excerpt: 'Tổ chức phong trào' }],
    [refKey('award-decisions', 4), { url: '/bang-vang/quyet-dinh/qd-12', title: 'Quyết định số 12/QĐ-UBND', kind: 'Quyết định khen thưởng' }],
  ]),
  media: new Map([
    ['7', photo],
    ['8', pdf],
  ]),
}

describe('richTextToHtml: every node the editor offers', () => {
  it('paragraphs and text formats', () => {
    const html = render(el('paragraph', [text('đậm', 1), text(' nghiêng', 2), text(' gạch', 8), text(' xoá', 4), text('2', 32), text('3', 64), text(' cả hai', 3)]))
    expect(html).toBe('<p><strong>đậm</strong><em> nghiêng</em><u> gạch</u><s> xoá</s><sub>2</sub><sup>3</sup><strong><em> cả hai</em></strong></p>')
  })

  it('headings keep their level; a stored h1 becomes h2 (the title is the h1)', () => {
    expect(render(el('heading', [text('Mục')], { tag: 'h3' }))).toBe('<h3>Mục</h3>')
    expect(render(el('heading', [text('Tựa')], { tag: 'h1' }))).toBe('<h2>Tựa</h2>')
  })

  it('alignment and indent, from allowed values only', () => {
    expect(render(el('paragraph', [text('giữa')], { format: 'center' }))).toBe('<p style="text-align:center">giữa</p>')
    expect(render(el('paragraph', [text('lề')], { indent: 2 }))).toBe('<p style="margin-inline-start:4em">lề</p>')
    expect(render(el('paragraph', [text('x')], { format: 'center;background:url(//evil)', indent: '1;color:red' }))).toBe('<p>x</p>')
    expect(render(el('paragraph', [text('x')], { indent: 999 }))).toBe('<p style="margin-inline-start:16em">x</p>')
  })

  it('nested bullet and numbered lists', () => {
    const inner = el('list', [el('listitem', [text('con')], { value: 1 })], { listType: 'bullet', tag: 'ul' })
    const html = render(el('list', [el('listitem', [text('một')], { value: 1 }), el('listitem', [inner], { value: 2 })], { listType: 'number', tag: 'ol', start: 1 }))
    expect(html).toBe('<ol><li>một</li><li class="rt-nested"><ul><li>con</li></ul></li></ol>')
    expect(render(el('list', [el('listitem', [text('ba')])], { listType: 'number', start: 3 }))).toBe('<ol start="3"><li>ba</li></ol>')
  })

  it('check lists say what is done, also to screen readers', () => {
    const html = render(el('list', [el('listitem', [text('xong')], { checked: true }), el('listitem', [text('chưa')], { checked: false })], { listType: 'check' }))
    expect(html).toContain('<ul class="rt-checklist">')
    expect(html).toContain('<li class="rt-checked"><span class="rt-check" aria-hidden="true">☑</span><span class="visually-hidden">Đã xong: </span>xong</li>')
    expect(html).toContain('<li class="rt-unchecked"><span class="rt-check" aria-hidden="true">☐</span><span class="visually-hidden">Chưa xong: </span>chưa</li>')
  })

  it('quotes, line breaks and the horizontal rule', () => {
    expect(render(el('quote', [text('Thi đua là yêu nước'), { type: 'linebreak' }, text('Hồ Chí Minh')]))).toBe('<blockquote>Thi đua là yêu nước<br>Hồ Chí Minh</blockquote>')
    expect(render({ type: 'horizontalrule', version: 1 })).toBe('<hr>')
  })

  it('external links get rel="noopener noreferrer"; new tabs too', () => {
    expect(render(el('paragraph', [el('link', [text('Chính phủ')], { fields: { linkType: 'custom', url: 'https://chinhphu.vn', newTab: false } })]))).toBe(
      '<p><a href="https://chinhphu.vn" rel="noopener noreferrer">Chính phủ</a></p>',
    )
    expect(render(el('link', [text('mới')], { fields: { linkType: 'custom', url: 'https://vd.vn/a?b=1&c=2', newTab: true } }))).toBe(
      '<a href="https://vd.vn/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">mới</a>',
    )
    expect(render(el('autolink', [text('mail')], { fields: { linkType: 'custom', url: 'mailto:bbt@vd.vn' } }))).toBe('<a href="mailto:bbt@vd.vn">mail</a>')
  })

  it('internal links go to the item\'s site URL (pathFor), populated or by id; an unreadable target leaves the words', () => {
    expect(renderWith(refs, el('link', [text('kế hoạch')], { fields: { linkType: 'internal', doc: { relationTo: 'documents', value: 3 } } }))).toBe(
      '<a href="/van-ban/443-kh-sldtbxh">kế hoạch</a>',
    )
    expect(renderWith(refs, el('link', [text('qđ')], { fields: { linkType: 'internal', doc: { relationTo: 'award-decisions', value: { id: 4 } } } }))).toBe(
      '<a href="/bang-vang/quyet-dinh/qd-12">qđ</a>',
    )
    // A draft or deleted target is not in refs: no link to "#" or to nowhere.
    expect(renderWith(refs, el('link', [text('nháp')], { fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 99 } } }))).toBe('nháp')
    expect(renderWith(refs, el('link', [text('lạ')], { fields: { linkType: 'internal', doc: { relationTo: 'users', value: 1 } } }))).toBe('lạ')
  })

  it('images: site media URLs, srcset in WebP and original, width, height, alt, caption', () => {
    const html = renderWith(refs, { type: 'upload', relationTo: 'media', value: 7, fields: null, version: 3 })
    expect(html).toContain('<figure class="rt-image"><picture><source type="image/webp" srcset="/media/hoi-nghi-400x267.webp 400w, /media/hoi-nghi-800x533.webp 800w"')
    expect(html).toContain('src="/media/hoi-nghi-1600x1067.jpg"')
    expect(html).toContain('srcset="/media/hoi-nghi-400x267.jpg 400w, /media/hoi-nghi-800x533.jpg 800w, /media/hoi-nghi-1600x1067.jpg 1600w"')
    expect(html).toContain('width="1600" height="1067"')
    expect(html).toContain('alt="Hội nghị &quot;tổng kết&quot; &lt;2024&gt;"')
    expect(html).toContain('<figcaption>Toàn cảnh hội nghị</figcaption></figure>')
  })

  it('files: a download link with type and size in Vietnamese format', () => {
    const html = renderWith(refs, { type: 'upload', relationTo: 'media', value: { id: 8 }, version: 3 })
    expect(html).toBe('<p class="rt-file"><a href="/media/ke-hoach.pdf" download="ke-hoach.pdf">Kế hoạch 443</a> <span class="rt-file-about">(PDF, 1,5 MB)</span></p>')
  })

  it('relationship nodes: a card linking to the item', () => {
    const html = renderWith(refs, { type: 'relationship', relationTo: 'documents', value: 3, version: 2 })
    expect(html).toBe(
      '<aside class="rt-card"><a href="/van-ban/443-kh-sldtbxh"><span class="rt-card-kind">Văn bản</span> <span class="rt-card-title">Kế hoạch 443</span><span class="rt-card-excerpt">Tổ chức phong trào</span></a></aside>',
    )
    expect(renderWith(refs, { type: 'relationship', relationTo: 'articles', value: 404, version: 2 })).toBe('')
  })

  it('never prints "unknown node": a node the editor does not offer shows its words', () => {
    const html = render(el('table', [el('tablerow', [el('tablecell', [el('paragraph', [text('ô')])])])]), { type: 'mystery', version: 1 })
    expect(html).toBe('<p>ô</p>')
    expect(html).not.toMatch(/unknown/i)
  })

  it('empty or non-Lexical values render nothing', () => {
    expect(richTextToHtml(null)).toBe('')
    expect(richTextToHtml('<script>alert(1)</script>')).toBe('')
    expect(richTextToHtml({ root: null })).toBe('')
    expect(richTextToHtml({ root: el('root', []) }, EMPTY_REFS)).toBe('')
  })

  it('the editor\'s slash-query blank (U+2800) reads as a space', () => {
    expect(render(el('paragraph', [text('tieu\u2800de')]))).toBe('<p>tieu de</p>')
  })
})

describe('richTextToHtml: hostile stored rich text', () => {
  const hostile = doc(
    el('paragraph', [text('<script>alert(1)</script><img src=x onerror=alert(2)>')]),
    el('paragraph', [el('link', [text('js')], { fields: { linkType: 'custom', url: 'javascript:alert(3)' } })]),
    el('paragraph', [el('link', [text('js2')], { fields: { linkType: 'custom', url: ' JaVaScRiPt:alert(4)' } })]),
    el('paragraph', [el('link', [text('tab')], { fields: { linkType: 'custom', url: 'java\tscript:alert(5)' } })]),
    el('paragraph', [el('link', [text('data')], { fields: { linkType: 'custom', url: 'data:text/html,<script>alert(6)</script>' } })]),
    el('paragraph', [el('link', [text('proto')], { url: '//evil.example/x', fields: { linkType: 'custom', url: '//evil.example/x' } })]),
    el('paragraph', [el('link', [text('attr')], { fields: { linkType: 'custom', url: 'https://ok.vn/" onmouseover="alert(7)' } })]),
    { type: 'html', html: '<iframe src="https://evil.example"></iframe>', version: 1 },
    el('heading', [text('h')], { tag: 'h2 onclick=alert(8)' }),
    el('list', [el('listitem', [text('li')])], { listType: 'bullet" onclick="alert(9)', start: '1" onclick="x' }),
    { type: 'upload', relationTo: 'media', value: { id: 1, filename: 'x.jpg', mimeType: 'image/jpeg', url: 'javascript:alert(10)' } },
    { type: 'relationship', relationTo: 'articles', value: { id: 2, slug: '"><script>alert(11)</script>' } },
    el('paragraph', [text('iframe'), { type: 'iframe', src: 'https://evil.example', children: [] }]),
  )
  const html = richTextToHtml(hostile, EMPTY_REFS)

  it('escapes every stored string: no element or attribute comes from the database', () => {
    expect(html).not.toMatch(/<script|<iframe|<img|<svg|<object|<embed/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    // Every tag is well formed, with quoted values free of quotes, and only allowed names.
    const tags = [...html.matchAll(/<[^>]*>/g)].map((m) => m[0])
    for (const tag of tags) {
      expect(tag).toMatch(/^<\/?[a-z][a-z0-9]*(?:\s[a-z-]+="[^"<>]*")*>$/)
      for (const [, name] of tag.matchAll(/\s([a-z-]+)="[^"]*"/g)) expect(['href', 'rel', 'target', 'class', 'style', 'start']).toContain(name)
    }
  })

  it('renders no javascript:, data: or other-host URL as a link', () => {
    expect(html).not.toMatch(/javascript:|data:|\/\/evil/i)
    // The one web address left is an https link whose quotes stay inside its value.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
    expect(hrefs).toEqual(['https://ok.vn/&quot; onmouseover=&quot;alert(7)'])
  })

  it('shows only what the content layer read for uploads and cards, never stored URLs or slugs', () => {
    expect(html).not.toContain('alert(10)')
    expect(html).not.toContain('alert(11)')
  })

  it('keeps the words of what it refused', () => {
    for (const words of ['js', 'js2', 'tab', 'data', 'proto', 'attr', 'h', 'li', 'iframe']) expect(html).toContain(words)
  })
})
