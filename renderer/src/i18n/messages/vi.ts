// Vietnamese UI texts (default language). en.ts must have exactly the same keys (checked by a unit test).
import { access } from './access.js';
import { briefing } from './briefing.js';
import { dashboards } from './dashboards.js';
import { disclosureMessages } from './disclosure.js';
import { fieldReportsMessages } from './field-reports.js';
import { mapMessages } from './map.js';
import { syncMessages } from './sync.js';
import { wall } from './wall.js';
export const vi = {
  ...access.vi,
  dataSources: syncMessages.vi,
  fieldReports: fieldReportsMessages.vi,
  app: {
    title: 'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Đắk Lắk',
    shortTitle: 'IOC Đắk Lắk',
    toggleMenu: 'Mở hoặc đóng danh mục',
    engineVersion: 'Engine phiên bản {version}',
  },
  nav: {
    overview: 'Tổng quan',
    domains: 'Lĩnh vực giám sát',
    sources: 'Nguồn dữ liệu',
    map: 'Bản đồ điều hành',
  },
  lang: {
    current: 'VI',
    switchTo: 'Chuyển sang tiếng Anh',
  },
  theme: {
    toLight: 'Chuyển sang giao diện sáng',
    toDark: 'Chuyển sang giao diện tương phản cao (màn hình lớn)',
  },
  sync: {
    online: 'Trực tuyến',
    offline: 'Ngoại tuyến',
    syncing: 'Đang đồng bộ',
    checking: 'Đang kiểm tra',
    engineConnecting: 'Đang kết nối engine',
    engineLost: 'Mất kết nối engine',
    offlineBanner: 'Mất kết nối nguồn dữ liệu — đang hiển thị dữ liệu lưu tạm, tính đến {time}',
    offlineBannerNoTime: 'Mất kết nối nguồn dữ liệu — đang hiển thị dữ liệu lưu tạm',
    engineBanner: 'Mất kết nối tới engine — đang thử kết nối lại…',
  },
  freshness: {
    fresh: 'Cập nhật',
    stale: 'Dữ liệu cũ',
    missing: 'Không có dữ liệu',
  },
  provenance: {
    source: 'Nguồn: {agency}',
    asOf: 'Số liệu đến {time}',
    noAsOf: 'Chưa có số liệu',
    label: 'Nguồn gốc số liệu',
  },
  state: {
    loading: 'Đang tải dữ liệu…',
    empty: 'Chưa có dữ liệu',
    emptyWindow: 'Không có dữ liệu trong khoảng thời gian này',
    error: 'Không tải được dữ liệu: {message}',
    retry: 'Thử lại',
    catalogError: 'Không tải được danh mục lĩnh vực: {message}',
  },
  errors: {
    'malformed-message': 'Thông điệp gửi tới engine không hợp lệ',
    'unknown-method': 'Engine chưa hỗ trợ chức năng này',
    'invalid-params': 'Yêu cầu không hợp lệ',
    'not-found': 'Không tìm thấy dữ liệu được yêu cầu',
    unauthenticated: 'Cần đăng nhập để tiếp tục',
    forbidden: 'Bạn không có quyền xem dữ liệu này',
    'rate-limited': 'Thử quá nhiều lần, vui lòng đợi rồi thử lại',
    unavailable: 'Dịch vụ tạm thời không sẵn sàng',
    internal: 'Engine gặp lỗi nội bộ',
    timeout: 'Engine không phản hồi kịp',
    disconnected: 'Mất kết nối tới engine',
    'invalid-result': 'Dữ liệu trả về không đúng cấu trúc',
    unknown: 'Lỗi không xác định',
  },
  overview: {
    title: 'Tổng quan',
    subtitle: 'Chỉ tiêu chính của các lĩnh vực giám sát',
    normal: 'Bình thường',
    noValue: 'Chưa có giá trị',
    vsPrevious: 'so với kỳ trước: {delta}',
    openDomain: 'Xem lĩnh vực',
  },
  domain: {
    kpiCount: '{n} chỉ tiêu',
    notFoundTitle: 'Không tìm thấy lĩnh vực',
    notFoundText: 'Lĩnh vực “{key}” không có trong danh mục.',
    backToOverview: 'Về trang tổng quan',
  },
  panel: {
    latest: 'Giá trị mới nhất',
    period: 'Kỳ: {period}',
    target: 'Mục tiêu: {value}',
    viewAs: 'Cách hiển thị',
    byTime: 'Theo thời gian',
    byCommune: 'Theo xã, phường',
    byAgency: 'Theo cơ quan',
    byCategory: 'Theo loại',
    topN: '{n} đơn vị cao nhất',
    value: 'Giá trị',
  },
  sources: {
    title: 'Nguồn dữ liệu',
    subtitle: 'Trạng thái đồng bộ với các dịch vụ chia sẻ dữ liệu',
    name: 'Nguồn',
    state: 'Trạng thái',
    lastSuccess: 'Thành công gần nhất',
    lastAttempt: 'Lần thử gần nhất',
    nextAttempt: 'Lần thử tiếp theo',
    lastError: 'Lỗi gần nhất',
    received: 'Đã nhận',
    stored: 'Đã lưu',
    rejected: 'Bị từ chối',
    syncNow: 'Đồng bộ ngay',
    syncAll: 'Đồng bộ tất cả',
    syncStarted: 'Đã bắt đầu đồng bộ',
    syncBusy: 'Nguồn đang đồng bộ, vui lòng đợi',
    empty: 'Chưa cấu hình nguồn dữ liệu nào',
    noError: 'Không có lỗi',
    progress: '{done}/{total} bản ghi',
    states: {
      idle: 'Đang chờ',
      syncing: 'Đang đồng bộ',
      ok: 'Hoạt động tốt',
      error: 'Lỗi',
      offline: 'Mất kết nối',
    },
    problems: {
      unreachable: 'Không kết nối được tới máy chủ nguồn',
      timeout: 'Máy chủ nguồn không phản hồi kịp',
      auth: 'Máy chủ nguồn từ chối quyền truy cập — cần kiểm tra thông tin xác thực',
      notFound: 'Không tìm thấy dịch vụ dữ liệu tại địa chỉ đã cấu hình',
      rateLimited: 'Máy chủ nguồn tạm giới hạn số lần truy cập',
      server: 'Máy chủ nguồn đang gặp sự cố (mã {status})',
      invalid: 'Dữ liệu nhận được không đúng cấu trúc dữ liệu trao đổi',
      tls: 'Chứng chỉ bảo mật của máy chủ nguồn không hợp lệ',
    },
  },
  notice: {
    info: 'Thông báo',
    warning: 'Cảnh báo',
    error: 'Lỗi',
    close: 'Đóng',
    // One text per engine notice code (NOTICE_CODES in shared/contract/model.ts).
    codes: {
      'cache-rebuilt': 'Tệp bộ nhớ đệm bị hỏng ({reason}); tệp cũ đã được chuyển sang {movedTo} và bộ nhớ đệm mới đang được dựng lại.',
      'keychain-unavailable': 'Không dùng được kho khóa của hệ điều hành nên chưa đọc được thông tin đăng nhập của nguồn dữ liệu ({detail}).',
      'keys-in-data-dir': 'Khóa mã hóa đang được lưu trong một tệp của thư mục dữ liệu ({where}), không phải trong kho khóa của hệ điều hành: chỉ dùng cách này trên máy thử nghiệm.',
      'reporter-identity-not-stored':
        '{count} thông tin người phản ánh chưa được lưu vì kho khóa của hệ điều hành không dùng được ({detail}); các phản ánh vẫn được lưu và thông tin người phản ánh vẫn còn ở hệ thống nguồn.',
      'wall-config-rejected': 'Cấu hình màn hình lớn (wall.json) bị từ chối; màn hình lớn giữ cấu hình hợp lệ gần nhất. {problems}',
    },
  },
  notFound: {
    title: 'Không tìm thấy trang',
    text: 'Địa chỉ này không tồn tại trong bảng điều khiển.',
  },
  map: mapMessages.vi,
  wall: wall.vi,
  briefing: briefing.vi,
  dash: dashboards.vi,
  disclosure: disclosureMessages.vi,
};

export type MessageSchema = typeof vi;
