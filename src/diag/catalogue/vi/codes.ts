// Stage: diagnostics (catalogue, Vietnamese: the default). Lời báo và gợi ý mặc định của mọi mã
// lỗi, bằng lời của người làm văn phòng: không "mapping", không "null", không lời của zod.
import type { DiagnosticCode } from '../../codes.js';
import { lastKey, mib, q, vn, type CodeWording, type Words } from '../wording.js';

const KINDS: Record<string, string> = {
  string: 'chữ',
  number: 'một số',
  int: 'một số nguyên',
  object: 'các trường con (tên: giá trị)',
  array: 'một danh sách',
  boolean: 'true (có) hoặc false (không)',
};
const expected = (w: Words): string => String(w.expected ?? '').split('|').map((k) => KINDS[k] ?? k).join(' hoặc ');

/** Trường được gọi bằng tên tiếng Việt (mô tả trong lược đồ) kèm tên trường trong tệp. */
const field = (w: Words): string => {
  if (w.path === '(plan)' || w.path === undefined) return 'Kế hoạch';
  return w.label ? `${w.label} (${w.key ?? lastKey(w.path)})` : String(w.path);
};

/** Gợi ý mặc định của một trường: mô tả của trường trong lược đồ, nếu có. */
const fieldHelp = (w: Words, otherwise: string): string => (w.help ? `${w.key ?? lastKey(w.path)}: ${w.help}` : otherwise);

function typeHint(w: Words): string {
  const kinds = String(w.expected ?? '').split('|');
  if (kinds.includes('array')) return 'danh sách viết mỗi mục một dòng, bắt đầu bằng "- " (hoặc [mục 1, mục 2] trên một dòng)';
  if (kinds.includes('object')) return 'viết các trường con ở các dòng bên dưới, lùi vào thêm hai dấu cách';
  if (kinds.includes('number') || kinds.includes('int')) return 'chỉ ghi con số, không kèm đơn vị, không dấu chấm ngăn cách hàng nghìn: 150000000';
  return fieldHelp(w, 'ghi chữ sau dấu hai chấm; đặt trong dấu ngoặc kép "…" nếu có ": " ở giữa hoặc bắt đầu bằng một ký hiệu');
}

