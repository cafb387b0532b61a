package nl.regietafel.domain.gebied;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.regietafel.domain.Gebied;
import nl.regietafel.domain.Gemeente;

/**
 * All areas with their parents: gemeente → veiligheidsregio → provincie → NL. Every
 * veiligheidsregio lies in exactly one provincie (checked on construction). Immutable and
 * thread-safe once built.
 */
public final class Gebiedsindeling {

    public static final String NL = "NL";

    private static final Pattern GM = Pattern.compile("GM(\\d{4})");
    private static final Pattern VR = Pattern.compile("VR(\\d{1,2})");
    private static final Pattern PV = Pattern.compile("PV(\\d{2})");
    private static final Pattern CIJFERS = Pattern.compile("\\d{1,4}");
    private static final Pattern ACHTERVOEGSEL = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
    private static final Pattern TEKENS = Pattern.compile("\\p{M}");
    private static final Pattern GEEN_LETTER = Pattern.compile("[^a-z0-9]+");

    /** Common spellings that are not CBS names (normalised key → code). */
    private static final Map<String, String> ALIASSEN = Map.ofEntries(
            Map.entry("den haag", "GM0518"),
            Map.entry("the hague", "GM0518"),
            Map.entry("s gravenhage", "GM0518"),
            Map.entry("den bosch", "GM0796"),
            Map.entry("s hertogenbosch", "GM0796"),
            Map.entry("hertogenbosch", "GM0796"),
            Map.entry("nuenen", "GM0820"),
            Map.entry("friesland", "PV21"),
            Map.entry("nederland", NL),
            Map.entry("landelijk", NL),
            Map.entry("totaal nederland", NL));

    /** Prefixes people put before a name, with the level they imply. */
    private static final List<Map.Entry<String, Gebied.Niveau>> VOORVOEGSELS = List.of(
            Map.entry("gemeente ", Gebied.Niveau.GEMEENTE),
            Map.entry("gem ", Gebied.Niveau.GEMEENTE),
            Map.entry("veiligheidsregio ", Gebied.Niveau.VEILIGHEIDSREGIO),
            Map.entry("vr ", Gebied.Niveau.VEILIGHEIDSREGIO),
            Map.entry("regio ", Gebied.Niveau.VEILIGHEIDSREGIO),
            Map.entry("provincie ", Gebied.Niveau.PROVINCIE),
            Map.entry("prov ", Gebied.Niveau.PROVINCIE));

    private final Map<String, Gebied> gebieden = new LinkedHashMap<>();
    private final Map<String, Gemeente> gemeenten = new LinkedHashMap<>();
    private final Map<String, String> ouders = new HashMap<>();
    private final Map<String, List<String>> delen = new HashMap<>();
    private final Map<String, Set<String>> namen = new HashMap<>();
    /** Each name's key computed once: sorting the country's gemeenten compares names thousands of times. */
    private final Map<String, String> sleutels = new java.util.concurrent.ConcurrentHashMap<>();
    private final Comparator<Gebied> opNaam =
            Comparator.comparing((Gebied g) -> opgeslagenSleutel(g.naam()))
                    .thenComparing(Gebied::code);

