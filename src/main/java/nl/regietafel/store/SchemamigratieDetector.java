package nl.regietafel.store;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Makes {@link Schemamigratie} a database initializer to Spring Boot: the job repository and
 * everything else that depends on database initialization is created after it
 * (registered in META-INF/spring.factories).
 */
public class SchemamigratieDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(Schemamigratie.class);
    }
}
