package nl.regietafel;

import java.util.OptionalInt;

import nl.regietafel.cli.OngeldigeOpdrachtException;
import nl.regietafel.cli.Opdrachtregel;
import nl.regietafel.launch.JarMain;
import nl.regietafel.launch.Relauncher;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The entry point. This class names no Spring type in its code: a process that only relaunches
 * itself ({@link Relauncher}) then loads no class from the jar's libraries; started from the jar,
 * it does not even have them ({@link JarMain}). The job itself runs in {@link JobRun}.
 */
@SpringBootApplication
public class RegietafelApplication {

    public static void main(String[] args) {
        OptionalInt klaar = vooraf(args);
        if (klaar.isEmpty()) {
            System.exit(JobRun.draai(Opdrachtregel.lees(args), args));
        } else if (klaar.getAsInt() != 0) {
            System.exit(klaar.getAsInt());
        }
        // 0: the help text or a child that ended well; returning ends the process with 0 all the same
    }

    /**
     * What comes before the job, with nothing but the JDK: the help text (0), a command line the
     * tool cannot act on (its line, 1) or the job done by the relaunched child (its exit code).
     * Empty: the job runs in this process. Called by {@link JarMain} too, before any library is
     * on the class path.
     */
    public static OptionalInt vooraf(String[] args) {
        if (Opdrachtregel.vraagtHulp(args)) {
            System.out.print(Opdrachtregel.HULP);
            return OptionalInt.of(0);
        }
        try {
            Opdrachtregel.lees(args);
        } catch (OngeldigeOpdrachtException e) {
            System.err.println("regietafel: " + e.getMessage());
            return OptionalInt.of(1);
        }
        // the checks that read the input (SPEC §7) run in the process that does the job, beside Spring's start-up
        return Relauncher.run(args);
    }
}