    /**
     * @param gemeenten   every gemeente with its VR and PV code
     * @param vrNamen     name per veiligheidsregio code
     * @param pvNamen     name per provincie code
     * @param extraNamen  other names per code (CBS variants such as {@code Hengelo (O.)}, display names)
     * @throws IllegalArgumentException (Dutch message) when a VR lies in two provincies or a code is missing
     */
    public Gebiedsindeling(Collection<Gemeente> gemeenten, Map<String, String> vrNamen,
                           Map<String, String> pvNamen, Map<String, ? extends Collection<String>> extraNamen) {
        voegToe(new Gebied(NL, "Nederland", Gebied.Niveau.LAND), null);
        new TreeMap<>(pvNamen).forEach((code, naam) -> voegToe(new Gebied(code, naam, Gebied.Niveau.PROVINCIE), NL));
        Map<String, String> vrProvincie = new TreeMap<>();
        for (Gemeente g : gemeenten) {
            if (!pvNamen.containsKey(g.provincieCode())) {
                throw new IllegalArgumentException("gemeente " + g.code() + " ligt in onbekende provincie " + g.provincieCode());
            }
            if (!vrNamen.containsKey(g.vrCode())) {
                throw new IllegalArgumentException("gemeente " + g.code() + " ligt in onbekende veiligheidsregio " + g.vrCode());
            }
            String eerder = vrProvincie.putIfAbsent(g.vrCode(), g.provincieCode());
            if (eerder != null && !eerder.equals(g.provincieCode())) {
                throw new IllegalArgumentException("veiligheidsregio " + g.vrCode() + " ligt in twee provincies: "
                        + eerder + " en " + g.provincieCode() + " (gemeente " + g.code() + ")");
            }
        }
        vrProvincie.forEach((vr, pv) -> voegToe(new Gebied(vr, vrNamen.get(vr), Gebied.Niveau.VEILIGHEIDSREGIO), pv));
        gemeenten.stream().sorted(Comparator.comparing(Gemeente::code)).forEach(g -> {
            if (this.gemeenten.put(g.code(), g) != null) {
                throw new IllegalArgumentException("gemeentecode " + g.code() + " komt twee keer voor");
            }
            voegToe(new Gebied(g.code(), g.naam(), Gebied.Niveau.GEMEENTE), g.vrCode());
        });
        extraNamen.forEach((code, lijst) -> {
            if (gebieden.containsKey(code)) lijst.forEach(n -> indexeer(n, code));
        });
        ALIASSEN.forEach((naam, code) -> {
            if (gebieden.containsKey(code)) indexeer(naam, code);
        });
    }

    private void voegToe(Gebied gebied, String ouder) {
        gebieden.put(gebied.code(), gebied);
        if (ouder != null) {
            ouders.put(gebied.code(), ouder);
            delen.computeIfAbsent(ouder, k -> new ArrayList<>()).add(gebied.code());
        }
        indexeer(gebied.naam(), gebied.code());
    }

    private void indexeer(String naam, String code) {
        if (naam == null || naam.isBlank()) return;
        namen.computeIfAbsent(naamSleutel(naam), k -> new LinkedHashSet<>()).add(code);
        String zonder = ACHTERVOEGSEL.matcher(naam).replaceFirst("");
        if (!zonder.equals(naam) && !zonder.isBlank()) {
            // "Hengelo (O.)" is also found as "Hengelo"; "Bergen" then stays ambiguous by itself.
            namen.computeIfAbsent(naamSleutel(zonder), k -> new LinkedHashSet<>()).add(code);
        }
    }

    private String opgeslagenSleutel(String naam) {
        return sleutels.computeIfAbsent(naam, Gebiedsindeling::naamSleutel);
    }

