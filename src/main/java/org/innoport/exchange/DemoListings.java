package org.innoport.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.domain.ListingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample listings in Vietnamese across the four categories, created once in the {@code demo} profile, published, and
 * marked as sample data ({@code sample = true}, "(Dữ liệu mẫu)" in the title) so that nobody takes them for real.
 */
@Component
@Profile("demo")
@Order(30)
class DemoListings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoListings.class);
    private static final String SAMPLE = " (Dữ liệu mẫu)";

    private final Listings listings;
    private final ListingRepository repository;
    private final ExchangeProperties properties;
    private final java.time.Clock clock;

    DemoListings(Listings listings, ListingRepository repository, ExchangeProperties properties, java.time.Clock clock) {
        this.listings = listings;
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    private static UUID organisation(String name) {
        return UUID.nameUUIDFromBytes(("organisation:" + name).getBytes(StandardCharsets.UTF_8));
    }

    record Demo(ListingKind kind, ListingCategory category, String owner, String title, String summary, String field,
                List<String> keywords, Integer trl, IpStatus ip, PriceKind price, Long priceVnd) {
    }

    static final List<Demo> DEMOS = List.of(
            new Demo(ListingKind.OFFER, ListingCategory.TECHNOLOGY, "Viện Nghiên cứu hải sản",
                    "Công nghệ sản xuất giống cá song chấm nâu",
                    "Quy trình sinh sản nhân tạo và ương giống cá song chấm nâu, tỷ lệ sống trên 20 %, chuyển giao kèm đào tạo kỹ thuật viên.",
                    "405", List.of("cá song", "sản xuất giống", "nuôi biển"), 8, IpStatus.KNOW_HOW, PriceKind.LICENCE, 450_000_000L),
            new Demo(ListingKind.OFFER, ListingCategory.EQUIPMENT, "Trường Đại học Hàng hải Việt Nam",
                    "Máy sấy lúa tuần hoàn 10 tấn/mẻ",
                    "Máy sấy lúa tuần hoàn dùng đầu đốt trấu, điều khiển độ ẩm tự động, tiết kiệm 20 % nhiên liệu so với lò sấy vỉ ngang.",
                    "401", List.of("máy sấy", "sấy lúa", "sau thu hoạch"), 7, IpStatus.UTILITY_SOLUTION, PriceKind.FIXED, 680_000_000L),
            new Demo(ListingKind.OFFER, ListingCategory.TECHNOLOGY, "Viện Tài nguyên và Môi trường biển",
                    "Công nghệ xử lý nước thải chế biến thủy sản bằng màng sinh học",
                    "Hệ thống xử lý nước thải chế biến thủy sản kết hợp bể hiếu khí và màng lọc MBR, nước sau xử lý đạt QCVN 11-MT:2015/BTNMT cột A.",
                    "207", List.of("xử lý nước thải", "MBR", "chế biến thủy sản"), 7, IpStatus.PATENT, PriceKind.NEGOTIABLE, null),
            new Demo(ListingKind.OFFER, ListingCategory.SERVICE, "Trung tâm Tiêu chuẩn đo lường chất lượng Hải Phòng",
                    "Dịch vụ thử nghiệm kim loại nặng trong thực phẩm",
                    "Phân tích chì, cadimi, thủy ngân, asen trong thủy sản và thực phẩm bằng AAS, phòng thử nghiệm đạt VILAS, trả kết quả trong 5 ngày.",
                    "211", List.of("thử nghiệm", "kim loại nặng", "VILAS"), null, IpStatus.NONE, PriceKind.FIXED, 1_200_000L),
            new Demo(ListingKind.OFFER, ListingCategory.IP_LICENCE, "Trường Đại học Y Dược Hải Phòng",
                    "Li-xăng sáng chế chế phẩm chiết xuất rong nho hỗ trợ điều trị mỡ máu",
                    "Chuyển giao quyền sử dụng sáng chế quy trình chiết xuất hoạt chất từ rong nho biển, đã thử nghiệm tiền lâm sàng.",
                    "303", List.of("rong nho", "chiết xuất", "dược liệu"), 5, IpStatus.PATENT, PriceKind.LICENCE, 900_000_000L),
            new Demo(ListingKind.OFFER, ListingCategory.EQUIPMENT, "Công ty TNHH Rorze Robotech",
                    "Cánh tay robot hàn tự động cho kết cấu thép",
                    "Robot hàn 6 trục, hàn MIG/MAG, lập trình offline, phù hợp xưởng đóng tàu và kết cấu thép vừa và nhỏ.",
                    "203", List.of("robot hàn", "tự động hóa", "đóng tàu"), 9, IpStatus.NONE, PriceKind.FIXED, 1_350_000_000L),
            new Demo(ListingKind.OFFER, ListingCategory.TECHNOLOGY, "Trung tâm Nghiên cứu Ứng dụng Hòa Bình (Dữ liệu mẫu)",
                    "Chế phẩm vi sinh xử lý rơm rạ thành phân hữu cơ",
                    "Chế phẩm vi sinh phân giải nhanh rơm rạ tại ruộng sau 20–25 ngày, giảm đốt rơm, tăng độ phì đất.",
                    "406", List.of("vi sinh", "rơm rạ", "phân hữu cơ"), 7, IpStatus.PENDING, PriceKind.NEGOTIABLE, null),
            new Demo(ListingKind.REQUEST, ListingCategory.EQUIPMENT, "Công ty Cổ phần Công nghệ Biển Xanh (Dữ liệu mẫu)",
                    "Cần thiết bị sấy hải sản bằng bơm nhiệt",
                    "Doanh nghiệp cần mua máy sấy bơm nhiệt cho mực, cá khô công suất 500 kg/mẻ, giữ màu và mùi vị sản phẩm.",
                    "405", List.of("máy sấy", "bơm nhiệt", "hải sản khô"), 7, IpStatus.NONE, PriceKind.NEGOTIABLE, null),
            new Demo(ListingKind.REQUEST, ListingCategory.TECHNOLOGY, "Công ty TNHH EBA",
                    "Tìm công nghệ xử lý nước thải công nghiệp nhiễm dầu",
                    "Cần giải pháp xử lý nước thải nhiễm dầu từ xưởng cơ khí, lưu lượng 50 m³/ngày, đạt quy chuẩn xả thải.",
                    "207", List.of("xử lý nước thải", "nhiễm dầu"), 6, IpStatus.NONE, PriceKind.NEGOTIABLE, null),
            new Demo(ListingKind.REQUEST, ListingCategory.SERVICE, "Công ty TNHH Nipro Pharma",
                    "Cần dịch vụ thử nghiệm độ bền vật liệu bao bì y tế",
                    "Tìm phòng thử nghiệm đo độ bền kéo, độ thấm khí của màng bao bì thiết bị y tế theo ISO 11607.",
                    "206", List.of("thử nghiệm", "bao bì y tế"), null, IpStatus.NONE, PriceKind.NEGOTIABLE, null),
            new Demo(ListingKind.REQUEST, ListingCategory.TECHNOLOGY, "Hợp tác xã nuôi trồng thủy sản Cát Hải (Dữ liệu mẫu)",
                    "Cần quy trình nuôi cá song trong lồng trên biển",
                    "Hợp tác xã cần chuyển giao quy trình nuôi cá song, cá giò trong lồng HDPE, kèm con giống chất lượng.",
                    "405", List.of("cá song", "nuôi lồng"), 7, IpStatus.NONE, PriceKind.NEGOTIABLE, null),
            new Demo(ListingKind.REQUEST, ListingCategory.IP_LICENCE, "Tập đoàn FPT",
                    "Tìm li-xăng phần mềm nhận dạng biển số xe tại cảng",
                    "Cần mua quyền sử dụng giải pháp nhận dạng biển số container và xe tải tại cổng cảng, độ chính xác trên 98 %.",
                    "102", List.of("nhận dạng", "biển số", "cảng biển"), 7, IpStatus.NONE, PriceKind.LICENCE, null));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.existsBySampleTrue()) {
            return;
        }
        Actor system = new Actor("officer", null, true);
        int created = 0;
        for (Demo demo : DEMOS) {
            UUID owner = organisation(demo.owner());
            if (!listingsOwnerExists(owner)) {
                owner = organisation("Sàn công nghệ và thiết bị Hải Phòng");
            }
            ListingDetails details = new ListingDetails(demo.kind(), demo.category(), demo.title() + SAMPLE, demo.summary(),
                    null, demo.field(), demo.keywords(), demo.trl(), demo.ip(), demo.price(), demo.priceVnd(), null,
                    "Hải Phòng", "Sàn công nghệ và thiết bị Hải Phòng", "san.congnghe@example.vn", "0225 3842 000",
                    owner, null);
            var listing = repository.findById(listings.create(details, system, true).id()).orElseThrow();
            listing.submit(clock.instant());
            listing.approve(properties.validityMonths(), clock.instant());
            created++;
        }
        log.info("Created {} sample exchange listings", created);
    }

    private boolean listingsOwnerExists(UUID owner) {
        return listings.organisationExists(owner);
    }
}
