// Stage: diagnostics (catalogue, Vietnamese). Cú pháp YAML: lỗi của thư viện nói lại bằng lời
// thường, và các bẫy của chữ tiếng Việt trong YAML.
import type { Wording } from '../wording.js';

export const viYaml = {
  'quote.sign': (w) => `chữ bắt đầu bằng dấu ${w.sign} bị YAML hiểu là ký hiệu riêng của nó, không phải chữ (phần đầu sẽ mất hoặc báo lỗi)`,
  'quote.after_quote': (w) => `chữ bắt đầu bằng dấu ${w.sign} nhưng còn tiếp sau dấu đóng: YAML chỉ lấy phần trong dấu ngoặc`,
  'quote.after_bracket': (w) => `chữ bắt đầu bằng dấu ${w.sign} bị YAML hiểu là một danh sách hay nhóm trường, còn phần sau thì thừa`,
  'quote.colon': (w) => `chữ sau '${w.key}:' có dấu hai chấm (": " ở giữa hoặc ":" ở cuối), nên YAML hiểu nhầm là thêm một trường`,
  'quote.text_as_key': (w) => `dòng chữ này có dấu hai chấm nên YAML đọc '${w.key}' thành tên một trường`,
  'yaml.tab': () => 'dòng này thụt lề bằng dấu Tab',
  'yaml.multiple_docs': () => 'tệp có dòng "---" ở giữa, nên YAML coi là nhiều văn bản trong một tệp',
  'yaml.bad_escape': () => 'trong dấu ngoặc kép, dấu \\ phải đi với một ký tự hợp lệ (\\" hoặc \\\\)',
  'yaml.indent': () => 'thụt lề không thẳng hàng: các trường cùng cấp phải bắt đầu ở cùng một cột',
  'yaml.unclosed_bracket': (w) => `dấu ngoặc mở chưa được đóng bằng ${w.bracket} trên cùng dòng`,
  'yaml.unclosed_quote': (w) => `dấu ngoặc ${w.quote} mở chưa được đóng`,
  'yaml.flow_missing_comma': () => 'trong [ … ] hoặc { … }, giữa hai mục thiếu dấu phẩy (hoặc một mục có dấu ngoặc kép ở giữa)',
  'yaml.flow_comma': () => 'trong [ … ] hoặc { … } có dấu phẩy thừa (một mục để trống)',
  'yaml.key_without_value': () => 'dòng này không có dạng "tên: giá trị" hay "- mục"',
  'yaml.comment_space': () => 'dấu # ghi chú phải cách chữ đứng trước bằng một dấu cách',
  'yaml.long_key': () => 'tên trường quá dài (có lẽ thiếu dấu hai chấm hoặc dấu ngoặc kép ở dòng trên)',
  'yaml.other': (w) => `YAML không đọc được chỗ này (${w.detail})`,
  'yaml_hint.tab': () => 'thay dấu Tab bằng dấu cách: mỗi cấp lùi vào hai dấu cách',
  'yaml_hint.multiple_docs': () => 'mỗi tệp chỉ chứa một kế hoạch: xóa dòng "---" và phần thừa, hoặc tách thành hai tệp',
  'yaml_hint.bad_escape': () => 'viết \\\\ cho một dấu \\, hoặc đặt chữ trong dấu ngoặc đơn \'…\'',
  'yaml_hint.indent': () => 'mỗi cấp lùi vào thêm hai dấu cách; các dòng "- " của cùng một danh sách thẳng cột với nhau',
  'yaml_hint.unclosed_bracket': (w) => `thêm ${w.bracket} ở cuối dòng; chữ có dấu phẩy trong [ … ] phải đặt trong dấu ngoặc kép`,
  'yaml_hint.unclosed_quote': (w) => `thêm dấu ${w.quote} ở cuối chữ; nếu trong chữ có dấu ", dùng dấu ngoặc đơn '…' bên ngoài`,
  'yaml_hint.flow_missing_comma': () => 'mỗi mục cách nhau bằng dấu phẩy; mục có dấu ngoặc kép bên trong thì đặt cả mục trong dấu ngoặc đơn \'…\'',
  'yaml_hint.flow_comma': () => 'xóa dấu phẩy thừa; chữ có dấu phẩy phải đặt trong dấu ngoặc kép',
  'yaml_hint.key_without_value': () => 'viết "tên: giá trị" (có dấu cách sau dấu hai chấm), hoặc "- " ở đầu dòng cho một mục của danh sách',
  'yaml_hint.comment_space': () => 'thêm một dấu cách trước dấu #, hoặc đặt chữ có dấu # trong dấu ngoặc kép',
  'yaml_hint.other': () => 'so sánh dòng này với dòng tương tự trong plans/2026.yaml; chỗ sai cũng có thể ở dòng ngay trên',
} satisfies Record<string, Wording>;
