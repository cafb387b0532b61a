package nl.regietafel.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transaction template the imports write in. Boot's transaction auto-configuration is left
 * out (application.properties): besides this template it switched on annotation-driven
 * transactions, whose proxy creator looked at every bean of a run for {@code @Transactional},
 * which no class here uses (Spring Batch wraps its repository and operator in transactions itself).
 */
@Configuration(proxyBeanMethods = false)
public class TransactieConfiguratie {

    @Bean
    public TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }
}
