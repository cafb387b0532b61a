package nl.regietafel.domain.cno;

import static nl.regietafel.domain.TestLocaties.cno;

import java.time.LocalDate;
import java.util.List;
import nl.regietafel.domain.Locatie;
import nl.regietafel.domain.LocatieStatus;

/**
 * Procesplan Bijlage 4: 16 CNO locations with places realised (Borne: n.v.t.), 379 in all.
 * The procesplan does not say which closed (343 are available per §2.2) nor until when each
 * is available: the two closed ones (Hengelo 30, Den Ham 6 = 36) and the end dates are invented.
 */
public final class Bijlage4 {

    static final LocalDate APRIL = LocalDate.of(2023, 4, 1);
    static final LocalDate OKTOBER = LocalDate.of(2023, 10, 1);

    public static final List<Locatie> LOCATIES = List.of(
            cno("Enschede", 59, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Almelo", 56, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Losser", 40, LocatieStatus.IN_GEBRUIK, OKTOBER),
            cno("Haaksbergen", 22, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Haarle", 19, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Hengelo", 30, LocatieStatus.GESLOTEN, LocalDate.of(2022, 11, 30)),
            cno("Delden", 28, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Delden", 32, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Delden", 32, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Wierden", 19, LocatieStatus.IN_GEBRUIK, LocalDate.of(2025, 12, 31)),
            cno("Westerhaar", 6, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Vriezenveen", 6, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Den Ham", 6, LocatieStatus.GESLOTEN, LocalDate.of(2022, 10, 31)),
            cno("Rijssen", 12, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Holten", 6, LocatieStatus.IN_GEBRUIK, APRIL),
            cno("Holten", 6, LocatieStatus.IN_GEBRUIK, null));

    private Bijlage4() {
    }
}
