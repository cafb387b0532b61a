package nl.regietafel.acceptatie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.regietafel.batch.JobStarter;
import nl.regietafel.domain.Opgave;
import nl.regietafel.domain.cno.CnoCriteria;
import nl.regietafel.domain.cno.Mijlpaal;
import nl.regietafel.domain.onderdestreep.Balans;
import nl.regietafel.domain.onderdestreep.Uitwisseltabel;
import nl.regietafel.report.Rapportbron;
import nl.regietafel.report.beeld.Gemeentebeeld;
import nl.regietafel.report.beeld.Maandbeeld;
import nl.regietafel.report.beeld.MaandbeeldBouwer;
import nl.regietafel.report.beeld.Opgavestand;
import nl.regietafel.report.procesplan.Tabel22Indeling;
import nl.regietafel.run.Run;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The month's picture that every document of the package shows, for the sample month: the
 * procesplan's gaps (1.150 by 1-4-2023, 1.370 by 1-1-2024) and Enschede's shares.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:maandbeeld;DB_CLOSE_DELAY=-1",
        "regietafel.data-map=target/test-data/maandbeeld"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaandbeeldAcceptatieTest {

    @Autowired
    JobStarter starter;
    @Autowired
    Rapportbron bron;

    Maandbeeld beeld;
    Run run;

    @BeforeAll
    void importeerEnVerdeel() throws Exception {
        run = Maandrun.twente(Maandrun.tempOutput("maandbeeld"));
        starter.start("import", run);
        starter.start("verdeling", run);
        beeld = bron.maandbeeld(run, "VR05", "Maandpakket");
    }

    @Test
    void asielGapVanDeRegio() {
        Opgavestand april = beeld.stand(Opgave.ASIEL, "2023-04-01");
        assertThat(april.opgaveAantal()).isEqualTo(1944);
        assertThat(april.realisatie()).isEqualTo(794);
        assertThat(april.gap()).isEqualTo(1150);
        Opgavestand januari = beeld.stand(Opgave.ASIEL, "2024-01-01");
        assertThat(januari.gap()).isEqualTo(1370);
        assertThat(januari.opgaveAantal() - april.opgaveAantal()).isEqualTo(220);
        assertThat(beeld.stand(Opgave.ASIEL_AMV, "2024-01-01").opgaveAantal()).isEqualTo(183);
        // 2.790 in use; 270 hotel places end 30-6-2023, so 2.520 are there on 1 juli 2023
        assertThat(beeld.stand(Opgave.OEKRAINE, "2023-07-01").inGebruik()).isEqualTo(2790);
        assertThat(beeld.stand(Opgave.OEKRAINE, "2023-07-01").realisatie()).isEqualTo(2520);
        assertThat(beeld.cno().plekkenInGebruik()).isEqualTo(343);
        assertThat(beeld.cno().plekkenGerealiseerd()).isEqualTo(379);
    }

    @Test
    void enschede() {
        Gemeentebeeld enschede = beeld.gemeente("GM0153");
        assertThat(enschede.naam()).isEqualTo("Enschede");
        assertThat(enschede.stand(Opgave.ASIEL, "2023-04-01").opgaveAantal()).isEqualTo(493);
        assertThat(enschede.stand(Opgave.ASIEL, "2023-04-01").vastgesteld()).isTrue();
        assertThat(enschede.stand(Opgave.STATUSHOUDERS, "2023-1").opgaveAantal()).isEqualTo(193);
        assertThat(enschede.inwoners()).isEqualTo(160640);
    }

    @Test
    void deUitwisseltabelBepaaltOnderDeStreep() {
        // Almelo realises more regular asylum places (AZC) than its share and less Oekraïne opvang.
        Gemeentebeeld almelo = beeld.gemeente("GM0141");
        assertThat(almelo.onderDeStreep().positie(Opgave.ASIEL).saldo()).isPositive();
        assertThat(almelo.onderDeStreep().positie(Opgave.OEKRAINE).ontvangen()).isPositive();

        Maandbeeld zonderUitwisseling = new MaandbeeldBouwer(bron.lees(run, "VR05", "Maandpakket"), Map.of(), null,
                new MaandbeeldBouwer.Instellingen(Tabel22Indeling.procesplan(), Uitwisseltabel.geen(), CnoCriteria.standaard(),
                        Mijlpaal.procesplanTwente())).bouw();
        Balans zonder = zonderUitwisseling.gemeente("GM0141").onderDeStreep();
        assertThat(zonder.positie(Opgave.OEKRAINE).ontvangen()).isZero();
        assertThat(zonder.positie(Opgave.OEKRAINE).saldoNaUitwisseling())
                .isLessThan(almelo.onderDeStreep().positie(Opgave.OEKRAINE).saldoNaUitwisseling());
    }

    @Test
    void eenGedeeldeCnoStaatBijElkeDeelnemerMetZijnAandeelEnTeltEenKeerVoorDeRegio() {
        // CNO Noordoost-Twente (40 places, in Losser) is listed by Dinkelland, shared with Tubbergen, Oldenzaal
        // and Losser: 40 / 4 = 10 places each
        for (String g : List.of("GM1774", "GM0183", "GM0173", "GM0168")) {
            assertThat(beeld.gemeente(g).locaties()).filteredOn(l -> l.naam().equals("CNO Noordoost-Twente"))
                    .singleElement().satisfies(l -> assertThat(l.capaciteit()).isEqualTo(10));
        }
        // the region counts it once: 343 CNO places in use, and the gemeenten's CNO places add up to it
        long somGemeenten = beeld.gemeenten().stream().flatMap(g -> g.locaties().stream())
                .filter(l -> l.soort() == nl.regietafel.domain.LocatieSoort.CNO && l.status() == nl.regietafel.domain.LocatieStatus.IN_GEBRUIK)
                .mapToLong(nl.regietafel.domain.Locatie::capaciteit).sum();
        assertThat(somGemeenten).isEqualTo(343);
        assertThat(beeld.cno().plekkenInGebruik()).isEqualTo(343);
    }

    @Test
    void elkeGemeenteIsEr() {
        assertThat(beeld.gemeenten()).hasSize(14).allMatch(Gemeentebeeld::retourOntvangen);
        long som = beeld.gemeenten().stream().mapToLong(g -> g.stand(Opgave.ASIEL, "2023-04-01").opgaveAantal()).sum();
        assertThat(som).isEqualTo(1944);
        assertThat(beeld.vorigePeriode()).isNull();
    }
}
