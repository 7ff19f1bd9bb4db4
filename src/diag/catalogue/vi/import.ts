// Stage: diagnostics (catalogue, Vietnamese). import-plan: vì sao một file không nhập được, các
// dòng tổng kết, và danh sách cần xem lại ghi ở đầu file YAML (mỗi điểm một câu).
import { vn, type Wording } from '../wording.js';

/** 0,3 (mm): số thập phân viết kiểu Việt. */
const dec = (v: string | number | undefined): string => String(v ?? '').replace('.', ',');

export const viImport = {
  // file không nhập được
  'import.is_folder': () => 'đây là một thư mục, không phải file Word',
  'import.not_regular': () => 'đây không phải một file thường (thiết bị, đường ống …)',
  'import.too_large': (w) => `file lớn hơn ${w.mb} MB: không phải một kế hoạch`,
  'import.unreadable': (w) => `không đọc được '${w.file}': ${w.reason}`,
  'import.doc_97': () => 'đây là file Word 97-2003 (.doc): hãy mở bằng Word hoặc LibreOffice rồi lưu lại thành .docx',
  'import.pdf': () => 'đây là file PDF: công cụ chỉ đọc file Word (.docx)',
  'import.not_docx': () => 'đây không phải file Word (.docx)',
  'import.unzipped_too_large': (w) => `nội dung file giải nén ra hơn ${w.mb} MB: không phải một kế hoạch`,
  'import.damaged_zip': (w) => `file bị hỏng, không giải nén được (chi tiết: ${w.detail}): hãy mở bằng Word hoặc LibreOffice rồi lưu lại`,
  'import.part_too_large': (w) => `phần ${w.part} quá lớn (${w.reason}): không phải một kế hoạch`,
  'import.damaged_part': (w) => `file bị hỏng, phần ${w.part} không đọc được (chi tiết: ${w.detail}): hãy mở bằng Word hoặc LibreOffice rồi lưu lại`,
  'import.xml_elements': (w) => `hơn ${vn(w.limit)} phần tử XML`,
  'import.xml_depth': (w) => `các phần tử lồng nhau quá ${w.limit} tầng`,
  'import.no_document': () => 'trong file không có văn bản Word (word/document.xml)',
  'import.too_many_paragraphs': (w) => `văn bản có hơn ${vn(w.limit)} đoạn văn: quá dài để là một kế hoạch`,
  'import.not_a_plan': () => 'không thấy dòng "KẾ HOẠCH" ở đầu văn bản: file này có phải là một kế hoạch không?',
  // tổng kết
  'import.summary': (w) => `đã ghi ${w.out}: ${w.sections} mục lớn, ${w.appendices} phụ lục; kiểm tra: 0 lỗi, ${w.warnings} cảnh báo`,
  'import.wrote_data': (w) => `đã ghi ${w.file} (số liệu của một phụ lục)`,
  'import.review_then_build': (w) => `hãy xem lại ${w.count} điểm ghi ở đầu file, rồi chạy: npm run build-plan -- ${w.out}`,
  'import.written_with_errors': (w) => `đã ghi ${w.out} nhưng còn ${w.errors} lỗi: hãy sửa (danh sách ở đầu file cho biết những chỗ công cụ phải đoán)`,
  // khung của danh sách cần xem lại
  'import.list_head': (w) => `Nhập từ ${w.source} bằng npm run import-plan. Xem lại trước khi dùng${w.count ? ` (${w.count} điểm)` : ''}:`,
  'import.list_empty': () => 'Không có điểm nào cần lưu ý; vẫn nên đọc lại toàn bộ.',
  'import.list_foot': () => 'Số thứ tự các mục, "./.", chữ in hoa và dòng "Kèm theo" của phụ lục do công cụ tự in: không gõ lại.',
  'import.topic.document': () => 'Văn bản',
  'import.topic.masthead': () => 'Tiêu đề, số, ngày',
  'import.topic.legal-basis': () => 'Căn cứ',
  'import.topic.targets': () => 'Chỉ tiêu',
  'import.topic.numbering': () => 'Đánh số',
  'import.topic.structure': () => 'Bố cục',
  'import.topic.text': () => 'Câu chữ',
  'import.topic.duty': () => 'Phân công',
  'import.topic.recipient': () => 'Nơi nhận',
  'import.topic.signature': () => 'Chữ ký',
  'import.topic.table': () => 'Bảng',
  'import.topic.arithmetic': () => 'Số liệu không khớp',
  'import.topic.nd30': () => 'Thể thức (ND30)',
  // những gì không nhập
  'import.note.text_box': (w) => `Khung văn bản (text box) trong văn bản cũ không được nhập: «${w.text}».`,
  'import.note.images': (w) => `${w.count} hình ảnh không được nhập (kế hoạch không có hình).`,
  'import.note.shapes': (w) => `${w.count} hình vẽ (đường kẻ, khung) không được nhập; đường kẻ dưới tiêu đề do công cụ tự vẽ.`,
  'import.note.footnotes': (w) => `${w.count} chú thích cuối trang không được nhập.`,
  'import.note.math': (w) => `${w.count} công thức toán không được nhập.`,
  'import.note.table_before_sections': () => 'Bảng trước mục I. (trong phần căn cứ, mở đầu) không được nhập.',
  // tiêu đề, số, ngày
  'import.note.bad_year': (w) => `Năm ban hành "${w.year}" không hợp lệ: đã lấy năm xuất hiện nhiều nhất trong văn bản; kiểm tra date.`,
  'import.note.day_without_month': (w) => `Ngày ban hành có ngày (${w.day}) mà không có tháng: đã để trống cả ngày.`,
  'import.note.no_such_month': (w) => `Tháng ${w.month} không có thật: đã để trống ngày và tháng.`,
  'import.note.no_such_day': (w) => `Ngày ${w.day}/${w.month}/${w.year} không có thật: đã để trống ngày.`,
  'import.note.no_place_date': () => 'Không tìm thấy dòng "Địa danh, ngày … tháng … năm …": đã để địa danh và năm cần điền.',
  'import.note.no_issuer': () => 'Không đọc được tên cơ quan ban hành ở góc trái: điền issuer.name và issuer.shortName.',
  'import.note.bad_symbol': (w) => `Ký hiệu "${w.symbol}" không đúng dạng: công cụ in "${w.expected}".`,
  'import.note.no_title': () => 'Không đọc được trích yếu sau dòng KẾ HOẠCH: đã ghi tạm, cần sửa title.',
  'import.note.appendix_number': (w) => `Phụ lục ghi "Kèm theo Kế hoạch số ${w.cited}", văn bản là số ${w.number || '(để trống)'}: công cụ in dòng này từ số của kế hoạch.`,
  // thể thức
  'import.note.day_zero': (w) => `Ngày ban hành viết "ngày ${w.day}": ND30 viết "ngày 0${w.day}" (công cụ tự thêm số 0).`,
  'import.note.motto_dash': () => 'Tiêu ngữ dùng dấu gạch dài "–": ND30 viết "Độc lập - Tự do - Hạnh phúc" (công cụ tự in đúng).',
  'import.note.number_space': (w) => `"${w.text}": số và ký hiệu viết liền, không có dấu cách trước "/" (công cụ tự in đúng).`,
  'import.note.closing_stop': () => 'Đoạn kết của văn bản cũ không kết thúc bằng "./.": công cụ tự thêm.',
  'import.note.appendix_caps': () => 'Văn bản cũ in "PHỤ LỤC" chữ hoa: ND30 viết "Phụ lục" (chữ thường, in đậm); công cụ in đúng.',
  'import.note.basis_date': (w) => `Căn cứ "${w.basis}": ngày viết "${w.typed}", công cụ in "${w.printed}" (ND30: ngày dưới 10 và tháng 1, 2 có số 0 ở trước).`,
  'import.note.paper': (w) => `Văn bản cũ: khổ giấy ${w.width} × ${w.height} mm (ND30: A4, 210 × 297 mm); công cụ in theo ND30.`,
  'import.note.margins': (w) =>
    `Văn bản cũ: lề ${[
      w.top !== undefined && `trên ${dec(w.top)} mm (20–25)`,
      w.bottom !== undefined && `dưới ${dec(w.bottom)} mm (20–25)`,
      w.left !== undefined && `trái ${dec(w.left)} mm (30–35)`,
      w.right !== undefined && `phải ${dec(w.right)} mm (15–20)`,
    ]
      .filter(Boolean)
      .join(', ')}; công cụ in theo ND30.`,
  'import.note.font': (w) => `Văn bản cũ: phông chữ "${w.font}" (ND30: Times New Roman); công cụ in theo ND30.`,
  'import.note.size': (w) => `Văn bản cũ: cỡ chữ nội dung ${dec(w.size)} (ND30: 13–14); công cụ in theo ND30.`,
  // căn cứ, câu chữ, chỉ tiêu
  'import.note.basis_no_so': (w) => `"${w.basis}": thiếu chữ "số" trước số hiệu (công cụ in "${w.printed}").`,
  'import.note.basis_kept': (w) => `Căn cứ giữ nguyên câu (không tách được loại, số, ngày, cơ quan): "${w.text}".`,
  'import.note.year_typo': (w) => `"${w.typed}" là năm gõ nhầm: đã sửa thành "${w.fixed}" (năm văn bản nhắc đến nhiều nhất trong các cách bỏ một chữ số); kiểm tra lại.`,
  'import.note.period': (w) => `Thời gian thực hiện "${w.text}" được ghi thành period (${w.count} chỗ trong câu viết {period}); new-plan sẽ chuyển sang năm sau.`,
  'import.note.figures_in_text': (w) => `Các con số, chỉ tiêu in trong câu (${w.figures} …) được giữ như chữ: chỉ tiêu dùng ở nhiều chỗ nên khai báo trong targets: và viết {mã} trong câu, để new-plan nhắc sửa mỗi năm.`,
  // bố cục, đánh số
  'import.note.no_sections': () => 'Không tìm thấy mục đánh số (I., 1., …): toàn bộ nội dung được đặt trong một mục không đánh số "Nội dung".',
  'import.note.no_intro': () => 'Không có đoạn mở đầu sau căn cứ: đã ghi tạm một câu, cần sửa intro.',
  'import.note.numbering_jump': (w) => `Số thứ tự trong văn bản cũ nhảy từ ${w.from || '(đầu mục)'} sang ${w.to} ở mục "${w.section}": công cụ đánh số lại liên tục.`,
  'import.note.numbering_back': (w) => `Số thứ tự trong văn bản cũ lặp lại hoặc lùi số (${w.to} sau ${w.from}) ở mục "${w.section}": công cụ đánh số lại liên tục.`,
  'import.note.level': (w) => `Mục "${w.marker}" không theo thứ tự cấp I., 1., 1.1., a): công cụ in "${w.printed}" ở cấp này ("${w.section}").`,
  'import.note.after_item': (w) => `Mục "${w.section}": đoạn "${w.text}" ngay sau một ý "-"/"+" được đặt ngang hàng với ý; nếu là phần tiếp của ý, chuyển vào body: của ý đó.`,
  'import.note.after_subsections': (w) => `Đoạn văn sau mục đánh số "${w.section}" được xếp vào mục đó; nếu đoạn thuộc mục "${w.parent}" (in sau các mục con), chuyển sang after: của mục ấy.`,
  // chữ ký, nơi nhận
  'import.note.no_signature': () => 'Không đọc được chữ ký: đã ghi tạm, cần điền signature.',
  'import.note.signature_count': (w) => `${w.issuers} cơ quan ban hành nhưng ${w.signatures} chữ ký: đã giữ ${w.issuers} chữ ký đầu, cần kiểm tra.`,
  'import.note.name_twice': (w) => `Tên người ký "${w.name}" ghi hai lần (có thể là chú thích ảnh chữ ký): giữ một lần.`,
  'import.note.no_signer_title': () => 'Không đọc được chức vụ người ký: đã ghi tạm, cần sửa signature.title.',
  'import.note.no_recipients': () => 'Không đọc được Nơi nhận: đã ghi tạm một dòng, cần điền lại recipients.',
  'import.note.recipient_purpose': () => 'Nơi nhận: mục đích trong ngoặc (để b/c, để t/h …) được gắn với đúng dòng ghi nó; nếu cả mấy dòng trên cùng mục đích, gộp lại: { to: [ A, B ], purpose: để b/c }.',
  // bảng, phụ lục
  'import.note.appendix_id': (w) => `Mã phụ lục "${w.id}" do công cụ đặt ("${w.title}"): đổi thành tên ngắn gọn nếu muốn (sửa cả các chỗ viết {${w.id}}).`,
  'import.note.appendix_untitled': (w) => `Phụ lục thứ ${w.n} không có tên in đậm ở đầu: đã đặt tên tạm "${w.title}".`,
  'import.note.appendix_labels': () => 'Các phụ lục không có nhãn "Phụ lục …": công cụ in "Phụ lục I", "Phụ lục II" …',
  'import.note.number_row': (w) => `Bảng "${w.table}": dòng đánh số cột (1), (2), (3) … không được nhập.`,
  'import.note.widths_rounded': (w) => `Bảng "${w.table}": độ rộng các cột lấy theo file Word, làm tròn (lệch không quá ${dec(w.mm)} mm); bảng in rộng hết khổ giấy, giữ tỷ lệ các cột.`,
  'import.note.csv': (w) => `Bảng "${w.table}" có ${w.rows} dòng: số liệu được ghi vào file "${w.file}" cạnh file YAML (mở và sửa bằng Excel hay LibreOffice được; giữ nguyên dòng tiêu đề).`,
  'import.note.row_mismatch': (w) => `Bảng "${w.table}", dòng "${w.row}", cột "${w.column}": ghi ${w.typed}, tính được ${w.computed} (${w.formula}).`,
  'import.note.total_mismatch': (w) => `Bảng "${w.table}", dòng "${w.row}", cột "${w.column}": ghi ${w.typed}, tính được ${w.computed}.`,
  'import.note.total_sum_mismatch': (w) => `Bảng "${w.table}", dòng "${w.row}", cột "${w.column}": ghi ${w.typed}, cộng các dòng được ${w.computed}.`,
} satisfies Record<string, Wording>;
