package nl.regietafel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The run's worker threads: results in input order, failures as thrown, serial on one thread. */
class WerkverdelingTest {

    @Test
    void resultaten_in_de_volgorde_van_de_invoer_op_twee_draden() {
        try (Werkverdeling werk = new Werkverdeling(2)) {
            Set<String> draden = ConcurrentHashMap.newKeySet();
            List<Integer> kwadraten = werk.verzamel(IntStream.rangeClosed(1, 40).boxed().toList(), i -> {
                draden.add(Thread.currentThread().getName());
                return i * i;
            });
            // 1, 4, 9, … 1600 in that order, whichever thread finished first
            assertThat(kwadraten).hasSize(40).startsWith(1, 4, 9).endsWith(1521, 1600);
            assertThat(draden).allMatch(n -> n.startsWith("rapportage-"));
            assertThat(werk.parallel()).isTrue();
        }
    }

    @Test
    void een_fout_komt_terug_zoals_ze_werd_gegooid() {
        try (Werkverdeling werk = new Werkverdeling(2)) {
            IllegalStateException fout = new IllegalStateException("De schijf is vol");
            assertThatThrownBy(() -> werk.elk(List.of(1, 2, 3), i -> {
                if (i == 2) throw fout;
            })).isSameAs(fout);
        }
    }

    @Test
    void binnen_een_werkdraad_draaien_de_delen_op_die_draad_zelf() {
        try (Werkverdeling werk = new Werkverdeling(2)) {
            // a region task that fans out again must not wait for the pool it occupies
            List<List<String>> uit = werk.verzamel(List.of("a", "b"), x -> {
                String buiten = Thread.currentThread().getName();
                return werk.verzamel(List.of(1, 2, 3), i -> Thread.currentThread().getName().equals(buiten) ? x + i : "elders");
            });
            assertThat(uit).containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"));
        }
    }

    @Test
    void met_een_draad_alles_op_de_aanroepende_draad_in_volgorde() {
        try (Werkverdeling werk = new Werkverdeling(1)) {
            String hier = Thread.currentThread().getName();
            assertThat(werk.verzamel(List.of(3, 1, 2), i -> Thread.currentThread().getName().equals(hier) ? i * 10 : -1))
                    .containsExactly(30, 10, 20);
            assertThat(werk.parallel()).isFalse();
            assertThat(werk.pool()).isNull();
        }
    }
}
