// Stage: diagnostics (catalogue, Vietnamese). Files and the disk: why a file cannot be read or
// written (mã lỗi của hệ thống giữ trong ngoặc cho người cần báo lỗi), what a path names.
import { vn, type Wording } from '../wording.js';

const withCode = (text: string) => (w: { code?: string | number }) => (w.code ? `${text} (${w.code})` : text);

export const viFiles = {
  'fs.no_such_file': () => 'không có tệp này',
  'fs.no_such_folder': () => 'không có thư mục này',
  'fs.not_a_folder': () => 'không phải thư mục',
  'fs.EACCES': () => 'không có quyền truy cập',
  'fs.EPERM': withCode('hệ thống không cho phép thao tác này'),
  'fs.EISDIR': () => 'đây là một thư mục, không phải tệp',
  'fs.ENOTDIR': withCode('một phần của đường dẫn là tệp, không phải thư mục'),
  'fs.EEXIST': withCode('đã có một tệp trùng tên chắn đường'),
  'fs.ENOSPC': withCode('ổ đĩa đã đầy'),
  'fs.EDQUOT': withCode('đã dùng hết dung lượng được cấp trên ổ đĩa'),
  'fs.EROFS': withCode('ổ đĩa hoặc thư mục chỉ cho phép đọc'),
  'fs.EBUSY': withCode('tệp đang được một chương trình khác sử dụng'),
  'fs.EMFILE': withCode('đang mở quá nhiều tệp cùng lúc'),
  'fs.ENAMETOOLONG': withCode('tên quá dài'),
  'fs.EIO': withCode('ổ đĩa báo lỗi khi đọc hoặc ghi'),
  'fs.ELOOP': withCode('đường dẫn đi vòng qua các liên kết'),
  'fs.EXDEV': withCode('tệp tạm nằm trên một ổ đĩa khác'),
  'fs.other': (w) => `lỗi của hệ thống: ${w.detail}`,
  'file_kind.folder': () => 'một thư mục',
  'file_kind.pipe': () => 'một đường ống (FIFO)',
  'file_kind.device': () => 'một thiết bị',
  'file_kind.socket': () => 'một socket',
  'file_kind.other': () => 'một thứ không phải tệp thông thường',
  'what.plan': () => 'một kế hoạch',
  'what.data_file': () => 'một tệp số liệu',
  'busy.holder_word': () => 'Word',
  'busy.holder_pdf': () => 'trình đọc PDF',
  'busy.output': (w) =>
    `${w.file}: tệp đang mở trong ${w.holder} nên không ghi đè được; tệp cũ vẫn giữ nguyên.${w.heldBack ? ` ${w.heldBack} cũng chưa được thay, để DOCX và PDF luôn là của cùng một lần dựng.` : ''} Hãy đóng tệp ${w.name} trong ${w.holder}${w.watching ? ': khi tệp được đóng, bản mới sẽ được ghi ngay.' : ' rồi chạy lại.'}`,
  'kept.plan_files': (w) => `chưa ghi gì của ${w.plan}; các tệp cũ vẫn giữ nguyên`,
  'kept.file_as_was': () => 'tệp vẫn giữ nguyên như trước',
  'font.not_a_font': (w) => `đó là ${w.kind}, không phải tệp phông chữ`,
  'font.too_large': (w) => `tệp lớn hơn ${vn(w.limit)} byte`,
  'font.damaged': (w) => `không phải tệp phông TrueType, hoặc tệp bị hỏng (${w.detail})`,
  'font.face_regular': () => 'thường',
  'font.face_bold': () => 'đậm',
  'font.face_italic': () => 'nghiêng',
  'font.face_boldItalic': () => 'đậm nghiêng',
} satisfies Record<string, Wording>;
