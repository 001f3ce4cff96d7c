// Simulated citizen field reports (phản ánh hiện trường) for the Open311 service: one every ~40 minutes since
// the province's merger, in the kpi-reference categories, at places inside the province, each acknowledged
// within the hour and (mostly) closed within days. A pure function of the seed, the index and the clock.
import type { Commune } from '../../shared/contract/model.js';
import { formatLocal } from '../../shared/model/period-math.js';
import { hashOf, unit } from './random.js';

export const OPEN311_EPOCH_MS = Date.parse('2025-07-01T00:00:00+07:00');
export const REQUEST_STEP_MS = 40 * 60_000;
const HOUR = 3_600_000;

export interface Service {
  code: string;
  name: string;
  description: string;
  agency: string;
  /** What a citizen typically writes. */
  texts: string[];
}

export const SERVICES: readonly Service[] = [
  { code: 'lan-chiem-long-le-duong', name: 'Lấn chiếm lòng, lề đường', description: 'Buôn bán, để vật liệu, xe cộ lấn chiếm lòng đường, vỉa hè', agency: 'UBND phường/xã', texts: ['Hàng quán lấn chiếm vỉa hè, người đi bộ phải xuống lòng đường', 'Để vật liệu xây dựng chiếm hết lề đường nhiều ngày'] },
  { code: 'xay-dung-khong-phep', name: 'Xây dựng không phép', description: 'Công trình xây dựng không có giấy phép hoặc sai phép', agency: 'Sở Xây dựng', texts: ['Công trình đang xây thêm tầng, không thấy treo biển giấy phép', 'Xây tường rào lấn sang đất công'] },
  { code: 'quang-cao-sai-quy-dinh', name: 'Quảng cáo sai quy định', description: 'Biển quảng cáo, tờ rơi dán sai nơi quy định', agency: 'Sở Văn hóa, Thể thao và Du lịch', texts: ['Dán quảng cáo cho vay trên cột điện, trạm biến áp', 'Biển quảng cáo lớn che khuất đèn tín hiệu giao thông'] },
  { code: 'nuoc-thai', name: 'Nước thải', description: 'Nước thải chưa xử lý xả ra môi trường', agency: 'Sở Nông nghiệp và Môi trường', texts: ['Nước thải từ cơ sở chế biến cà phê chảy ra suối, bốc mùi', 'Cống thoát nước tắc, nước thải tràn ra đường'] },
  { code: 'rac-thai', name: 'Rác thải', description: 'Rác thải sinh hoạt, xây dựng đổ không đúng nơi quy định', agency: 'UBND phường/xã', texts: ['Bãi rác tự phát ven đường, lâu ngày không được thu gom', 'Đổ trộm xà bần ra đất trống'] },
  { code: 'ha-tang-giao-thong', name: 'Hư hỏng hạ tầng giao thông', description: 'Ổ gà, sụt lún, hư hỏng cầu đường', agency: 'Sở Xây dựng', texts: ['Mặt đường xuất hiện ổ gà lớn, nguy hiểm cho xe máy', 'Nắp hố ga bị vỡ giữa đường'] },
  { code: 'chieu-sang', name: 'Chiếu sáng công cộng', description: 'Đèn đường hỏng, không sáng', agency: 'Công ty Điện lực Đắk Lắk', texts: ['Cả dãy đèn đường không sáng nhiều đêm nay', 'Cột đèn bị nghiêng, có nguy cơ đổ'] },
  { code: 'trat-tu-do-thi', name: 'Trật tự đô thị', description: 'Gây mất trật tự, tiếng ồn, an toàn đô thị', agency: 'Công an tỉnh', texts: ['Karaoke gây ồn sau 22 giờ', 'Tụ tập đua xe vào ban đêm'] },
];

export interface SimRequest {
  index: number;
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string;
  address: string;
  address_id: null;
  zipcode: null;
  lat: number;
  long: number;
  media_url: string;
  commune_code: string;
  channel: string;
}

const CHANNELS = ['app', 'web-portal', 'hotline-1022', 'social-media'] as const;

export function requestTime(seed: number, index: number): number {
  return OPEN311_EPOCH_MS + index * REQUEST_STEP_MS + Math.floor(unit(hashOf(seed, 'o311-t', index)) * REQUEST_STEP_MS);
}

/** Index range of the requests made in [fromMs, toMs). */
export function indexRange(fromMs: number, toMs: number): [number, number] {
  const first = Math.max(0, Math.floor((fromMs - OPEN311_EPOCH_MS) / REQUEST_STEP_MS));
  const last = Math.max(0, Math.ceil((toMs - OPEN311_EPOCH_MS) / REQUEST_STEP_MS));
  return [first, last];
}

export function requestId(seed: number, index: number): string {
  return `DL-${new Date(requestTime(seed, index)).getUTCFullYear()}-${String(index).padStart(6, '0')}`;
}

export function indexOfId(id: string): number | null {
  const m = /^DL-\d{4}-(\d{6})$/.exec(id);
  return m ? Number(m[1]) : null;
}

/** The request as it stands at `nowMs`, or null when it was not made yet. */
export function simRequest(seed: number, communes: readonly Commune[], index: number, nowMs: number): SimRequest | null {
  const requested = requestTime(seed, index);
  if (requested > nowMs || communes.length === 0) return null;
  const h = (tag: string) => hashOf(seed, tag, index);
  const service = SERVICES[h('svc') % SERVICES.length]!;
  const commune = communes[h('commune') % communes.length]!;
  const acknowledged = requested + Math.round((0.1 + unit(h('ack')) * 0.9) * HOUR);
  const stays = unit(h('stays')) < 0.12;
  const closedAt = stays ? Infinity : acknowledged + Math.round((2 + unit(h('dur')) * 238) * HOUR);
  const status = closedAt <= nowMs ? 'closed' : 'open';
  const updated = status === 'closed' ? closedAt : acknowledged <= nowMs ? acknowledged : requested;
  const notes =
    status === 'closed' ? `Đã xử lý xong: ${service.agency} đã kiểm tra và khắc phục.` : acknowledged <= nowMs ? `Đã tiếp nhận, chuyển ${service.agency} xử lý.` : null;
  const text = service.texts[h('text') % service.texts.length]!;
  const lat = commune.point[1] + (unit(h('lat')) - 0.5) * 0.01;
  const lon = commune.point[0] + (unit(h('lon')) - 0.5) * 0.01;
  return {
    index,
    service_request_id: requestId(seed, index),
    status,
    status_notes: notes,
    service_name: service.name,
    service_code: service.code,
    description: `${text} (${commune.fullName}).`,
    agency_responsible: service.agency,
    service_notice: 'Thời hạn xử lý: 5 ngày làm việc',
    requested_datetime: formatLocal(Math.floor(requested / 1000) * 1000),
    updated_datetime: formatLocal(Math.floor(updated / 1000) * 1000),
    expected_datetime: formatLocal(Math.floor((requested + 7 * 24 * HOUR) / 1000) * 1000),
    address: `${commune.fullName}, tỉnh Đắk Lắk`,
    address_id: null,
    zipcode: null,
    lat: Math.round(lat * 1e6) / 1e6,
    long: Math.round(lon * 1e6) / 1e6,
    media_url: unit(h('media')) < 0.4 ? `https://phananh.daklak.gov.vn/media/${requestId(seed, index)}.jpg` : '',
    commune_code: commune.code,
    channel: CHANNELS[h('channel') % CHANNELS.length]!,
  };
}
