// Economy & society: the province's macro figures, as the statistics office and departments publish them.
import type { z } from 'zod';
import type { domainSchema } from '../schema.js';

export const economy = {
  key: 'economy',
  name: { vi: 'Giám sát, điều hành Kinh tế và Xã hội', en: 'Economy & society' },
  shortName: { vi: 'Kinh tế - xã hội', en: 'Economy' },
  icon: 'mdi-finance',
  kpis: [
    {
      id: 'economy.grdp-growth',
      name: { vi: 'Tốc độ tăng trưởng GRDP', en: 'GRDP growth' },
      description: {
        vi: 'Tăng trưởng tổng sản phẩm trên địa bàn so với cùng kỳ năm trước (giá so sánh 2010).',
        en: 'Growth of gross regional domestic product on the same quarter of the previous year (2010 prices).',
      },
      unit: 'percent', period: 'quarterly', agency: 'thong-ke-tinh',
      breakdowns: [], aggregate: 'mean', direction: 'higher-is-better',
      thresholds: [
        { op: '<', value: 6, severity: 'warning', label: { vi: 'Thấp hơn kịch bản tăng trưởng', en: 'Below the growth scenario' } },
        { op: '<', value: 0, severity: 'critical', label: { vi: 'Tăng trưởng âm', en: 'Negative growth' } },
      ],
      chart: 'gauge', range: [-5, 15], target: 8, headline: true,
    },
    {
      id: 'economy.budget-revenue',
      name: { vi: 'Thu ngân sách nhà nước trên địa bàn', en: 'State budget revenue' },
      description: {
        vi: 'Tổng thu ngân sách nhà nước trong tháng (tỷ đồng); so sánh với dự toán năm được giao.',
        en: 'Total state budget revenue collected in the month (billion VND), compared with the annual estimate.',
      },
      unit: 'billion-vnd', period: 'monthly', agency: 'so-tai-chinh',
      breakdowns: ['category'], aggregate: 'sum', direction: 'higher-is-better',
      categories: [
        { key: 'noi-dia', name: { vi: 'Thu nội địa', en: 'Domestic revenue' } },
        { key: 'tien-su-dung-dat', name: { vi: 'Thu tiền sử dụng đất', en: 'Land-use fees' } },
        { key: 'xuat-nhap-khau', name: { vi: 'Thu từ hoạt động xuất nhập khẩu', en: 'Import-export duties' } },
        { key: 'khac', name: { vi: 'Thu khác', en: 'Other revenue' } },
      ],
      thresholds: [],
      chart: 'composition', range: [200, 6000],
    },
    {
      id: 'economy.public-investment-disbursement',
      name: { vi: 'Giải ngân vốn đầu tư công', en: 'Public investment disbursement' },
      description: {
        vi: 'Tỷ lệ vốn đầu tư công đã giải ngân lũy kế từ đầu năm so với kế hoạch vốn được giao.',
        en: 'Public investment disbursed since the start of the year, as a share of the allocated annual plan.',
      },
      unit: 'percent', period: 'monthly', agency: 'so-tai-chinh',
      breakdowns: [], aggregate: 'last', direction: 'higher-is-better',
      thresholds: [],
      chart: 'gauge', range: [0, 100], target: 100,
    },
    {
      id: 'economy.cpi',
      name: { vi: 'Chỉ số giá tiêu dùng (CPI) so với cùng kỳ', en: 'Consumer price index (CPI), year on year' },
      description: {
        vi: 'Mức tăng (%) của CPI tháng so với cùng tháng năm trước.',
        en: 'Change (%) of the monthly CPI on the same month of the previous year.',
      },
      unit: 'percent', period: 'monthly', agency: 'thong-ke-tinh',
      breakdowns: [], aggregate: 'mean', direction: 'neutral',
      thresholds: [
        { op: '>', value: 4.5, severity: 'warning', label: { vi: 'Vượt mục tiêu kiểm soát lạm phát', en: 'Above the inflation target' } },
      ],
      chart: 'timeseries', range: [-3, 12],
    },
    {
      id: 'economy.exports',
      name: { vi: 'Kim ngạch xuất khẩu', en: 'Export turnover' },
      description: {
        vi: 'Giá trị hàng hóa xuất khẩu trong tháng theo mặt hàng chủ lực.',
        en: 'Value of goods exported in the month, by main product.',
      },
      unit: 'million-usd', period: 'monthly', agency: 'so-cong-thuong',
      breakdowns: ['category'], aggregate: 'sum', direction: 'higher-is-better',
      categories: [
        { key: 'ca-phe', name: { vi: 'Cà phê', en: 'Coffee' } },
        { key: 'ho-tieu', name: { vi: 'Hồ tiêu', en: 'Pepper' } },
        { key: 'sau-rieng', name: { vi: 'Sầu riêng', en: 'Durian' } },
        { key: 'cao-su', name: { vi: 'Cao su', en: 'Rubber' } },
        { key: 'hat-dieu', name: { vi: 'Hạt điều', en: 'Cashew nuts' } },
        { key: 'thuy-san', name: { vi: 'Thủy sản', en: 'Seafood' } },
        { key: 'san-tinh-bot-san', name: { vi: 'Sắn và tinh bột sắn', en: 'Cassava and cassava starch' } },
        { key: 'khac', name: { vi: 'Hàng hóa khác', en: 'Other goods' } },
      ],
      thresholds: [],
      chart: 'composition', range: [30, 1000],
    },
    {
      id: 'economy.new-firms',
      name: { vi: 'Doanh nghiệp thành lập mới', en: 'Newly registered firms' },
      unit: 'count', period: 'monthly', agency: 'so-tai-chinh',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'higher-is-better',
      thresholds: [],
      chart: 'bar-ranking', range: [20, 600],
    },
    {
      id: 'economy.new-jobs',
      name: { vi: 'Lao động được giải quyết việc làm mới', en: 'New jobs created' },
      unit: 'count', period: 'monthly', agency: 'so-noi-vu',
      breakdowns: ['commune'], aggregate: 'sum', direction: 'higher-is-better',
      thresholds: [],
      chart: 'timeseries', range: [300, 12000],
    },
    {
      id: 'economy.retail-sales',
      name: { vi: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', en: 'Retail sales of goods and consumer services' },
      unit: 'billion-vnd', period: 'monthly', agency: 'thong-ke-tinh',
      breakdowns: [], aggregate: 'sum', direction: 'higher-is-better',
      thresholds: [],
      chart: 'stat', range: [5000, 30000],
    },
  ],
} satisfies z.input<typeof domainSchema>;