    /** Comparison key for names: no accents, lower case, punctuation as single spaces. */
    public static String naamSleutel(String tekst) {
        String s = TEKENS.matcher(Normalizer.normalize(tekst, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return GEEN_LETTER.matcher(s).replaceAll(" ").trim();
    }

    // ---- lookup ---------------------------------------------------------------------------

    public Optional<Gebied> gebied(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(gebieden.get(code));
    }

    public Optional<Gemeente> gemeente(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(gemeenten.get(code));
    }

    public boolean bestaat(String code) {
        return code != null && gebieden.containsKey(code);
    }

    /** The area directly above: gemeente → VR, VR → PV, PV → NL; empty for NL. */
    public Optional<Gebied> ouder(String code) {
        return gebied(ouders.get(code));
    }

    /** The areas directly below {@code code}, sorted by name. */
    public List<Gebied> delen(String code) {
        return delen.getOrDefault(code, List.of()).stream().map(gebieden::get).sorted(opNaam).toList();
    }

    /** True when {@code code} is {@code regioCode} itself or lies inside it. */
    public boolean ligtIn(String code, String regioCode) {
        for (String c = code; c != null; c = ouders.get(c)) {
            if (c.equals(regioCode)) return true;
        }
        return false;
    }

    /** The enclosing area of the given level (the area itself when it has that level). */
    public Optional<Gebied> omvattend(String code, Gebied.Niveau niveau) {
        for (String c = code; c != null; c = ouders.get(c)) {
            Gebied g = gebieden.get(c);
            if (g != null && g.niveau() == niveau) return Optional.of(g);
        }
        return Optional.empty();
    }

    public List<Gebied> alle(Gebied.Niveau niveau) {
        return gebieden.values().stream().filter(g -> g.niveau() == niveau).sorted(opNaam).toList();
    }

    public List<Gebied> provincies() {
        return alle(Gebied.Niveau.PROVINCIE);
    }

    public List<Gebied> veiligheidsregios() {
        return alle(Gebied.Niveau.VEILIGHEIDSREGIO);
    }

    /** All gemeenten, sorted by name. */
    public List<Gemeente> gemeenten() {
        return gemeenten(NL);
    }

    /**
     * The gemeenten in a veiligheidsregio, provincie or the country (or the gemeente itself),
     * sorted by name.
     * @throws IllegalArgumentException for an unknown code
     */
    public List<Gemeente> gemeenten(String regioCode) {
        if (!bestaat(regioCode)) throw new IllegalArgumentException("onbekende regio '" + regioCode + "'");
        return gemeenten.values().stream()
                .filter(g -> ligtIn(g.code(), regioCode))
                .sorted(Comparator.comparing((Gemeente g) -> opgeslagenSleutel(g.naam())).thenComparing(Gemeente::code))
                .toList();
    }

    // ---- name resolution --------------------------------------------------------------------

    /**
     * Finds an area by code ({@code GM0153}, {@code 0153}, {@code VR05}, {@code PV23}, {@code NL})
     * or name (ignoring case, accents and punctuation; CBS variants such as {@code Hengelo (O.)};
     * {@code Den Haag}, {@code Den Bosch}; prefixes such as {@code Gemeente }). {@code niveau}
     * restricts the search; null searches all levels.
     */
    public Zoekresultaat zoek(String naamOfCode, Gebied.Niveau niveau) {
        if (naamOfCode == null || naamOfCode.isBlank()) {
            return Zoekresultaat.mislukt(naamOfCode == null ? "" : naamOfCode, niveau, "geen " + Zoekresultaat.niveauNaam(niveau) + " ingevuld");
        }
        String invoer = naamOfCode.strip();
        String compact = invoer.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String code = alsCode(compact, niveau);
        if (code != null) {
            Gebied g = gebieden.get(code);
            if (g == null) return Zoekresultaat.mislukt(invoer, niveau, "onbekende code '" + invoer + "'");
            if (niveau != null && g.niveau() != niveau) {
                return Zoekresultaat.mislukt(invoer, niveau, code + " (" + g.naam() + ") is een "
                        + Zoekresultaat.niveauNaam(g.niveau()) + ", verwacht een " + Zoekresultaat.niveauNaam(niveau));
            }
            return Zoekresultaat.van(invoer, niveau, List.of(g));
        }
        String sleutel = naamSleutel(invoer);
        List<Gebied> kandidaten = kandidaten(sleutel, niveau);
        if (kandidaten.isEmpty()) {
            for (Map.Entry<String, Gebied.Niveau> v : VOORVOEGSELS) {
                if (sleutel.startsWith(v.getKey()) && (niveau == null || niveau == v.getValue())) {
                    kandidaten = kandidaten(sleutel.substring(v.getKey().length()), v.getValue());
                    break;
                }
            }
        }
        return Zoekresultaat.van(invoer, niveau, kandidaten);
    }

    private List<Gebied> kandidaten(String sleutel, Gebied.Niveau niveau) {
        Set<String> codes = namen.getOrDefault(sleutel, Set.of());
        return codes.stream().map(gebieden::get)
                .filter(g -> niveau == null || g.niveau() == niveau)
                .sorted(Comparator.comparing((Gebied g) -> g.niveau()).thenComparing(opNaam))
                .toList();
    }

    /** The canonical code when the input has the form of a code, else null. */
    private static String alsCode(String s, Gebied.Niveau niveau) {
        if (s.equals("NL")) return NL;
        Matcher m = GM.matcher(s);
        if (m.matches()) return s;
        m = VR.matcher(s);
        if (m.matches()) return String.format("VR%02d", Integer.parseInt(m.group(1)));
        m = PV.matcher(s);
        if (m.matches()) return s;
        if (CIJFERS.matcher(s).matches()) {
            int n = Integer.parseInt(s);
            if (niveau == Gebied.Niveau.PROVINCIE) return String.format("PV%02d", n);
            if (niveau == Gebied.Niveau.VEILIGHEIDSREGIO) return String.format("VR%02d", n);
            if (niveau == null || niveau == Gebied.Niveau.GEMEENTE) return String.format("GM%04d", n);
        }
        return null;
    }
}
