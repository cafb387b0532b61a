package nl.regietafel.verzend;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Ahead of time the mail sender is always a bean (nl.regietafel.AotMain), also when no
 * {@code spring.mail.host} is set: real sending must then be refused as when there was no sender.
 */
class VerzendingZonderMailserverTest {

    @Test
    void weigert_echt_verzenden_zonder_host_ook_als_er_een_afzender_is() {
        var afzenders = new StaticListableBeanFactory(Map.of("mailSender", new JavaMailSenderImpl()))
                .getBeanProvider(JavaMailSender.class);
        Verzending verzending = new Verzending(null, null, null, afzenders, true, false, "regietafel@twente.example", "", null);

        assertThatThrownBy(() -> verzending.verzend(null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Verzenden staat aan maar er is geen mailserver ingesteld: zet spring.mail.host"
                        + " (en spring.mail.port), of zet regietafel.verzend.proefdraai=true.");
    }
}
