// Source agencies of the catalog's KPIs: the province's departments and units after the 2025 reorganisation.
import type { z } from 'zod';
import type { agencySchema } from './schema.js';

export const agencies = [
  { key: 'van-phong-ubnd-tinh', kind: 'department', name: { vi: 'Văn phòng UBND tỉnh', en: "Office of the Provincial People's Committee" } },
  { key: 'trung-tam-ioc', kind: 'public-service', name: { vi: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh (IOC)', en: 'Provincial Intelligent Operations Center (IOC)' } },
  { key: 'trung-tam-phuc-vu-hcc', kind: 'public-service', name: { vi: 'Trung tâm Phục vụ hành chính công tỉnh', en: 'Provincial Public Administration Service Centre' } },
  { key: 'so-tai-chinh', kind: 'department', name: { vi: 'Sở Tài chính', en: 'Department of Finance' } },
  { key: 'so-noi-vu', kind: 'department', name: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' } },
  { key: 'so-y-te', kind: 'department', name: { vi: 'Sở Y tế', en: 'Department of Health' } },
  { key: 'so-giao-duc-dao-tao', kind: 'department', name: { vi: 'Sở Giáo dục và Đào tạo', en: 'Department of Education and Training' } },
  { key: 'so-van-hoa-the-thao-du-lich', kind: 'department', name: { vi: 'Sở Văn hóa, Thể thao và Du lịch', en: 'Department of Culture, Sports and Tourism' } },
  { key: 'so-nong-nghiep-moi-truong', kind: 'department', name: { vi: 'Sở Nông nghiệp và Môi trường', en: 'Department of Agriculture and Environment' } },
  { key: 'so-khoa-hoc-cong-nghe', kind: 'department', name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' } },
  { key: 'so-cong-thuong', kind: 'department', name: { vi: 'Sở Công Thương', en: 'Department of Industry and Trade' } },
  { key: 'so-xay-dung', kind: 'department', name: { vi: 'Sở Xây dựng', en: 'Department of Construction' } },
  { key: 'so-tu-phap', kind: 'department', name: { vi: 'Sở Tư pháp', en: 'Department of Justice' } },
  { key: 'cong-an-tinh', kind: 'police', name: { vi: 'Công an tỉnh', en: 'Provincial Police' } },
  { key: 'thong-ke-tinh', kind: 'central', name: { vi: 'Thống kê tỉnh Đắk Lắk (Cục Thống kê)', en: 'Dak Lak Provincial Statistics Office' } },
  { key: 'thue-tinh', kind: 'central', name: { vi: 'Thuế tỉnh Đắk Lắk', en: 'Dak Lak Provincial Tax Office' } },
  { key: 'bhxh-tinh', kind: 'central', name: { vi: 'Bảo hiểm xã hội tỉnh', en: 'Provincial Social Security' } },
  { key: 'kho-bac-nha-nuoc', kind: 'central', name: { vi: 'Kho bạc Nhà nước khu vực', en: 'Regional State Treasury' } },
  { key: 'dai-khi-tuong-thuy-van', kind: 'central', name: { vi: 'Đài Khí tượng Thủy văn khu vực Tây Nguyên', en: 'Central Highlands Regional Hydro-Meteorological Station' } },
  { key: 'dien-luc-dak-lak', kind: 'central', name: { vi: 'Công ty Điện lực Đắk Lắk', en: 'Dak Lak Power Company' } },
] satisfies z.input<typeof agencySchema>[];
