// The demo deck, as data: a quarterly "họp giao ban" over the province's headline figures. It is written to
// the cache once, by a migration; operators change or delete it like any other deck.
import type { DeckInput } from './deck.js';

export const demoDeck: DeckInput = {
  id: 'hop-giao-ban-quy',
  title: 'Họp giao ban quý — Tình hình kinh tế - xã hội tỉnh Đắk Lắk',
  subtitle: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Đắk Lắk',
  slides: [
    {
      id: 'thu-ngan-sach',
      kpiId: 'economy.budget-revenue',
      title: 'Thu ngân sách nhà nước trên địa bàn',
      notes: 'Nêu tiến độ so với dự toán năm; các khoản thu lớn.',
    },
    {
      id: 'giai-ngan',
      kpiId: 'economy.public-investment-disbursement',
      notes: 'Các dự án chậm giải ngân: đề nghị chủ đầu tư báo cáo nguyên nhân.',
    },
    {
      id: 'ho-so-dung-han',
      kpiId: 'public-services.on-time-rate',
      communes: ['24133', '22015', '24169'],
      notes: 'Đơn vị có tỷ lệ trễ hạn cao cần giải trình.',
    },
    {
      id: 'phan-anh-hien-truong',
      kpiId: 'field-reports.received',
      communes: ['24133', '22015'],
      notes: 'Phản ánh về lấn chiếm lòng lề đường tăng ở khu vực trung tâm.',
    },
    {
      id: 'giuong-benh',
      kpiId: 'health.bed-occupancy',
      notes: 'Tình trạng quá tải tại các bệnh viện tuyến tỉnh.',
    },
    {
      id: 'chat-luong-khong-khi',
      kpiId: 'environment.aqi',
      notes: 'Chỉ số chất lượng không khí; khuyến cáo người dân khi vượt ngưỡng.',
    },
  ],
};
