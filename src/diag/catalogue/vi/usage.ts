// Stage: diagnostics (catalogue, Vietnamese). Cách dùng của từng lệnh (--help) và các lỗi khi gõ
// lệnh sai (tùy chọn không có, thiếu giá trị, thiếu tên tệp …), cho chuyên viên đọc.
import type { Wording } from '../wording.js';

const s = (v: string | number | undefined): string => JSON.stringify(String(v ?? ''));

export const viUsage = {
  'usage.build_plan': () => `cách dùng: npm run build-plan -- <tệp kế hoạch.yaml> [tệp khác.yaml …] [tùy chọn]

Với mỗi kế hoạch, ghi ra <thư mục kết quả>/<tên kế hoạch>.docx và .pdf.

tùy chọn:
  --out THƯ_MỤC             thư mục ghi kết quả (mặc định: out)
  --format docx|pdf|all     ghi tệp nào: docx, pdf hay cả hai (mặc định: all, cả hai)
  --fonts THƯ_MỤC           vẽ PDF bằng phông Times New Roman có trong THƯ_MỤC (times.ttf,
                            timesbd.ttf, timesi.ttf, timesbi.ttf, như trong C:\\Windows\\Fonts);
                            --fonts tinos: dùng phông Tinos đi kèm, cùng cỡ chữ với Times New Roman.
                            Mặc định: trên Windows dùng Times New Roman của máy, nơi khác dùng Tinos
  --each MÃ                 dựng một kế hoạch cho mỗi dòng của phụ lục MÃ (ví dụ mỗi xã trong
                            bảng của huyện), trên mọi lõi máy; tệp đặt tên <kế hoạch>-<tên dòng>
  --watch                   tự dựng lại mỗi khi kế hoạch, tệp số liệu hay mẫu thay đổi
  --strict                  coi cảnh báo như lỗi: không ghi gì, mã thoát 3
  --lang en                 thông báo bằng tiếng Anh (mặc định: tiếng Việt)
  --debug                   in chi tiết khi chương trình gặp lỗi nội bộ
  -h, --help                in hướng dẫn này`,
  'usage.check': () => `cách dùng: npm run check -- <tệp kế hoạch.yaml> [tệp khác.yaml …] [--strict] [--each MÃ]

Kiểm tra kế hoạch (các trường, bảng số liệu, tham chiếu, mẫu văn bản) mà không ghi tệp nào.
  --strict   có cảnh báo cũng coi là không đạt (mã thoát 1)
  --each MÃ  kiểm tra kế hoạch dựng cho từng dòng của phụ lục MÃ (như build-plan --each)
  --lang en  thông báo bằng tiếng Anh (mặc định: tiếng Việt)
  -h, --help in hướng dẫn này`,
  'usage.fmt': () => `cách dùng: npm run fmt -- <tệp kế hoạch.yaml> [tệp khác.yaml …] [--check] [--placeholders]

Trình bày lại từng kế hoạch theo một cách chuẩn: các trường theo thứ tự quy định, mỗi dòng bảng
trên một dòng, chỉ đặt dấu ngoặc kép khi cần, lời ghi chú giữ bên trường mà nó ghi cho.
  --check          không sửa gì; mã thoát 1 nếu có tệp chưa đúng cách trình bày chuẩn
  --placeholders   viết thêm {year}, {year-1}, {year+1} thay cho những năm gõ bằng số mà là năm
                   của kế hoạch ("năm 2026", "31/12/2026" trong kế hoạch năm 2026), để bản kế
                   hoạch năm sau (new-plan) tự đổi theo; mỗi chỗ đổi được in ra để rà soát
  --lang en        thông báo bằng tiếng Anh (mặc định: tiếng Việt)
  -h, --help       in hướng dẫn này`,
  'usage.new_plan': () => `cách dùng: npm run new-plan -- <tệp kế hoạch.yaml> --year NĂM [--out TỆP] [--force]

Lập bản dự thảo kế hoạch năm sau từ kế hoạch năm nay: ngày và thời gian thực hiện dời sang năm
mới, chữ viết bằng {year} đổi theo, số và ngày văn bản để trống, số liệu chuyển tiếp được điền,
dùng tệp số liệu của năm sau nếu đã có, và đầu tệp có danh sách những chỗ cần rà soát. Năm gõ
bằng số không tự đổi: danh sách ghi rõ từng chỗ (npm run fmt -- --placeholders đổi chúng thành {year}).
  --year NĂM    năm của kế hoạch mới, ví dụ --year 2027
  --out TỆP     nơi ghi bản dự thảo (mặc định: cạnh kế hoạch, cùng tên với năm mới)
  --force       ghi đè nếu TỆP đã có
  --lang en     thông báo bằng tiếng Anh (mặc định: tiếng Việt)
  -h, --help    in hướng dẫn này`,
  'usage.diff_plan': () => `cách dùng: npm run diff-plan -- <kế hoạch cũ.yaml> <kế hoạch mới.yaml> [tùy chọn]
           npm run diff-plan -- --git PHIÊN_BẢN [tệp kế hoạch.yaml …] [tùy chọn]

Những gì đã thay đổi từ kế hoạch này sang kế hoạch kia, như người rà soát đọc: phần đầu và trích
yếu, căn cứ, chỉ tiêu, các mục (chuyển chỗ, đổi thứ tự), các đoạn, nhiệm vụ, chữ ký, nơi nhận,
bảng phụ lục (dòng, cột, công thức, dòng tổng), và kết quả kéo theo: chỉ tiêu đạt hay chưa, cảnh báo.
  --format KIỂU  text (mặc định), md (để dán vào ý kiến rà soát), json (cho công cụ khác),
                 docx (kế hoạch năm nay, chỗ khác năm trước hiện như sửa đổi có theo dõi), html
  --out TỆP      nơi ghi tệp docx hay html (mặc định: out/<kế hoạch mới>.redline.docx)
  --exit-code    mã thoát 1 khi hai kế hoạch khác nhau, 0 khi giống, 2 khi có trục trặc (như git diff)
  --color KHI    auto (mặc định: có màu khi in ra màn hình, trừ khi đặt NO_COLOR), always, never
  --git PHIÊN_BẢN  so với kế hoạch và tệp số liệu của nó ở phiên bản đó trong git (hoặc PB1..PB2);
                 không ghi tệp kế hoạch: mọi kế hoạch mà thay đổi đó chạm tới
  --as TỆP       đọc cả hai kế hoạch như thể chúng nằm ở TỆP (tệp số liệu cạnh nó), dùng cho
                 git difftool: --as "$MERGED" "$LOCAL" "$REMOTE"
  --git-external theo cách GIT_EXTERNAL_DIFF của git (đường dẫn, tệp cũ, mã cũ, chế độ cũ, tệp mới …)
  --each MÃ      phụ lục có mỗi dòng là một đơn vị của kế hoạch (tự tìm nếu không ghi)
  --lang en      thông báo bằng tiếng Anh (mặc định: tiếng Việt)
  -h, --help     in hướng dẫn này`,
  'usage.import_plan': (w) => `cách dùng: npm run import-plan -- <tệp Word.docx> [--out TỆP] [--force]

Đọc một kế hoạch soạn bằng Word hoặc LibreOffice (.docx) và viết ra kế hoạch YAML, đầu tệp có
danh sách những chỗ cần xem lại (chỗ công cụ phải đoán, câu giữ nguyên, số liệu cộng không khớp).
Bảng phụ lục từ ${w.rows} dòng trở lên được ghi ra tệp CSV cạnh tệp YAML (<tên>.<mã phụ lục>.csv).
  --out TỆP     nơi ghi tệp YAML (mặc định: cạnh tệp Word, cùng tên, đuôi .yaml)
  --force       ghi đè nếu TỆP (hay tệp CSV) đã có
  --lang en     thông báo bằng tiếng Anh (mặc định: tiếng Việt)
  -h, --help    in hướng dẫn này`,
  'usage.studio': () => `cách dùng: npm run studio -- <tệp kế hoạch.yaml> [--port SỐ] [--no-open] [--out THƯ_MỤC] [--fonts THƯ_MỤC]

Mở kế hoạch trong trình duyệt: bên trái là nội dung YAML, bên phải là văn bản, cập nhật ngay khi
gõ; lưu, xuất DOCX và PDF, so sánh với một kế hoạch khác trong cùng thư mục.
  --port SỐ          dùng cổng SỐ của 127.0.0.1 (mặc định: cổng nào đang trống)
  --no-open          chỉ in địa chỉ, không tự mở trình duyệt
  --out THƯ_MỤC      nơi nút "Xuất DOCX và PDF" ghi tệp (mặc định: out)
  --fonts THƯ_MỤC    vẽ PDF bằng phông Times New Roman trong THƯ_MỤC, hoặc --fonts tinos dùng
                     phông Tinos đi kèm (như build-plan --fonts; trên Windows mặc định dùng phông của máy)
  --lang en          trang và thông báo bằng tiếng Anh (mặc định: tiếng Việt)
  -h, --help         in hướng dẫn này`,
  'usage.schema': () => `cách dùng: npm run schema [-- <tệp.json>]

Ghi lược đồ JSON của kế hoạch (plans/plan.schema.json, hoặc tệp được ghi), để trình soạn thảo
gợi ý tên trường và báo lỗi ngay khi gõ.
  --lang en     thông báo bằng tiếng Anh (mặc định: tiếng Việt)
  -h, --help    in hướng dẫn này`,
  'usage.see_help': (w) => `xem cách dùng: npm run ${w.command} -- --help`,
  'usage.bad_lang': (w) => `--lang chỉ nhận vi (tiếng Việt, mặc định) hoặc en (English), không nhận ${s(w.value)}`,
  'usage.unknown_option': (w) => `không có tùy chọn ${w.option}`,
  'usage.needs_value': (w) => `sau ${w.option} cần ghi một giá trị`,
  'usage.build_format': (w) => `--format chỉ nhận docx, pdf hoặc all, không nhận ${s(w.value)}`,
  'usage.name_a_plan': () => 'hãy ghi tên tệp kế hoạch, ví dụ: npm run build-plan -- plans/2026.yaml',
  'usage.each_one_plan': () => '--each dựng các đơn vị của một kế hoạch: hãy ghi đúng một tệp kế hoạch',
  'usage.each_no_watch': () => 'không dùng --each cùng với --watch được',
  'usage.name_plans': () => 'hãy ghi tên ít nhất một tệp kế hoạch, ví dụ: plans/2026.yaml',
  'usage.placeholders_check': () => '--placeholders sửa lại tệp, nên không dùng cùng --check được',
  'usage.name_one_plan': () => 'hãy ghi đúng một tệp kế hoạch',
  'usage.year': (w) => `--year cần một năm từ ${w.min} đến ${w.max}, ví dụ --year 2027`,
  'usage.diff_format': () => '--format chỉ nhận text, md, json, docx hoặc html',
  'usage.color': () => '--color chỉ nhận auto, always hoặc never',
  'usage.two_plans': () => 'hãy ghi hai tệp kế hoạch: kế hoạch cũ trước, kế hoạch mới sau',
  'usage.redline_both': () => 'muốn đánh dấu chỗ sửa đổi thì cần có cả hai kế hoạch',
  'usage.redline_one': (w) => `--format ${w.format} chỉ so sánh một kế hoạch với một kế hoạch khác`,
  'usage.git_external': () => 'git phải truyền 7 tham số',
  'usage.one_docx': () => 'hãy ghi đúng một tệp Word (.docx)',
  'usage.port': (w) => `--port cần một số từ 1 đến 65535, không nhận ${s(w.value)}`,
  'usage.port_in_use': (w) => `cổng ${w.port} đang có chương trình khác dùng; chọn cổng khác bằng --port, hoặc bỏ --port`,
  'usage.import_exists': (w) => `tệp ${w.out} đã có; chọn tên khác bằng --out, hoặc thêm --force để ghi đè`,
  'usage.too_many': (w) => `chỉ cần một tệp, không phải ${w.count}`,
} satisfies Record<string, Wording>;

/** Các dòng của chính chương trình, ngoài cách dùng: lỗi nội bộ, studio đã chạy. */
export const viRun = {
  'run.internal_error': (w) => `${w.command}: lỗi nội bộ: ${w.detail}`,
  'run.report_bug': () => 'Đây là lỗi của ke-hoach; xin gửi báo lỗi kèm tệp kế hoạch (chạy thêm --debug để có chi tiết).',
  'run.studio_started': (w) => `ke-hoach studio: ${w.plan}\n  ${w.url}\n(địa chỉ này chỉ mở được trên máy này; Ctrl+C để dừng)`,
  'run.no_browser': () => '(không mở được trình duyệt: hãy mở địa chỉ trên)',
  'run.schema_written': (w) => `đã ghi ${w.file}`,
} satisfies Record<string, Wording>;