export const viCodes: { [K in DiagnosticCode]: CodeWording } = {
  file_unreadable: {
    message: (w) => `không đọc được tệp ${q(w.file)}: ${w.reason}`,
    hint: () => 'kiểm tra tên tệp và thư mục: chữ hoa, chữ thường và dấu phải đúng như trên máy',
  },
  file_not_utf8: {
    message: () => 'tệp không phải văn bản UTF-8',
    hint: () => 'mở tệp bằng Notepad, chọn File › Save As…, ở ô Encoding chọn UTF-8 rồi lưu lại',
  },
  file_too_large: {
    message: (w) => `tệp nặng ${w.size === undefined ? `hơn ${vn(w.limit)}` : vn(w.size)} byte; ${w.what} chỉ được tối đa ${vn(w.limit)} byte (${mib(w.limit, true)})`,
    hint: () => 'kiểm tra xem có chọn nhầm tệp không',
  },
  file_not_regular: { message: (w) => `${q(w.file)} là ${w.kind}, không phải một tệp`, hint: () => 'ghi tên chính tệp, ví dụ plans/2026.yaml' },
  output_unwritable: {
    message: (w) => `không ghi được ${q(w.file)}: ${w.reason}${w.kept ? `; ${w.kept}` : ''}`,
    hint: () => 'giải phóng chỗ trên ổ đĩa, đóng tệp nếu đang mở trong Word hay trình xem PDF, hoặc chọn thư mục khác bằng --out',
  },
  output_clash: {
    message: (w) => `${q(w.first)} và ${q(w.second)} sẽ cùng được ghi thành ${q(w.name)}; chưa ghi gì`,
    hint: () => 'dựng hai kế hoạch này vào hai thư mục --out khác nhau, hoặc đổi tên một tệp',
  },
  font_unusable: {
    message: (w) => `--fonts: không dùng được ${q(w.file)}: ${w.reason}`,
    hint: () => 'chép bốn tệp times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf từ C:\\Windows\\Fonts vào thư mục này',
  },
  yaml_syntax: { message: (w) => `lỗi cú pháp YAML: ${w.reason}`, hint: () => 'chỗ sai cũng có thể ở dòng ngay trên (thiếu dấu ngoặc kép, thiếu dấu ngoặc)' },
  yaml_duplicate_key: {
    message: (w) => `trường ${q(w.key)} được ghi hai lần trong cùng một nhóm`,
    hint: () => 'giữ lại một; nếu cần nhiều giá trị thì viết thành danh sách, mỗi mục một dòng "- "',
  },
  yaml_alias: {
    message: (w) => `chữ bắt đầu bằng dấu * (*${w.name}) bị YAML hiểu là một tham chiếu, không phải chữ`,
    hint: () => 'chữ bắt đầu bằng *, &, !, %, @ hoặc ` phải đặt trong dấu ngoặc kép: "**1.** Căn cứ …"',
  },
  needs_quotes: { message: (w) => `${w.reason}`, hint: (w) => `đặt cả chữ trong dấu ngoặc kép: ${w.fixed}` },
  too_deep: {
    message: () => 'tệp lồng quá nhiều cấp, không thể là một kế hoạch (các mục lồng nhau tối đa 4 cấp: I., 1., 1.1., a))',
    hint: () => 'kiểm tra thụt lề: mỗi cấp lùi vào thêm hai dấu cách',
  },
  not_a_mapping: {
    message: (w) => `một kế hoạch gồm các trường (issuer:, title:, …), không phải ${w.found}`,
    hint: () => 'hãy bắt đầu từ một kế hoạch mẫu, ví dụ plans/2026.yaml',
  },
  empty_file: {
    message: () => 'tệp trống; một kế hoạch cần ít nhất issuer, date, title và sections',
    hint: () => 'chép tệp plans/2026.yaml rồi sửa lại',
  },
  unknown_key: {
    message: (w) => `không có trường nào tên ${q(w.key)}${w.label ? ` trong ${w.label}` : ''}`,
    hint: () => 'kiểm tra chính tả tên trường (tên trường viết bằng tiếng Anh, đúng chữ hoa, chữ thường)',
  },
  missing_field: {
    message: (w) => `thiếu trường bắt buộc ${q(w.key)}${w.label ? ` (${w.label})` : ''}`,
    hint: (w) => `thêm một dòng ${w.key}: … vào đây`,
  },
  wrong_type: { message: (w) => `${field(w)}: cần ${expected(w)}, nhưng ở đây là ${w.found}`, hint: typeHint },
  invalid_value: { message: (w) => `${field(w)}: ${w.reason}`, hint: (w) => fieldHelp(w, 'xem mục "Writing a plan" trong README') },
  invalid_date: { message: (w) => `${field(w)}: ${w.reason}`, hint: () => 'viết ngày theo thứ tự năm-tháng-ngày: 2026-03-05, 2026-03 hoặc 2026' },
  unknown_reference: {
    message: (w) => `${q(w.ref)} không phải tên ${w.kind} trong kế hoạch`,
    hint: () => 'tên viết chữ thường, nối bằng dấu "-", đúng như đã khai báo',
  },
  typed_label: {
    message: (w) => `${field(w)}: ${q(w.typed)} do công cụ tự thêm; gõ ở đây thì khi in sẽ thành hai lần ("${w.printed}")`,
    hint: (w) => `hãy viết: ${w.key}: ${w.write}`,
  },
  split_by_commas: {
    message: (w) => `dấu phẩy trong [ … ] đã tách câu này thành ${w.count} mục: ${w.pieces}`,
    hint: (w) => `nếu đó là một mục, hãy đặt trong dấu ngoặc kép: [ "${w.first}" ]; hoặc viết mỗi mục một dòng bắt đầu bằng "- "`,
  },
  row_length: {
    message: (w) => `${w.where}: dòng này có ${w.found} giá trị, bảng cần ${w.expected} (${w.keys})`,
    hint: () => 'mỗi cột không có công thức một giá trị, theo đúng thứ tự; ô trống ghi ""',
  },
  cell_value: { message: (w) => `${w.where}: cột '${w.column}': ${w.reason}`, hint: () => 'số ghi như 16095 hoặc 16.095; tỷ lệ ghi như 95,5' },
  formula_error: {
    message: (w) => `${w.where}: công thức ${q(w.formula)}: ${w.reason}`,
    hint: () => 'công thức dùng + - * /, dấu ngoặc, round, ceil, floor, min, max, abs, mã cột và mã chỉ tiêu',
  },
  division_by_zero: {
    message: (w) => `${w.where}: cột '${w.column}' chia cho 0 (${w.formula})`,
    hint: () => 'kiểm tra số chia trong công thức (ô để trống hoặc bằng 0)',
  },
  given_mismatch: {
    message: (w) => `${w.where}: cột '${w.column}' ghi ${w.given} nhưng tính ra ${w.computed} (${w.formula})`,
    hint: () => 'sửa lại số đã ghi, hoặc các số dùng để tính',
  },
  total_row_typed: {
    message: (w) => (w.sure ? `${w.row}: ${q(w.text)} là dòng tổng cộng gõ tay${w.agrees ? ' (các số bằng tổng các dòng trên)' : ''}; nếu tính như một dòng thì tổng sẽ gấp đôi` : `${w.row}: ${q(w.text)} trông như một dòng tổng cộng gõ tay; nếu đúng vậy, tổng của bảng đang cộng cả dòng này`),
    hint: (w) => (w.hasTotal ? 'xóa dòng này: dòng tổng do công cụ tự tính (total:)' : `xóa dòng này và ghi total: { label: ${w.text} } sau rows:, công cụ tự tính dòng tổng`),
  },
  goal_not_met: {
    message: (w) => `${w.where}: tổng của cột '${w.column}' là ${w.total}, thấp hơn chỉ tiêu {${w.goal}} = ${w.target}`,
    hint: () => 'xem lại số liệu, hoặc chỉ tiêu của kế hoạch',
  },
  goal_unchecked: {
    message: (w) => `${w.where}: chỉ tiêu {${w.goal}} của cột '${w.column}' chưa được đối chiếu: ${w.reason}`,
    hint: () => 'cho cột một tổng tính chính xác (không làm tròn ở giữa), hoặc tự đối chiếu chỉ tiêu',
  },
  ambiguous_number: { message: (w) => `${w.where}: ${w.reason}`, hint: () => 'viết số theo cách của văn bản tiếng Việt: 16.095 hoặc 16095, số thập phân như 95,5' },
  table_too_narrow: {
    message: (w) => `bảng sau "${w.table}" quá hẹp cho các con số: dù thu chữ xuống ${w.size} pt, trang giấy vẫn không đủ rộng để mỗi cột chứa trọn con số dài nhất, nên có số bị ngắt dòng`,
    hint: () => 'đặt phụ lục theo chiều ngang (orientation: landscape), hoặc tách bảng làm hai',
  },
  data_file: { message: (w) => `${w.where}: ${w.reason}`, hint: () => 'tệp số liệu là CSV (UTF-8) hoặc XLSX; dòng tiêu đề ghi tên các cột' },
  duplicate_id: { message: (w) => `mã ${q(w.id)} vừa là ${w.first} vừa là ${w.second}; mỗi mã chỉ dùng cho một thứ`, hint: () => 'đổi tên một trong hai' },
  font_missing_glyph: {
    message: (w) => `phông chữ ${w.face} (${w.file}) không có ký tự ${w.chars}: bản PDF sẽ hiện ô trống ở chỗ đó`,
    hint: () => 'dùng phông Times New Roman (--fonts với các tệp trong C:\\Windows\\Fonts), hoặc bỏ --fonts',
  },
  implausible_year: { message: (w) => `${q(w.context)}: năm ${w.year} có vẻ gõ nhầm`, hint: () => 'năm có bốn chữ số' },
  undeclared_appendix: {
    message: (w) => `văn bản nhắc đến ${q(w.mention)}, nhưng kế hoạch ${w.count === 0 ? 'không có phụ lục nào' : `chỉ có ${w.count} phụ lục`}`,
    hint: () => 'khai báo phụ lục đó trong appendices: (thêm separate: true nếu phụ lục ban hành riêng) rồi viết {mã} của nó thay cho số',
  },
  template_error: {
    message: (w) => `lỗi mẫu văn bản: ${w.detail}`,
    hint: () => 'lỗi nằm ở mẫu văn bản (thư mục templates/), không phải ở kế hoạch: hãy báo cho người bảo trì, gửi kèm tệp kế hoạch',
  },
  markup_error: {
    message: (w) => `lỗi mẫu văn bản: ${w.detail}`,
    hint: () => 'lỗi nằm ở mẫu văn bản (thư mục templates/), không phải ở kế hoạch: hãy báo cho người bảo trì, gửi kèm tệp kế hoạch',
  },
};
