package org.innoport.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.innoport.identity.domain.User;
import org.innoport.identity.domain.UserRepository;
import org.innoport.platform.Seeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts listed in the README, created once in the {@code demo} profile only. All share one password.
 */
@Component
@Profile("demo")
@ConditionalOnBooleanProperty(name = AdministratorCommand.CLI_PROPERTY, havingValue = false, matchIfMissing = true)
@Order(0)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "innoport-demo";
    /** Trường Đại học Hàng hải Việt Nam: the directory's demo data uses the same ID. */
    public static final UUID MARITIME_UNIVERSITY = organisation("Trường Đại học Hàng hải Việt Nam");
    /** Trường Đại học Y Dược Hải Phòng. */
    public static final UUID MEDICAL_UNIVERSITY = organisation("Trường Đại học Y Dược Hải Phòng");

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final Seeds seeds;
    private final Clock clock;

    DemoUsers(UserRepository users, PasswordEncoder encoder, Seeds seeds, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.seeds = seeds;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeds.load(DemoUsers.class, this::addMissing);
    }

    private void addMissing() {
        record Demo(String username, String name, Role role, UUID organisation) {
        }
        List<Demo> demos = List.of(
                new Demo("admin", "Quản trị hệ thống (demo)", Role.ADMIN, null),
                new Demo("leader", "Lãnh đạo Sở (demo)", Role.LEADER, null),
                new Demo("officer", "Chuyên viên (demo)", Role.OFFICER, null),
                new Demo("expert", "Chuyên gia (demo)", Role.EXPERT, null),
                new Demo("applicant", "Người đăng ký – ĐH Hàng hải (demo)", Role.APPLICANT, MARITIME_UNIVERSITY),
                new Demo("applicant2", "Người đăng ký – ĐH Y Dược (demo)", Role.APPLICANT, MEDICAL_UNIVERSITY));
        String hash = null;
        for (Demo demo : demos) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                hash = hash == null ? encoder.encode(PASSWORD) : hash;
                users.save(new User(demo.username(), demo.name(), demo.username() + "@demo.innoport.local", hash,
                        EnumSet.of(demo.role()), demo.organisation(), true, clock.instant()));
                log.info("Demo user '{}' created", demo.username());
            }
        }
    }

    private static UUID organisation(String name) {
        return UUID.nameUUIDFromBytes(("organisation:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
