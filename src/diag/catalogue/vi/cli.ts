// Stage: diagnostics (catalogue, Vietnamese). Các dòng tổng kết của các lệnh (check, build-plan,
// fmt, new-plan, diff-plan): đã kiểm tra bao nhiêu kế hoạch, ghi được tệp nào, vì sao chưa ghi.
import type { Wording } from '../wording.js';

const n = (v: string | number | undefined): string => String(v ?? 0);

export const viCli = {
  'cli.warning_prefix': () => 'cảnh báo',
  'cli.checked': (w) => `đã kiểm tra ${n(w.plans)} kế hoạch: ${n(w.errors)} lỗi, ${n(w.warnings)} cảnh báo`,
  'cli.wrote': (w) => `đã ghi ${w.file}`,
  'cli.errors_nothing_written': (w) => `${w.plan}: ${n(w.errors)} lỗi; chưa ghi tệp nào`,
  'cli.strict_nothing_written': (w) => `${w.plan}: ${n(w.warnings)} cảnh báo, dùng --strict nên chưa ghi tệp nào`,
  'cli.plans_unwritten': (w) => `${n(w.count)} kế hoạch không ghi được`,
  'cli.warnings_total': (w) => `${n(w.count)} cảnh báo${w.strict ? ' (--strict: coi như lỗi)' : ''}`,
  'cli.not_canonical': (w) => `chưa đúng cách trình bày chuẩn: ${w.file}`,
  'cli.formatted': (w) => `đã trình bày lại ${w.file}`,
  'cli.not_canonical_total': (w) => `${n(w.count)} tệp chưa đúng cách trình bày chuẩn; chạy npm run fmt -- <tệp>`,
  'cli.draft_written': (w) => `đã ghi ${w.out}: xem danh sách cần rà soát ở đầu tệp, rồi chạy: npm run diff-plan -- ${w.file} ${w.out}`,
  'cli.formatted_years': (w) => `đã trình bày lại ${w.file} (${n(w.count)} năm viết bằng số nay theo năm kế hoạch: xem lại từng dòng ở trên)`,
  'cli.plan_has_errors_no_draft': (w) => `${w.file} có lỗi; sửa kế hoạch năm nay trước khi lập kế hoạch năm sau. Chưa ghi gì.`,
  'cli.draft_is_the_plan': (w) => `${w.out} chính là kế hoạch năm nay; chọn tên khác bằng --out`,
  'cli.draft_written_errors': (w) => `đã ghi ${w.out}, còn ${n(w.count)} lỗi (xem danh sách ở đầu tệp); sửa xong thì chạy: npm run diff-plan -- ${w.file} ${w.out}`,
  'cli.draft_exists': (w) => `${w.out} đã có; chọn tên khác bằng --out, hoặc thêm --force để ghi đè`,
  'cli.problems_nothing_written': (w) => `${n(w.count)} vấn đề; chưa ghi gì`,
  'cli.in_units': (w) => `ở ${n(w.count)} kế hoạch: ${w.shown}`,
  'cli.more': (w) => `… (còn ${n(w.count)})`,
  'cli.unit_failed': (w) => `không dựng được: ${w.label}: ${w.strict ? "có cảnh báo khi dùng --strict: " : ""}${w.why}`,
  'cli.no_each_appendix': (w) => `--each ${w.each}: không có phụ lục nào có mã này (các phụ lục: ${w.ids || 'không có'})`,
  'cli.errors_outside_units': () => 'có lỗi ngoài các dòng của từng đơn vị; chưa dựng kế hoạch nào',
  'cli.batch_strict': (w) => `${n(w.count)} cảnh báo, dùng --strict nên chưa dựng kế hoạch nào`,
  'cli.batch_summary': (w) =>
    `đã dựng ${n(w.built)}/${n(w.total)} kế hoạch (${n(w.files)} tệp) trong ${w.seconds} giây trên ${n(w.threads)} luồng, bộ nhớ tối đa ${w.rss} MB; ${n(w.failed)} không dựng được${w.warnings ? `; ${n(w.warnings)} cảnh báo` : ''}`,
  'cli.fonts_folder': (w) => `--fonts ${w.dir}: ${w.reason} (thư mục cần có ${w.names})`,
  'cli.fonts_missing': (w) => `thiếu ${w.names}`,
  'cli.fonts_note_system': (w) => `phông chữ của PDF: Times New Roman trong ${w.dir} (--fonts tinos để dùng Tinos đi kèm)`,
  'cli.fonts_note_tinos': (w) => `phông chữ của PDF: Tinos; Times New Roman trong ${w.dir} ${w.why}`,
  'cli.fonts_lack_letters': (w) => `thiếu chữ tiếng Việt (${w.letters} trong ${w.file})`,
  'cli.fonts_unusable': (w) => `không dùng được (${w.file}: ${w.reason})`,
  'cli.fonts_unreadable': (w) => `không đọc được (${w.detail})`,
} satisfies Record<string, Wording>;
