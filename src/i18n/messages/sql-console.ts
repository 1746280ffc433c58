import type { TranslationOf } from '../plural.ts';

/** Messages of the read-only SQL console on the Data page. */
export const sqlConsoleVi = {
  'console.title': 'Truy vấn SQL (chỉ đọc)',
  'console.help':
    'Chạy một câu SELECT trên các bảng units, index_scores, dossiers, petitions. Cơ sở dữ liệu đã bị khóa: không đọc tệp, không truy cập mạng, không sửa dữ liệu. Tối đa {limit} dòng.',
  'console.label': 'Câu lệnh SQL',
  'console.run': 'Chạy (Ctrl+Enter)',
  'console.running': 'Đang chạy…',
  'console.failed': 'Truy vấn lỗi.',
  'console.rows': { other: '{count} dòng' },
  'console.truncated': 'Chỉ hiển thị {limit} dòng đầu.',
  'console.example': 'Ví dụ',
  'console.caption': 'Kết quả truy vấn',
} as const;

export const sqlConsoleEn: TranslationOf<typeof sqlConsoleVi> = {
  'console.title': 'SQL query (read-only)',
  'console.help':
    'Run one SELECT over the tables units, index_scores, dossiers, petitions. The database is locked: no file access, no network, no changes. At most {limit} rows.',
  'console.label': 'SQL statement',
  'console.run': 'Run (Ctrl+Enter)',
  'console.running': 'Running…',
  'console.failed': 'The query failed.',
  'console.rows': { one: '{count} row', other: '{count} rows' },
  'console.truncated': 'Only the first {limit} rows are shown.',
  'console.example': 'Example',
  'console.caption': 'Query result',
};
