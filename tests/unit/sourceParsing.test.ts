import { describe, expect, it } from 'vitest'

import { blocksToLexical } from '@portal/shared'

import { joinBrokenLines, linesBetween, linesFrom, linesToBlocks } from '../../seed/src/sources'

describe('reading the source documents', () => {
  it('linesFrom keeps its first line, linesBetween does not', () => {
    const lines = ['Tiêu đề', 'Với mục đích A.', 'B.', 'Tổng số điểm']
    expect(linesFrom(lines, 'Với mục đích', 'Tổng số điểm')).toEqual(['Với mục đích A.', 'B.'])
    expect(linesBetween(lines, 'Với mục đích', 'Tổng số điểm')).toEqual(['B.'])
  })

  it('joins a line the PDF broke, but never one starting with "Đ" or a numbered part', () => {
    expect(joinBrokenLines(['+ các tầng lớp nhân', 'dân, từng bước.'])).toEqual(['+ các tầng lớp nhân dân, từng bước.'])
    expect(joinBrokenLines(['1. Đối tượng', 'a) Tập thể: Các phòng.'])).toEqual(['1. Đối tượng', 'a) Tập thể: Các phòng.'])
    expect(joinBrokenLines(['III. ĐỐI TƯỢNG', 'Đối với tập thể'])).toEqual(['III. ĐỐI TƯỢNG', 'Đối với tập thể'])
  })

  it('numbered parts standing alone are headings by level; running text stays a paragraph', () => {
    const blocks = linesToBlocks(['I. MỤC ĐÍCH', '1. Đối tượng', 'a) Nội dung', 'a) Tập thể: Các phòng.', '1. Tạo sự chuyển biến.'])
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'I. MỤC ĐÍCH' },
      { type: 'heading', level: 3, text: '1. Đối tượng' },
      { type: 'heading', level: 4, text: 'a) Nội dung' },
      { type: 'paragraph', text: 'a) Tập thể: Các phòng.' },
      { type: 'paragraph', text: '1. Tạo sự chuyển biến.' },
    ])
  })

  it('"+" lines (also written "- +") go into a sub-list of the "-" item before them', () => {
    const blocks = linesToBlocks(['- Một', '+ một a', '- + một b', '- Hai', '- Ba', '+ ba a'])
    expect(blocks).toEqual([{ type: 'list', items: [{ text: 'Một', items: ['một a', 'một b'] }, 'Hai', { text: 'Ba', items: ['ba a'] }] }])
  })

  it('a sub-list becomes a Lexical list inside its own list item, as the editor stores indentation', () => {
    const root = blocksToLexical([{ type: 'list', items: [{ text: 'Một', items: ['a', 'b'] }, 'Hai'] }]).root
    const list = root.children![0]!
    expect(list.children!.map((li) => li.children![0]!.type)).toEqual(['text', 'list', 'text'])
    expect(list.children![1]!.children![0]!.children!.map((li) => li.children![0]!.text)).toEqual(['a', 'b'])
  })
})
