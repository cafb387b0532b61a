package nl.regietafel.postgres;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The restart tests of {@code HerstartTest} on PostgreSQL: failed and killed runs resume and
 * complete once with the batch metadata, sequences and isolation level of the postgres profile.
 */
@EnabledIfEnvironmentVariable(named = "POSTGRES_URL", matches = ".+")
@ActiveProfiles("postgres")
@SpringBootTest(properties = "regietafel.data-map=target/test-data/postgres-herstart")
class PostgresHerstartTest extends nl.regietafel.robuust.HerstartTest {
}
