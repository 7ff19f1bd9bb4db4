// Stage: diagnostics (catalogue, Vietnamese). Tham chiếu {…} trong văn bản, năm gõ nhầm, phụ lục
// được nhắc đến; bảng số liệu và tệp số liệu.
import type { Wording } from '../wording.js';

export const viCompute = {
  'ref.target_or_appendix': () => 'chỉ tiêu hay phụ lục nào',
  'ref.each_needs_build': (w) => `{each.${w.column}} được điền riêng cho từng đơn vị: hãy dựng bằng --each <mã phụ lục>`,
  'ref.each_no_appendix': (w) => `không có phụ lục '${w.each}' để lấy các đơn vị (các phụ lục: ${w.ids || 'không có'})`,
  'ref.each_no_column': (w) => `{each.${w.column}}: phụ lục '${w.each}' không có cột '${w.column}' (các cột: ${w.keys})`,
  'ref.each_field': () => 'Chỗ điền theo từng đơn vị',
  'ref.period_hint': () => '{period} in thời gian thực hiện kế hoạch: khai báo period: { from: 2026-03-01, to: 2026-03-31 }',
  'ref.did_you_mean': (w) => `có phải ý bạn là {${w.name}}?`,
  'ref.known': (w) => `các tên dùng được: ${w.names}`,
  'plan.sections_too_deep': (w) => `các mục lồng nhau tối đa ${w.max} cấp (I., 1., 1.1., a)); ý sâu hơn thì viết bằng các ý gạch đầu dòng (item)`,
  'plan.sections_label': () => 'Các mục',
  'year.five_digits': () => 'năm có bốn chữ số',
  'year.out_of_range': () => 'kế hoạch hiếm khi nói đến năm trước 1900 hay sau 2100',
  'appendix.declare': () => 'khai báo phụ lục đó trong appendices: (thêm separate: true nếu phụ lục ban hành riêng) rồi viết {mã} của nó thay cho số',
  'appendix.declare_with_ids': (w) => `khai báo phụ lục đó trong appendices: (thêm separate: true nếu phụ lục ban hành riêng) rồi viết {mã} của nó thay cho số; các phụ lục đã có: ${w.ids}`,
} satisfies Record<string, Wording>;
