// Vietnamese wording of simulated citizen field reports, by category: what people actually write to the
// province's portal and hotline 1022.
export const STREETS = [
  'Lê Duẩn', 'Nguyễn Tất Thành', 'Phan Bội Châu', 'Hùng Vương', 'Trần Hưng Đạo', 'Lê Thánh Tông', 'Y Jút', 'Ngô Quyền',
  'Mai Hắc Đế', 'Nguyễn Văn Cừ', 'Phan Chu Trinh', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Trần Phú', 'Nguyễn Huệ', 'Điện Biên Phủ',
  'Lê Lợi', 'Quang Trung', 'Tôn Đức Thắng', 'Giải Phóng', 'Y Ơn', 'Đinh Tiên Hoàng', 'Hoàng Diệu', 'Nguyễn Công Trứ',
];

export const TEXTS: Record<string, readonly string[]> = {
  'lan-chiem-long-le-duong': [
    'Nhiều hộ kinh doanh bày bán hàng hóa tràn ra vỉa hè, người đi bộ phải đi xuống lòng đường rất nguy hiểm.',
    'Quán cà phê kê bàn ghế lấn chiếm toàn bộ vỉa hè, xe máy đậu tràn xuống lòng đường gây ùn tắc giờ cao điểm.',
    'Một số hộ dân dựng mái che, đổ bê tông làm bậc tam cấp lấn ra lề đường.',
  ],
  'xay-dung-khong-phep': [
    'Công trình nhà ở đang xây dựng không treo biển báo giấy phép xây dựng, nghi xây dựng không phép.',
    'Hộ dân tự ý cơi nới thêm tầng và lấn sang phần đất hành lang an toàn giao thông.',
    'Có hiện tượng san lấp, xây dựng trái phép trên đất nông nghiệp, đề nghị cơ quan chức năng kiểm tra.',
  ],
  'quang-cao-sai-quy-dinh': [
    'Băng rôn, biển quảng cáo treo dày đặc trên cột điện và cây xanh, gây mất mỹ quan đô thị.',
    'Nhiều tờ rơi quảng cáo cho vay tiền, khoan cắt bê tông dán trên tường nhà dân và trụ điện.',
    'Biển quảng cáo cỡ lớn đặt sát mép đường, che khuất tầm nhìn của người tham gia giao thông.',
  ],
  'nuoc-thai': [
    'Nước thải từ cơ sở chế biến xả trực tiếp ra mương thoát nước, bốc mùi hôi thối nồng nặc.',
    'Cống thoát nước bị tắc, nước thải tràn lên mặt đường mỗi khi trời mưa.',
    'Trang trại chăn nuôi heo xả nước thải ra suối, người dân phía hạ nguồn rất bức xúc.',
  ],
  'rac-thai': [
    'Rác thải tồn đọng nhiều ngày tại điểm tập kết chưa được thu gom, ruồi nhặng bu đầy.',
    'Có người đổ trộm xà bần và rác thải sinh hoạt ven đường, đề nghị xử lý và lắp camera giám sát.',
    'Thùng rác công cộng bị hư hỏng, rác vương vãi ra lòng đường.',
  ],
  'ha-tang-giao-thong': [
    'Mặt đường xuất hiện ổ gà lớn, nhiều người đi xe máy bị té ngã vào ban đêm.',
    'Nắp hố ga bị vỡ, tạo thành hố sâu giữa đường rất nguy hiểm cho người và phương tiện.',
    'Đoạn đường bị sụt lún, nứt toác sau các đợt mưa lớn, đề nghị sớm sửa chữa.',
  ],
  'chieu-sang': [
    'Cả dãy đèn chiếu sáng công cộng không hoạt động nhiều ngày, khu vực tối om, tiềm ẩn mất an ninh.',
    'Đèn đường bật sáng cả ban ngày, gây lãng phí điện.',
    'Trụ đèn chiếu sáng bị nghiêng, dây điện hở có nguy cơ gây tai nạn.',
  ],
  'trat-tu-do-thi': [
    'Quán karaoke hoạt động gây ồn ào sau 22 giờ, ảnh hưởng đến việc nghỉ ngơi của người dân xung quanh.',
    'Tình trạng đậu đỗ xe ô tô không đúng nơi quy định kéo dài, gây cản trở giao thông.',
    'Nhóm thanh thiếu niên tụ tập, chạy xe lạng lách, gây mất trật tự vào buổi tối.',
  ],
  khac: [
    'Cây xanh bị gãy đổ sau cơn mưa chưa được dọn dẹp, chắn một phần đường.',
    'Đề nghị cơ quan chức năng kiểm tra tình trạng chó thả rông không rọ mõm trong khu dân cư.',
    'Khu vui chơi công cộng xuống cấp, nhiều thiết bị bị hư hỏng gây nguy hiểm cho trẻ em.',
  ],
};

export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'H\'', 'Y'];
export const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Thanh', 'Ngọc', 'Hữu', 'Quang'];
export const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hoa', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Sơn', 'Thảo', 'Trung', 'Tuấn', 'Vy'];

export const UPDATE_NOTES = [
  'Người phản ánh bổ sung hình ảnh hiện trường.',
  'Người phản ánh cho biết tình trạng vẫn tiếp diễn.',
  'Người phản ánh cập nhật vị trí cụ thể.',
];
